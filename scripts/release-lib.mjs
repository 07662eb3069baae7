// What `release.mjs` and `rollback.mjs` share: the deployment folder, what of it a section owns
// (its import-map entries with their `integrity`, its widget bundle in `widgets.json`), the release
// records, atomic writes and the lock around them.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { WEB_PACKAGES } from './web-packages.mjs';

export const root = resolve(import.meta.dirname, '..');
/** Same rule as build-web.mjs: `DEPLOY_DIR` (relative to the repository) or `.deploy`. */
export const deployDir = resolve(root, process.env.DEPLOY_DIR ?? '.deploy');
export const mapFile = join(deployDir, 'importmap.json');
export const widgetsFile = join(deployDir, 'widgets.json');
const releasesDir = join(deployDir, 'releases');

/** A refusal or failure the operator can act on: printed without a stack trace, exit code 1. */
class ReleaseError extends Error {}

export function fail(message) {
  throw new ReleaseError(message);
}

/** Runs a command's body; `finally` blocks (staging folder, lock) run before the process ends. */
export function runCommand(body) {
  try {
    body();
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    console.error(`✗ ${error.message}`);
    process.exitCode = 1;
  }
}

/**
 * The section a command line names (`.` from `npm run release -w mfe-contact`, or `mfe-contact` from
 * the root) and its import-map specifiers (a section may have two bundles, e.g. its back-office part).
 * Only sections (`mfe-*`) are released on their own: the shell, the runtime, shared-design and the
 * back-office application are on every page and move with a full `npm run build`.
 */
export function sectionOf(arg) {
  if (!arg) fail('Indiquez le dossier de la section, par exemple : node scripts/release.mjs mfe-contact');
  const dir = relative(root, resolve(process.cwd(), arg)).replaceAll('\\', '/');
  const specifiers = WEB_PACKAGES.filter((p) => p.dir === dir).map((p) => p.specifier);
  if (specifiers.length === 0) fail(`${dir || '.'} n'est pas un paquet navigateur du portail.`);
  if (!/^mfe-[a-z]+$/.test(dir)) {
    fail(
      `${dir} n'est pas une section : seules les sections (mfe-*) sont publiées seules. ` +
        'Le shell, le runtime, shared-design et le back-office se déploient avec « npm run build ».',
    );
  }
  const { name } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  return { dir, name, specifiers };
}

export function readDeployment() {
  if (!existsSync(mapFile)) fail(`Pas de déploiement dans ${deployDir} : lancez d'abord « npm run build ».`);
  return {
    map: JSON.parse(readFileSync(mapFile, 'utf8')),
    widgets: existsSync(widgetsFile) ? JSON.parse(readFileSync(widgetsFile, 'utf8')) : {},
  };
}

/** Writes next to the target then renames: a reader (the host) sees the old file or the new one. */
export function writeJsonAtomic(file, value) {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(tmp, file);
}

