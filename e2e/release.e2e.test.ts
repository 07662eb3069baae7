import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { logIn, type RunningPortal, startPortal } from './harness.js';

// SPEC W1 on a copy of the deployment (never the real `.deploy`): a release of mfe-contact built
// from a modified copy of its folder (never the real sources), seen after a reload, then rolled back.

const root = resolve(import.meta.dirname, '..');
const SPECIFIER = '@portail/mfe-contact';
const OLD_HOURS = 'du lundi au vendredi de 9 h à 17 h';
const NEW_HOURS = 'du lundi au samedi de 8 h 30 à 18 h';
const sentence = (hours: string) => `Le service adhérents vous répond ${hours}.`;
const escaped = (version: string) => version.replaceAll('.', '\\.');

interface ImportMap {
  imports: Record<string, string>;
  integrity?: Record<string, string>;
}

let running: RunningPortal;
let page: Page;
let deployDir: string;
let workDir: string;
let newVersion: string;
let original: ImportMap;
let released: ImportMap;
let othersBefore: Map<string, string>;

/** SHA-256 of every file under `assets/` but the section's own folder: the shell, Lit, the others. */
function hashesOfEverythingElse(): Map<string, string> {
  const assets = join(deployDir, 'assets');
  const hashes = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hashes.set(relative(assets, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  for (const name of readdirSync(assets)) if (name !== 'mfe-contact') walk(join(assets, name));
  return hashes;
}

/** The scripts as an operator runs them, on the copy of the deployment. */
async function run(script: string, ...args: string[]): Promise<string> {
  const { NODE_ENV: _testEnv, ...env } = process.env; // builds as `npm run build` does
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'scripts', script), ...args], {
    cwd: root,
    env: { ...env, DEPLOY_DIR: deployDir },
  });
  return stdout;
}

/** The import map the page was served with (inline, under the CSP nonce). */
async function pageImportMap(): Promise<ImportMap> {
  const text = await page.locator('script[type="importmap"]').textContent();
  return JSON.parse(text ?? '{}') as ImportMap;
}

async function openNousContacter(): Promise<void> {
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Nous contacter/ })
    .click();
  await page.getByRole('heading', { name: 'Nous contacter', level: 1 }).waitFor();
}

before(async () => {
  const deployed = join(root, '.deploy');
  if (!existsSync(join(deployed, 'importmap.json')))
    throw new Error('Lancez « npm run build » avant ce test.');
  deployDir = mkdtempSync(join(tmpdir(), 'portail-release-e2e-'));
  cpSync(deployed, deployDir, {
    recursive: true,
    filter: (path) =>
      !/^(releases|\.release.*|\.work)$/.test(relative(deployed, path).split(/[\\/]/)[0] ?? ''),
  });

  // A copy of the section with a visible change and a new version, inside the repository (git-ignored).
  mkdirSync(join(root, '.e2e-work'), { recursive: true });
  workDir = mkdtempSync(join(root, '.e2e-work', 'release-'));
  const copy = join(workDir, 'mfe-contact');
  for (const part of ['section.ts', 'web', 'contract', 'package.json']) {
    cpSync(join(root, 'mfe-contact', part), join(copy, part), { recursive: true });
  }
  const pageFile = join(copy, 'web/pages/coordonnees.ts');
  const source = readFileSync(pageFile, 'utf8');
  assert.ok(source.includes(OLD_HOURS), `the opening hours of coordonnees.ts changed: update this test`);
  writeFileSync(pageFile, source.replace(OLD_HOURS, NEW_HOURS));
  const pkg = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as { version: string };
  const [major, minor, patch] = pkg.version.split('.').map(Number);
  newVersion = `${major}.${minor}.${(patch ?? 0) + 1}`;
  writeFileSync(join(copy, 'package.json'), JSON.stringify({ ...pkg, version: newVersion }, null, 2));

  running = await startPortal({ deployDir });
  page = await running.browser.newPage();
  await logIn(page, running.url, 'A100001');
});

after(async () => {
  await running?.close();
  if (deployDir) rmSync(deployDir, { recursive: true, force: true });
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  try {
    rmdirSync(join(root, '.e2e-work')); // only when no other run is using it
  } catch {}
});

