// Builds every browser package to an immutable folder `.deploy/assets/<package>/<version>-<hash>/`
// and writes `.deploy/importmap.json`, the deployment's import map (ARCHITECTURE: one copy of Lit,
// single-spa and the shared packages; every section built separately with those external).
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
import { build } from 'vite';
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

/** Builds `entries` with Vite (library mode, ES modules, shared deps external) into an immutable folder. */
async function buildToImmutable({ name, version, cwd, entries, external, codeSplitting = true }) {
  const outDir = join(workDir, name);
  rmSync(outDir, { recursive: true, force: true });
  await build({
    root: cwd,
    configFile: false,
    logLevel: 'warn',
    // Files a bundle emits (e.g. the ALTCHA worker of mfe-adhesion) are found relative to the
    // bundle (`new URL(…, import.meta.url)`), wherever its immutable folder is served from.
    base: './',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, entryName) => `${entryName}.js` },
      rolldownOptions: { external, output: { chunkFileNames: 'chunks/[name]-[hash].js', codeSplitting } },
    },
  });
  const folder = `${version}-${contentHash(outDir)}`;
  const target = join(assetsDir, name, folder);
  if (!existsSync(target)) {
    mkdirSync(join(assetsDir, name), { recursive: true });
    cpSync(outDir, target, { recursive: true });
  }
  return `/assets/${name}/${folder}`;
}

/** Lit as one shared build: every public module of lit is an entry, so a page holds one Lit. */
async function buildLit() {
  const lit = JSON.parse(readFileSync(join(root, 'node_modules/lit/package.json'), 'utf8'));
  const srcDir = join(workDir, 'lit-src');
  mkdirSync(srcDir, { recursive: true });
  const entries = {};
  const specifiers = {};
  for (const key of Object.keys(lit.exports)) {
    if (key === './package.json' || key.includes('polyfill')) continue;
    const specifier = key === '.' ? 'lit' : `lit/${key.slice(2)}`;
    const entryName = key === '.' ? 'index' : key.slice(2).replace(/\.js$/, '');
    const file = join(srcDir, `${entryName.replaceAll('/', '__')}.js`);
    writeFileSync(file, `export * from '${specifier}';\n`);
    entries[entryName] = file;
    specifiers[specifier] = `${entryName}.js`;
  }
  // Lit's own packages, in case a module imports them directly.
  for (const [specifier, entryName] of [
    ['lit-html', 'lit-html'],
    ['lit-element', 'lit-element'],
    ['@lit/reactive-element', 'reactive-element'],
  ]) {
    const file = join(srcDir, `${entryName}.js`);
    writeFileSync(file, `export * from '${specifier}';\n`);
    entries[entryName] = file;
    specifiers[specifier] = `${entryName}.js`;
  }
  // Few, cacheable chunks: the core every page needs, the decorators, the directives.
  const codeSplitting = {
    groups: [
      { name: 'lit-decorators', test: /[\\/]decorators[\\/]/ },
      {
        name: 'lit-directives',
        test: /[\\/]directives?[\\/.-]|async-directive|directive-helpers|private-async-helpers/,
      },
      {
        name: 'lit-core',
        test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/,
      },
    ],
  };
  const base = await buildToImmutable({
    name: 'lit',
    version: lit.version,
    cwd: root,
    entries,
    external: [],
    codeSplitting,
  });
  return Object.fromEntries(Object.entries(specifiers).map(([s, file]) => [s, `${base}/${file}`]));
}

function copySingleSpa() {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules/single-spa/package.json'), 'utf8'));
  const file = join(root, 'node_modules/single-spa/lib/es2015/esm/single-spa.min.js');
  const folder = `${pkg.version}-${createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 10)}`;
  mkdirSync(join(assetsDir, 'single-spa', folder), { recursive: true });
  cpSync(file, join(assetsDir, 'single-spa', folder, 'single-spa.js'));
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

const only = process.argv.slice(2);
const mapFile = join(deployDir, 'importmap.json');
const previous = existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, 'utf8')) : { imports: {} };
const imports = { ...previous.imports };
const started = Date.now();
if (only.length === 0) {
  Object.assign(imports, await buildLit(), copySingleSpa());
}
for (const pkg of WEB_PACKAGES) {
  if (only.length === 0 || only.includes(pkg.dir)) Object.assign(imports, await buildPackage(pkg));
}
rmSync(workDir, { recursive: true, force: true });
writeFileSync(mapFile, `${JSON.stringify({ imports }, null, 2)}\n`);
console.log(
  `Built ${only.length ? only.join(', ') : 'all browser packages'} in ${Date.now() - started} ms → ${relative(root, mapFile)}`,
);