/** One release or rollback at a time per deployment (they read, change and write the same files). */
export function withLock(action) {
  const lock = join(deployDir, '.release.lock');
  for (let attempt = 0; ; attempt += 1) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST' || attempt > 0) throw error;
      const pid = Number(readFileSync(lock, 'utf8'));
      if (!pid || isAlive(pid)) fail(`Une publication est déjà en cours (processus ${pid}, ${lock}).`);
      rmSync(lock, { force: true }); // left by a process that died
    }
  }
  try {
    return action();
  } finally {
    rmSync(lock, { force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** `/assets/mfe-contact/0.1.1-ab12cd34ef/index.js` → `/assets/mfe-contact/0.1.1-ab12cd34ef/`. */
const folderOf = (url) => url.slice(0, url.lastIndexOf('/') + 1);
const versionOf = (url) => (folderOf(url).split('/').at(-2) ?? '').replace(/-[0-9a-f]+$/, '');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function sri(file) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

/** The SRI of every module of a bundle's immutable folder (its entry and its chunks), by URL. */
function modulesOf(url) {
  if (!existsSync(join(deployDir, url))) fail(`Le bundle ${url} est introuvable dans ${deployDir}.`);
  const folder = folderOf(url);
  const dir = join(deployDir, folder);
  return Object.fromEntries(
    filesUnder(dir)
      .filter((file) => file.endsWith('.js'))
      .sort()
      .map((file) => [`${folder}${relative(dir, file).replaceAll('\\', '/')}`, sri(file)]),
  );
}

/**
 * What a section has live, as a release record keeps it: its import-map entries, the SRI of their
 * modules (what goes to the map's `integrity`) and its widget bundle (W2) with the SRI of that file.
 */
export function describeState(imports, widgetsUrl) {
  const integrity = Object.assign({}, ...Object.values(imports).map(modulesOf));
  return {
    version: versionOf(Object.values(imports)[0] ?? ''),
    imports,
    integrity,
    ...(widgetsUrl ? { widgets: { url: widgetsUrl, integrity: modulesOf(widgetsUrl)[widgetsUrl] } } : {}),
  };
}

export function liveState(section, { map, widgets }) {
  const imports = {};
  for (const specifier of section.specifiers) {
    if (!map.imports[specifier])
      fail(`${specifier} n'est pas dans la carte d'import : lancez « npm run build ».`);
    imports[specifier] = map.imports[specifier];
  }
  return describeState(imports, widgets[section.dir]);
}

export const sameBundles = (a, b) =>
  JSON.stringify(a.imports) === JSON.stringify(b.imports) && a.widgets?.url === b.widgets?.url;

const recordFile = (section) => join(releasesDir, `${section.dir}.json`);

export function readRecord(section) {
  const file = recordFile(section);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  return { section: section.dir, package: section.name, history: [], events: [] };
}

export function writeRecord(section, record) {
  mkdirSync(releasesDir, { recursive: true });
  writeJsonAtomic(recordFile(section), record);
}

/** The releases not rolled back, oldest first: the last one is what should be live. */
export const liveHistory = (record) => record.history.filter((h) => !h.rolledBackAt);

/**
 * Makes the record's last live entry what the deployment serves: when something else moved the
 * section (a full `npm run build`, or the first release after one), what is live is recorded as a
 * build, so that a rollback comes back to it.
 */
export function recordLive(record, live, now) {
  const last = liveHistory(record).at(-1);
  if (last && sameBundles(last, live)) return last;
  const entry = { ...live, source: 'build', recordedAt: now };
  record.history.push(entry);
  return entry;
}

/**
 * Puts `state` live in the deployment: moves only the section's import-map entries (their
 * `integrity` with them) and its widget bundle; every other entry stays as it is.
 */
export function applyState(section, { map, widgets }, state) {
  const imports = { ...map.imports, ...state.imports };
  const integrity = { ...map.integrity };
  for (const specifier of section.specifiers) {
    const folder = folderOf(map.imports[specifier] ?? '');
    if (!folder || Object.values(imports).some((url) => url.startsWith(folder))) continue;
    for (const url of Object.keys(integrity)) if (url.startsWith(folder)) delete integrity[url];
  }
  Object.assign(integrity, state.integrity);
  const { imports: _imports, integrity: _integrity, ...rest } = map;
  const nextMap = { imports, ...(Object.keys(integrity).length ? { integrity } : {}), ...rest };
  const nextWidgets = { ...widgets };
  if (state.widgets) nextWidgets[section.dir] = state.widgets.url;
  else delete nextWidgets[section.dir];
  // Two files, each replaced at once; the host rereads each when it changes.
  if (JSON.stringify(nextWidgets) !== JSON.stringify(widgets)) writeJsonAtomic(widgetsFile, nextWidgets);
  writeJsonAtomic(mapFile, nextMap);
}

export function describeChange(from, to) {
  const lines = Object.entries(to.imports).map(
    ([specifier, url]) =>
      `  ${specifier}\n      ${from.imports[specifier] ?? '(absent)'}\n    → ${url}\n      ${to.integrity[url]}`,
  );
  if (from.widgets?.url !== to.widgets?.url) {
    lines.push(
      `  widgets (widgets.json)\n      ${from.widgets?.url ?? '(aucun)'}\n    → ${to.widgets?.url ?? '(aucun)'}`,
    );
  }
  return lines.join('\n');
}
