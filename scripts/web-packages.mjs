// The browser packages the portal loads through its import map, and how each is built.
export const SHARED_EXTERNALS = [
  /^lit($|\/)/,
  /^@lit\//,
  /^lit-html($|\/)/,
  /^lit-element($|\/)/,
  /^single-spa($|\/)/,
  // shared-design's core and its second entry (the form elements only some pages load), and the runtime.
  /^@portail\/(shared-design(\/forms)?|runtime)$/,
  // Sections' back-office parts: the back office loads them through the import map (own releases).
  /^@portail\/mfe-[a-z]+\/gestion$/,
];

/**
 * `specifier`: the import-map key; `dir`: the package folder; `entry`: its browser entry; `name`:
 * its folder under `assets/` when not the package folder's (a package with two bundles).
 */
export const WEB_PACKAGES = [
  { specifier: '@portail/shared-design', dir: 'shared-design', entry: 'src/index.ts' },
  // Its form elements (uploads, confirmation, periods, long texts): loaded by the pages that use
  // them, not by every page; the core above stays external, so a page holds one copy of it.
  {
    specifier: '@portail/shared-design/forms',
    dir: 'shared-design',
    entry: 'src/forms/index.ts',
    name: 'shared-design-forms',
  },
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
