// SPEC A6 checks name pages by id, as the contracts declare them: no index into a page array, so
// reordering a menu cannot change an employer's permission; an unknown id fails at start.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestKernel, type TestKernel } from '@portail/kernel/testing';
import { SECTIONS } from '../src/sections.js';

let t: TestKernel;
before(async () => {
  t = await createTestKernel({ sections: SECTIONS });
});
after(() => t.close());

test('a page is required by its id; a misspelt id is refused when the routes are built', () => {
  assert.equal(typeof t.kernel.requirePage('compte.donnees'), 'function');
  assert.equal(typeof t.kernel.requirePage('adhesion.carte'), 'function');
  assert.throws(() => t.kernel.requirePage('compte.donnes'), /No page « compte\.donnes » registered/);
});

test('no section names a page by its position in an array', async () => {
  const { execSync } = await import('node:child_process');
  const found = execSync(
    `grep -rnE "_PAGES\\[[0-9]" --include=*.ts mfe-adhesion mfe-compte mfe-contact mfe-indemnisations || true`,
    {
      cwd: new URL('../..', import.meta.url),
    },
  ).toString();
  assert.equal(found.trim(), '');
});
