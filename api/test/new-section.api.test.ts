import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { SectionSlice } from '@portail/kernel';
import type { Menu, QueuePage } from '@portail/kernel/contract';
import { sectionSummary } from '@portail/kernel/contract/section';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { contactSlice } from '../../mfe-contact/api/index.js';
import { readSections } from '../../scripts/sections.mjs';
import { pageHtml } from '../src/web.js';

// A sixth section is one folder and one line: the generator makes the folder from the template,
// and this test plays the line (the section added to the host's list) — then sees the section
// mounted, in the menu, in the back office's queue, in the page's summaries and found by the build.
const root = resolve(import.meta.dirname, '../..');
let scratch: string;
let slice: SectionSlice;
let t: TestKernel;

before(async () => {
  mkdirSync(join(root, '.e2e-work'), { recursive: true });
  scratch = mkdtempSync(join(root, '.e2e-work', 'new-section-'));
  execFileSync(
    process.execPath,
    [
      join(root, 'scripts/new-section.mjs'),
      'essai',
      '--label',
      'Mes essais',
      '--path',
      '/essais',
      '--into',
      scratch,
    ],
    { encoding: 'utf8' },
  );
  ({ essaiSlice: slice } = await import(pathToFileURL(join(scratch, 'mfe-essai/api/index.ts')).href));
  t = await createTestKernel({ sections: [contactSlice, slice] });
  await seedBasics(t);
  await t.directory.createManager({
    login: 'gestion',
    email: 'gestion@example.fr',
    displayName: 'Gestionnaire',
    password: TEST_PASSWORD,
  });
});
after(async () => {
  await t?.close();
  rmSync(scratch, { recursive: true, force: true });
});

test('the generated section is mounted, in the menu, and its requests reach the queue with its label', async () => {
  assert.equal(slice.name, 'essai');
  const member = new TestClient(t.app);
  await member.login('A100001', TEST_PASSWORD);
  const menu = (await (await member.request('/api/menu')).json()) as Menu;
  assert.deepEqual(
    menu.groups.find((g) => g.id === 'essai'),
    {
      id: 'essai',
      label: 'Mes essais',
      entries: [{ id: 'essai.accueil', label: 'Accueil', path: '/essais/accueil', unreadCount: 0 }],
    },
  );
  const created = await member.request('/api/essai/demandes', {
    method: 'POST',
    json: { message: 'Un essai' },
  });
  assert.equal(created.status, 201);
  assert.equal((await member.request('/api/essai/accueil')).status, 200);

  const manager = new TestClient(t.app);
  await manager.loginManager('gestion', TEST_PASSWORD);
  const queue = (await (await manager.request('/api/gestion/demandes?section=essai')).json()) as QueuePage;
  assert.equal(queue.items.length, 1);
  assert.equal(queue.items[0]?.kind, 'demande_essai');
  const detail = (await (await manager.request(`/api/gestion/demandes/${queue.items[0]?.id}`)).json()) as {
    summary?: string[];
  };
  assert.ok(JSON.stringify(detail).includes('Un essai'), 'the section describes its request');

  // What the page tells the shell and the back office: its paths, its name, its kinds' labels.
  const html = pageHtml({ imports: {} }, 'n', 'gestion', [sectionSummary(slice.section)]);
  assert.match(html, /"paths":\["\/essais"\]/);
  assert.match(html, /"demande_essai":"Demande d'essai"/);
});

test('the build and the test runner find it by its manifest', async () => {
  const found = await readSections(scratch);
  assert.deepEqual(
    found.map(({ dir, manifest }) => ({ dir, package: manifest.package, app: manifest.web.app })),
    [{ dir: 'mfe-essai', package: '@portail/mfe-essai', app: 'web/index.ts' }],
  );
});

test('its own test passes as generated', () => {
  // Its own run, not a test nested in this one (node:test would skip it).
  const { NODE_TEST_CONTEXT: _nested, ...env } = process.env;
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=tap', join(scratch, 'mfe-essai/test/essai.api.test.ts')],
    { encoding: 'utf8', env: { ...env, NODE_ENV: 'test' } },
  );
  assert.match(output, /^# pass 2$/m);
  assert.match(output, /^# fail 0$/m);
});
