// Builds every browser package to an immutable folder `.deploy/assets/<package>/<version>-<hash>/`
// and writes `.deploy/importmap.json`, the deployment's import map (ARCHITECTURE: one copy of Lit,
// single-spa and the shared packages; every section built separately with those external), and each
// section's standalone widget bundle for intranets, `.deploy/assets/widgets/<section>/…`, recorded
// in `.deploy/widgets.json` (SPEC W2).
//   node scripts/build-web.mjs            all packages
//   node scripts/build-web.mjs <dir>...   only those (the others keep their import-map entry)
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { precompressFolder } from './precompress.mjs';
import { SHARED_EXTERNALS, WEB_PACKAGES } from './web-packages.mjs';

const root = resolve(import.meta.dirname, '..');
const deployDir = resolve(root, process.env.DEPLOY_DIR ?? '.deploy');
const assetsDir = join(deployDir, 'assets');
const workDir = join(deployDir, '.work');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function contentHash(dir) {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir).sort()) hash.update(relative(dir, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 10);
}

/**
 * Builds `entries` with Vite (library mode, ES modules, shared deps external) into an immutable folder.
 * `alias`: specifiers resolved to another file than their package's `exports` give.
 */
async function buildToImmutable({
  name,
  version,
  cwd,
  entries,
  external,
  codeSplitting = true,
  paths,
  alias,
}) {
  const outDir = join(workDir, name);
  rmSync(outDir, { recursive: true, force: true });
  await build({
    root: cwd,
    configFile: false,
    logLevel: 'warn',
    // Files a bundle emits (e.g. the ALTCHA worker of mfe-adhesion) are found relative to the
    // bundle (`new URL(…, import.meta.url)`), wherever its immutable folder is served from.
    base: './',
    ...(alias ? { resolve: { alias } } : {}),
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, entryName) => `${entryName}.js` },
      rolldownOptions: {
        external,
        // An entry may export more than its own exports: modules it shares with its lazy chunks
        // then stay in it (what the entry loads anyway), rather than in small common chunks that
        // each cost a request.
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting,
          ...(paths ? { paths } : {}),
          // Library mode keeps ES bundles readable (whitespace, region comments) for downstream
          // bundlers; these bundles go to browsers as they are: minify fully, keep licences only.
          minify: true,
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      },
    },
  });
  const folder = `${version}-${contentHash(outDir)}`;
  const target = join(assetsDir, name, folder);
  if (!existsSync(target)) {
    mkdirSync(join(assetsDir, name), { recursive: true });
    cpSync(outDir, target, { recursive: true });
  }
  precompressFolder(target);
  return `/assets/${name}/${folder}`;
}

/** Every public module of Lit (and Lit's own packages), by specifier, the main one first. */
function litSpecifiers() {
  const lit = JSON.parse(readFileSync(join(root, 'node_modules/lit/package.json'), 'utf8'));
  const modules = Object.keys(lit.exports)
    .filter((key) => key !== './package.json' && !key.includes('polyfill'))
    .map((key) => (key === '.' ? 'lit' : `lit/${key.slice(2)}`));
  // The ones sections import most come first, so they are the ones the combined module serves.
  const first = ['lit', 'lit/decorators.js', ...modules.filter((s) => s.startsWith('lit/directives/'))];
  const rest = modules.filter((s) => !first.includes(s));
  return {
    version: lit.version,
    specifiers: [...first, ...rest, 'lit-html', 'lit-element', '@lit/reactive-element'],
  };
}

/**
 * @lit/localize (SPEC P6), one copy per page holding the page's language and its texts. Every page
 * calls `msg()` and `str`: the combined module serves them, and nothing else of the library (a French
 * page writes its source texts, it never sets a language up). What sets English up, @lit/localize's
 * runtime and its message ids, has entries of its own that only an English page fetches.
 */
const LOCALIZE_COMBINED = {
  '@lit/localize':
    "export { msg } from '@lit/localize/init/install.js';\nexport { str } from '@lit/localize/internal/str-tag.js';",
};
const LOCALIZE_OWN_ENTRIES = ['@lit/localize/init/runtime.js', '@lit/localize/internal/id-generation.js'];

