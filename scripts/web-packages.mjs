// The browser packages the portal loads through its import map, and how each is built.
export const SHARED_EXTERNALS = [
  /^lit($|\/)/,
  /^@lit\//,
  /^lit-html($|\/)/,
  /^lit-element($|\/)/,
  /^single-spa($|\/)/,
  /^@portail\/(shared-design|runtime)$/,
  // Sections' back-office parts: the back office loads them through the import map (own releases).
  /^@portail\/mfe-[a-z]+\/gestion$/,
];

/**
 * `specifier`: the import-map key; `dir`: the package folder; `entry`: its browser entry; `name`:
 * its folder under `assets/` when not the package folder's (a package with two bundles).
 */
export const WEB_PACKAGES = [
  { specifier: '@portail/shared-design', dir: 'shared-design', entry: 'src/index.ts' },
  { specifier: '@portail/runtime', dir: 'shell/runtime', entry: 'src/index.ts' },
  { specifier: '@portail/shell', dir: 'shell', entry: 'src/root-config.ts' },
  { specifier: '@portail/backoffice', dir: 'backoffice', entry: 'src/index.ts' },
  { specifier: '@portail/mfe-adhesion', dir: 'mfe-adhesion', entry: 'web/index.ts' },
  { specifier: '@portail/mfe-indemnisations', dir: 'mfe-indemnisations', entry: 'web/index.ts' },
  // The section's part of the back office (SPEC H5), loaded by @portail/backoffice: its own bundle.
  {
    specifier: '@portail/mfe-indemnisations/gestion',
    dir: 'mfe-indemnisations',
    entry: 'web/gestion/index.ts',
    name: 'mfe-indemnisations-gestion',
  },
  { specifier: '@portail/mfe-compte', dir: 'mfe-compte', entry: 'web/index.ts' },
  { specifier: '@portail/mfe-contact', dir: 'mfe-contact', entry: 'web/index.ts' },
];
