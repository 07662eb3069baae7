// The browser packages the portal loads through its import map, and how each is built.
import { readSections } from './sections.mjs';

export const SHARED_EXTERNALS = [
  /^lit($|\/)/,
  /^@lit\//,
  /^lit-html($|\/)/,
  /^lit-element($|\/)/,
  /^single-spa($|\/)/,
  // shared-design's core and its other entries (form elements, section kit, intranet widgets, back-office kit), and the runtime.
  /^@portail\/(shared-design(\/forms|\/section|\/widgets|\/gestion)?|runtime)$/,
  // Sections' back-office parts: the back office loads them through the import map (own releases).
  /^@portail\/mfe-[a-z0-9-]+\/gestion$/,
];

/**
 * `specifier`: the import-map key; `dir`: the package folder; `entry`: its browser entry; `name`:
 * its folder under `assets/` when not the package folder's (a package with two bundles).
 * A package's modules only export (its package.json lists its side effects: its `define.ts` files);
 * an entry that is a library (shared-design's two) is its `define.ts`, which re-exports the package's
 * index and registers its elements, so what the import map serves defines them in the browser.
 */
export const WEB_PACKAGES = [
  { specifier: '@portail/shared-design', dir: 'shared-design', entry: 'src/define.ts' },
  // Its form elements (uploads, confirmation, periods, long texts): loaded by the pages that use
  // them, not by every page; the core above stays external, so a page holds one copy of it.
  {
    specifier: '@portail/shared-design/forms',
    dir: 'shared-design',
    entry: 'src/forms/define.ts',
    name: 'shared-design-forms',
  },
  // What sections' pages are made of (section element, loaders, tables, widgets): loaded by the
  // sections and the back office, not by the login page; the core stays external.
  {
    specifier: '@portail/shared-design/section',
    dir: 'shared-design',
    entry: 'src/section/define.ts',
    name: 'shared-design-section',
  },
  // What the sections' intranet widgets share (W2): in the widget base; no portal page loads it.
  {
    specifier: '@portail/shared-design/widgets',
    dir: 'shared-design',
    entry: 'src/widgets/define.ts',
    name: 'shared-design-widgets',
  },
  // What the sections' back-office parts share (H5 payment forms): loaded by the back office only.
  {
    specifier: '@portail/shared-design/gestion',
    dir: 'shared-design',
    entry: 'src/gestion/index.ts',
    name: 'shared-design-gestion',
  },
  { specifier: '@portail/runtime', dir: 'shell/runtime', entry: 'src/index.ts' },
  { specifier: '@portail/shell', dir: 'shell', entry: 'src/root-config.ts' },
  { specifier: '@portail/backoffice', dir: 'backoffice', entry: 'src/index.ts' },
  // Then every section's bundles, as its manifest declares them (`section.ts`, `web`).
  ...(await readSections()).flatMap(({ dir, manifest }) => sectionBundles(dir, manifest)),
];

/**
 * A section's import-map entries: its application (`<package>`) and, when it has one, its part of
 * the back office (`<package>/gestion`, its own bundle, SPEC H5). Its widgets are built apart
 * (`widgets`: the intranets' bundle, SPEC W2).
 */
function sectionBundles(dir, manifest) {
  const app = { specifier: manifest.package, dir, entry: manifest.web.app, widgets: manifest.web.widgets };
  if (!manifest.web.backOffice) return [app];
  const backOffice = {
    specifier: `${manifest.package}/gestion`,
    dir,
    entry: manifest.web.backOffice,
    name: `${dir}-gestion`,
  };
  return [app, backOffice];
}
