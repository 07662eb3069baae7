// Releases one section (SPEC W1): builds it alone into its immutable folder
// `<deploy>/assets/<package>/<version>-<hash>/`, then moves only that section's entries of
// `<deploy>/importmap.json` (with their SRI in its `integrity`) and of `<deploy>/widgets.json`, and
// appends the release to `<deploy>/releases/<section>.json`, where the previous one stays for
// rollback. Nothing else is rebuilt or touched.
//   npm run release -w mfe-contact
//   node scripts/release.mjs mfe-contact [--source <dir>]
// `--source <dir>`: build the section from another copy of its folder (a hotfix checked out
// elsewhere, or the end-to-end test's modified copy), with the same package name; its imports
// resolve against this repository's node_modules and tsconfig.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  applyState,
  deployDir,
  describeChange,
  describeState,
  fail,
  liveHistory,
  liveState,
  mapFile,
  readDeployment,
  readRecord,
  recordLive,
  root,
  runCommand,
  sameBundles,
  sectionOf,
  widgetsFile,
  withLock,
  writeRecord,
} from './release-lib.mjs';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { source: { type: 'string' } },
});

/**
 * Runs build-web.mjs for this one package against a staging deployment: its `assets` is the real
 * deployment's (the new immutable folder lands there), its import map a copy, so the live map only
 * changes below, in one atomic write. With `--source`, build-web runs in a mirror of the repository
 * (links to its folders) holding a copy of the source as the section's folder, and copies of
 * `scripts/` and `tsconfig.json` (Vite applies a tsconfig — legacy decorators — only to the files
 * under it, as their real paths say).
 */
function buildStaged(section, source) {
  const stage = mkdtempSync(join(deployDir, '.release-'));
  const links = [];
  const link = (target, path) => {
    symlinkSync(target, path, 'dir');
    links.push(path);
  };
  try {
    mkdirSync(join(deployDir, 'assets'), { recursive: true });
    link(join(deployDir, 'assets'), join(stage, 'assets'));
    copyFileSync(mapFile, join(stage, 'importmap.json'));
    if (existsSync(widgetsFile)) copyFileSync(widgetsFile, join(stage, 'widgets.json'));
    let buildRoot = root;
    if (source !== join(root, section.dir)) {
      buildRoot = join(stage, 'repository');
      mkdirSync(buildRoot);
      const copied = new Set([section.dir, 'scripts', 'tsconfig.json']);
      for (const name of readdirSync(root)) {
        if (!copied.has(name) && name !== '.git') link(join(root, name), join(buildRoot, name));
      }
      cpSync(join(root, 'scripts'), join(buildRoot, 'scripts'), { recursive: true });
      copyFileSync(join(root, 'tsconfig.json'), join(buildRoot, 'tsconfig.json'));
      cpSync(source, join(buildRoot, section.dir), {
        recursive: true,
        filter: (path) => !/[\\/](node_modules|dist)$/.test(path),
      });
    }
    const build = spawnSync(process.execPath, [join(buildRoot, 'scripts/build-web.mjs'), section.dir], {
      cwd: buildRoot,
      env: { ...process.env, DEPLOY_DIR: stage },
      stdio: 'inherit',
    });
    if (build.status !== 0) fail(`La construction de ${section.dir} a échoué.`);
    const { imports } = JSON.parse(readFileSync(join(stage, 'importmap.json'), 'utf8'));
    const stagedWidgets = join(stage, 'widgets.json');
    const widgets = existsSync(stagedWidgets) ? JSON.parse(readFileSync(stagedWidgets, 'utf8')) : {};
    return describeState(
      Object.fromEntries(section.specifiers.map((specifier) => [specifier, imports[specifier]])),
      widgets[section.dir],
    );
  } finally {
    for (const path of links.reverse()) rmSync(path, { force: true });
    rmSync(stage, { recursive: true, force: true });
  }
}

runCommand(() => {
  const section = sectionOf(positionals[0]);
  const source = resolve(process.cwd(), values.source ?? join(root, section.dir));
  if (!existsSync(join(source, 'package.json'))) fail(`${source} n'est pas le dossier d'un paquet.`);
  const sourcePackage = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  if (sourcePackage.name !== section.name)
    fail(`${source} contient ${sourcePackage.name}, pas ${section.name}.`);
  readDeployment(); // fails early when there is no deployment yet
  withLock(() => release(section, source, sourcePackage.version));
});

function release(section, source, version) {
  const built = buildStaged(section, source);
  const now = new Date().toISOString();
  const deployment = readDeployment();
  const live = liveState(section, deployment);
  if (sameBundles(built, live)) {
    console.log(`= ${section.dir} : cette version est déjà en ligne, rien à changer.`);
    return;
  }
  const record = readRecord(section);
  recordLive(record, live, now);
  const entry = { ...built, version, source: 'release', releasedAt: now };
  record.history.push(entry);
  record.events.push({ action: 'release', version, at: now });
  applyState(section, deployment, entry);
  writeRecord(section, record);
  const kept = liveHistory(record).length - 1;
  console.log(`Publié : ${section.name} ${version} (${relative(process.cwd(), mapFile) || mapFile})`);
  console.log(describeChange(live, entry));
  console.log(`Retour arrière (${kept} version(s) précédente(s)) : npm run rollback -w ${section.dir}`);
}
