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
import { after, before, type TestContext, test } from 'node:test';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { type RunningPortal, startPortal } from './harness.js';
import { freshMember, memberPage } from './members.js';
import { openFromMenu } from './pages.js';

// SPEC W1 on a copy of the deployment (never the real `.deploy`): a release of mfe-contact built
// from a modified copy of its folder (never the real sources), seen after a reload, then rolled back.
// Each journey starts from the deployment as built (`freshDeployment`) and releases what it needs.

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

const deployed = join(root, '.deploy');
let running: RunningPortal;
let deployDir: string;
let workDir: string;
let newVersion: string;

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
async function pageImportMap(page: Page): Promise<ImportMap> {
  const text = await page.locator('script[type="importmap"]').textContent();
  return JSON.parse(text ?? '{}') as ImportMap;
}

/**
 * The copy of the deployment made again from `.deploy` (its releases and work folders left out):
 * the sections as built, no release recorded, whatever an earlier journey released or rolled back.
 */
function freshDeployment(): void {
  for (const name of readdirSync(deployDir)) rmSync(join(deployDir, name), { recursive: true, force: true });
  cpSync(deployed, deployDir, {
    recursive: true,
    filter: (path) =>
      !/^(releases|\.release.*|\.work)$/.test(relative(deployed, path).split(/[\\/]/)[0] ?? ''),
  });
}

/** A member's page of its own on « Nous contacter », on a fresh copy of the deployment. */
async function nousContacter(t: TestContext): Promise<Page> {
  freshDeployment();
  const { page } = await memberPage(t, running, await freshMember(running));
  await openFromMenu(page, /^Nous contacter/, 'Nous contacter');
  return page;
}

/** `npm run release -w mfe-contact` from the modified copy. */
function releaseContact(): Promise<string> {
  return run('release.mjs', 'mfe-contact', '--source', join(workDir, 'mfe-contact'));
}

/** Releases the modified copy and reloads `page` on it: the import map it is then served with. */
async function releaseAndReload(page: Page): Promise<ImportMap> {
  await releaseContact();
  await page.reload();
  await page.getByText(sentence(NEW_HOURS)).waitFor();
  return pageImportMap(page);
}

before(async () => {
  if (!existsSync(join(deployed, 'importmap.json')))
    throw new Error('Lancez « npm run build » avant ce test.');
  deployDir = mkdtempSync(join(tmpdir(), 'portail-release-e2e-'));
  freshDeployment();

  // A copy of the section with a visible change and a new version, inside the repository (git-ignored).
  mkdirSync(join(root, '.e2e-work'), { recursive: true });
  workDir = mkdtempSync(join(root, '.e2e-work', 'release-'));
  const copy = join(workDir, 'mfe-contact');
  for (const part of ['section.ts', 'web', 'contract', 'locales', 'package.json']) {
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
});

after(async () => {
  await running?.close();
  if (deployDir) rmSync(deployDir, { recursive: true, force: true });
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  try {
    rmdirSync(join(root, '.e2e-work')); // only when no other run is using it
  } catch {}
});

test('the running portal shows the deployed version of the section', async (t) => {
  const page = await nousContacter(t);
  await page.getByText(sentence(OLD_HOURS)).waitFor();
});

test('W1 a release of mfe-contact shows after a reload; nothing else moved', async (t) => {
  const page = await nousContacter(t);
  await page.getByText(sentence(OLD_HOURS)).waitFor();
  const original = await pageImportMap(page);
  const othersBefore = hashesOfEverythingElse();
  const output = await releaseContact();
  assert.match(output, new RegExp(`${SPECIFIER} ${escaped(newVersion)}`));

  await page.reload();
  await page.getByRole('heading', { name: 'Nous contacter', level: 1 }).waitFor();
  await page.getByText(sentence(NEW_HOURS)).waitFor();
  assert.equal(await page.getByText(sentence(OLD_HOURS)).count(), 0);

  const released = await pageImportMap(page);
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

test('W1 a bundle that does not match the SRI of the map is refused', async (t) => {
  const page = await nousContacter(t);
  const map = await releaseAndReload(page);
  const mapFile = join(deployDir, 'importmap.json');
  const good = readFileSync(mapFile, 'utf8');
  const url = map.imports[SPECIFIER] ?? '';
  const tampered = { ...map, integrity: { ...map.integrity, [url]: `sha384-${'A'.repeat(64)}` } };
  writeFileSync(mapFile, JSON.stringify(tampered));
  try {
    await page.reload();
    await page.getByText(/La rubrique « .+ » est momentanément indisponible/).waitFor();
    assert.equal(await page.getByText(sentence(NEW_HOURS)).count(), 0);
  } finally {
    writeFileSync(mapFile, good);
  }
});

test('W1 rollback puts the previous version back', async (t) => {
  const page = await nousContacter(t);
  const original = await pageImportMap(page);
  const othersBefore = hashesOfEverythingElse();
  const releasedMap = await releaseAndReload(page);
  const output = await run('rollback.mjs', 'mfe-contact');
  assert.match(output, new RegExp(`Retour arrière : ${SPECIFIER} ${escaped(newVersion)} → `));

  await page.reload();
  await page.getByRole('heading', { name: 'Nous contacter', level: 1 }).waitFor();
  await page.getByText(sentence(OLD_HOURS)).waitFor();
  assert.equal(await page.getByText(sentence(NEW_HOURS)).count(), 0);
  const rolledBack = await pageImportMap(page);
  assert.deepEqual(rolledBack.imports, original.imports);
  assert.deepEqual(hashesOfEverythingElse(), othersBefore);
  // The release stays on disk (pages still open keep working) but is marked rolled back.
  assert.ok(existsSync(join(deployDir, releasedMap.imports[SPECIFIER] ?? '')));
  await assert.rejects(run('rollback.mjs', 'mfe-contact'), /aucune version précédente/);
});