/**
 * Lit's public modules as few files as possible: one combined module re-exports every module whose
 * exports do not clash with one already in it (a name it already has must be the very same binding,
 * as `lit-html`'s `html` is `lit`'s), and the import map points all of those specifiers at it, so a
 * page fetches one file for `lit`, its decorators and directives instead of one per module. A module
 * that clashes (`lit/static-html.js`: its own `html`) keeps an entry of its own. Bindings are compared
 * by importing Lit's Node build here: the same names and the same sharing as the browser build.
 */
async function litEntries(srcDir) {
  const { version, specifiers: all } = litSpecifiers();
  mkdirSync(srcDir, { recursive: true });
  const combined = new Map();
  const reexports = [];
  const entries = {};
  const specifiers = {};
  for (const specifier of all) {
    const namespace = await import(specifier);
    const names = Object.keys(namespace);
    if (names.every((name) => !combined.has(name) || combined.get(name) === namespace[name])) {
      const added = names.filter((name) => !combined.has(name));
      for (const name of added) combined.set(name, namespace[name]);
      if (added.length) reexports.push(`export { ${added.join(', ')} } from '${specifier}';`);
      specifiers[specifier] = 'lit.js';
    } else {
      const entryName = specifier.replace(/^(@lit|lit)\//, '').replace(/\.js$/, '');
      const file = join(srcDir, `${entryName.replaceAll('/', '__')}.js`);
      writeFileSync(file, `export * from '${specifier}';\n`);
      entries[entryName] = file;
      specifiers[specifier] = `${entryName}.js`;
    }
  }
  for (const [specifier, reexport] of Object.entries(LOCALIZE_COMBINED)) {
    reexports.push(reexport);
    specifiers[specifier] = 'lit.js';
  }
  for (const specifier of LOCALIZE_OWN_ENTRIES) {
    const entryName = specifier.replace(/^@lit\//, '').replace(/\.js$/, '');
    const file = join(srcDir, `${entryName.replaceAll('/', '__')}.js`);
    writeFileSync(file, `export * from '${specifier}';\n`);
    entries[entryName] = file;
    specifiers[specifier] = `${entryName}.js`;
  }
  const combinedFile = join(srcDir, 'lit.js');
  writeFileSync(combinedFile, `${reexports.join('\n')}\n`);
  entries.lit = combinedFile;
  return { version, entries, specifiers };
}

/** Lit as one shared build: every public module of lit has its specifier in the map, so a page holds one Lit. */
async function buildLit() {
  const { version, entries, specifiers } = await litEntries(join(workDir, 'lit-src'));
  const base = await buildToImmutable({
    name: 'lit',
    version,
    cwd: root,
    entries,
    external: [],
    // What both the combined module and another entry use (lit-html's core, which lit/static-html.js
    // needs too; `msg()`'s default, which @lit/localize's runtime replaces) in one chunk, not two.
    codeSplitting: {
      groups: [
        {
          name: 'lit-core',
          test: /[\\/]node_modules[\\/](lit-html[\\/]lit-html|@lit[\\/]localize[\\/](init[\\/]install|internal[\\/](default-msg|str-tag)))\.js$/,
        },
      ],
    },
  });
  return Object.fromEntries(Object.entries(specifiers).map(([s, file]) => [s, `${base}/${file}`]));
}

function copySingleSpa() {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules/single-spa/package.json'), 'utf8'));
  const file = join(root, 'node_modules/single-spa/lib/es2015/esm/single-spa.min.js');
  const folder = `${pkg.version}-${createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 10)}`;
  mkdirSync(join(assetsDir, 'single-spa', folder), { recursive: true });
  cpSync(file, join(assetsDir, 'single-spa', folder, 'single-spa.js'));
  precompressFolder(join(assetsDir, 'single-spa', folder));
  return { 'single-spa': `/assets/single-spa/${folder}/single-spa.js` };
}

async function buildPackage(pkg) {
  const cwd = join(root, pkg.dir);
  const { version } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
  const base = await buildToImmutable({
    name: pkg.name ?? basename(pkg.dir),
    version,
    cwd,
    entries: { index: join(cwd, pkg.entry) },
    external: SHARED_EXTERNALS,
  });
  return { [pkg.specifier]: `${base}/index.js` };
}

/**
 * SPEC W2: what every section's widgets need on an employer's intranet, where there is no import
 * map: Lit, shared-design (its core and its forms, section and widgets entries, which share the core's chunk) and the
 * runtime in one build (one copy on the page however many sections are embedded, W3, and one member
 * connection). Section widget bundles import it by URL; an intranet only fetches what they import.
 */
async function buildWidgetBase() {
  const srcDir = join(workDir, 'widget-base-src');
  const { entries, specifiers } = await litEntries(srcDir);
  // Inside the base, each of these specifiers is the base's entry for it, as the import map gives a
  // package's browser entry (not its package.json `exports`, its index, which defines nothing):
  // shared-design's is its `define.ts`, which registers its elements; the forms entry imports the
  // core by its specifier, so both share one copy of it.
  const alias = [];
  for (const [specifier, entryName] of [
    ['@portail/shared-design', 'shared-design'],
    ['@portail/shared-design/forms', 'shared-design-forms'],
    ['@portail/shared-design/section', 'shared-design-section'],
    ['@portail/shared-design/widgets', 'shared-design-widgets'],
    ['@portail/runtime', 'runtime'],
  ]) {
    const pkg = WEB_PACKAGES.find((candidate) => candidate.specifier === specifier);
    const file = join(srcDir, `${entryName}.js`);
    writeFileSync(file, `export * from ${JSON.stringify(join(root, pkg.dir, pkg.entry))};\n`);
    entries[entryName] = file;
    specifiers[specifier] = `${entryName}.js`;
    alias.push({ find: new RegExp(`^${specifier}$`), replacement: file });
  }
  const { version } = JSON.parse(readFileSync(join(root, 'shared-design/package.json'), 'utf8'));
  const base = await buildToImmutable({
    name: 'widgets/base',
    version,
    cwd: root,
    entries,
    external: [],
    alias,
  });
  console.log(`  widget base (Lit, shared-design, runtime): ${base}/`);
  return Object.fromEntries(Object.entries(specifiers).map(([s, file]) => [s, `${base}/${file}`]));
}

let widgetBase;

/**
 * A section whose manifest names widgets (`web.widgets`) also gets a bundle for intranets
 * (`<script type="module" src="…/widgets/<section>.js">`): its widgets, importing the widget base
 * above by absolute path (resolved against the bundle's own URL, so on the portal's origin).
 */
async function buildWidgets(pkg) {
  const cwd = join(root, pkg.dir);
  if (!pkg.widgets) return {};
  const entry = join(cwd, pkg.widgets);
  widgetBase ??= await buildWidgetBase();
  const base = widgetBase;
  const { version } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
  const section = basename(pkg.dir);
  const folder = await buildToImmutable({
    name: `widgets/${section}`,
    version,
    cwd,
    entries: { widgets: entry },
    external: (id) => Object.hasOwn(base, id),
    paths: (id) => base[id] ?? id,
  });
  const size = gzipSync(readFileSync(join(deployDir, folder, 'widgets.js'))).length;
  console.log(`  widgets of ${section}: ${folder}/widgets.js (${(size / 1024).toFixed(1)} KB gzip)`);
  return { [section]: `${folder}/widgets.js` };
}

const only = process.argv.slice(2);
const mapFile = join(deployDir, 'importmap.json');
const previous = existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, 'utf8')) : { imports: {} };
const imports = { ...previous.imports };
const started = Date.now();
if (only.length === 0) {
  Object.assign(imports, await buildLit(), copySingleSpa());
}
const widgetsFile = join(deployDir, 'widgets.json');
const widgetBundles = existsSync(widgetsFile) ? JSON.parse(readFileSync(widgetsFile, 'utf8')) : {};
for (const pkg of WEB_PACKAGES) {
  if (only.length > 0 && !only.includes(pkg.dir)) continue;
  Object.assign(imports, await buildPackage(pkg));
  Object.assign(widgetBundles, await buildWidgets(pkg));
}
rmSync(workDir, { recursive: true, force: true });
// Keeps the rest of the map (the `integrity` of released sections: their files never change).
writeFileSync(mapFile, `${JSON.stringify({ ...previous, imports }, null, 2)}\n`);
writeFileSync(widgetsFile, `${JSON.stringify(widgetBundles, null, 2)}\n`);
console.log(
  `Built ${only.length ? only.join(', ') : 'all browser packages'} in ${Date.now() - started} ms → ${relative(root, mapFile)}`,
);