test('the running portal shows the deployed version of the section', async () => {
  await openNousContacter();
  await page.getByText(sentence(OLD_HOURS)).waitFor();
  original = await pageImportMap();
  othersBefore = hashesOfEverythingElse();
});

test('W1 a release of mfe-contact shows after a reload; nothing else moved', async () => {
  const output = await run('release.mjs', 'mfe-contact', '--source', join(workDir, 'mfe-contact'));
  assert.match(output, new RegExp(`${SPECIFIER} ${escaped(newVersion)}`));

  await page.reload();
  await page.getByRole('heading', { name: 'Nous contacter', level: 1 }).waitFor();
  await page.getByText(sentence(NEW_HOURS)).waitFor();
  assert.equal(await page.getByText(sentence(OLD_HOURS)).count(), 0);

  released = await pageImportMap();
  const url = released.imports[SPECIFIER] ?? '';
  assert.match(url, new RegExp(`^/assets/mfe-contact/${escaped(newVersion)}-[0-9a-f]+/index\\.js$`));
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.ok(loaded.includes(`${running.url}${url}`), 'the browser loaded the new bundle');
  // Only the section's entry moved: the other sections and the shell keep their URLs…
  const { [SPECIFIER]: _new, ...others } = released.imports;
  const { [SPECIFIER]: _old, ...othersOriginal } = original.imports;
  assert.deepEqual(others, othersOriginal);
  // …and every other file of the deployment is byte for byte what it was.
  assert.deepEqual(hashesOfEverythingElse(), othersBefore);

  // SRI: the map carries the new bundle's sha384, which the browser checks.
  const bytes = readFileSync(join(deployDir, url));
  assert.equal(released.integrity?.[url], `sha384-${createHash('sha384').update(bytes).digest('base64')}`);

  const served = await fetch(`${running.url}/importmap.json`);
  assert.equal(served.headers.get('cache-control'), 'no-cache');
  assert.deepEqual(await served.json(), released);
  const html = await fetch(`${running.url}/contact/nous-contacter`);
  assert.equal(html.headers.get('cache-control'), 'no-cache');
  const bundle = await fetch(`${running.url}${url}`);
  assert.equal(bundle.status, 200);
  assert.match(bundle.headers.get('cache-control') ?? '', /immutable/);

  const record = JSON.parse(readFileSync(join(deployDir, 'releases/mfe-contact.json'), 'utf8')) as {
    history: { version: string; imports: Record<string, string> }[];
  };
  assert.deepEqual(
    record.history.map((h) => h.imports[SPECIFIER]),
    [original.imports[SPECIFIER], url],
    'the release record keeps the previous entry for rollback',
  );
  assert.equal(record.history.at(-1)?.version, newVersion);
});

test('W1 a bundle that does not match the SRI of the map is refused', async () => {
  const mapFile = join(deployDir, 'importmap.json');
  const good = readFileSync(mapFile, 'utf8');
  const url = released.imports[SPECIFIER] ?? '';
  const tampered = { ...released, integrity: { ...released.integrity, [url]: `sha384-${'A'.repeat(64)}` } };
  writeFileSync(mapFile, JSON.stringify(tampered));
  try {
    await page.reload();
    await page.getByText(/La rubrique « .+ » est momentanément indisponible/).waitFor();
    assert.equal(await page.getByText(sentence(NEW_HOURS)).count(), 0);
  } finally {
    writeFileSync(mapFile, good);
  }
});

test('W1 rollback puts the previous version back', async () => {
  const output = await run('rollback.mjs', 'mfe-contact');
  assert.match(output, new RegExp(`Retour arrière : ${SPECIFIER} ${escaped(newVersion)} → `));

  await page.reload();
  await page.getByRole('heading', { name: 'Nous contacter', level: 1 }).waitFor();
  await page.getByText(sentence(OLD_HOURS)).waitFor();
  assert.equal(await page.getByText(sentence(NEW_HOURS)).count(), 0);
  const rolledBack = await pageImportMap();
  assert.deepEqual(rolledBack.imports, original.imports);
  assert.deepEqual(hashesOfEverythingElse(), othersBefore);
  // The release stays on disk (pages still open keep working) but is marked rolled back.
  assert.ok(existsSync(join(deployDir, released.imports[SPECIFIER] ?? '')));
  await assert.rejects(run('rollback.mjs', 'mfe-contact'), /aucune version précédente/);
});
