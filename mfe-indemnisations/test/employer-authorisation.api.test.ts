import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Menu } from '@portail/kernel/contract';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { indemnisationsSlice } from '../api/index.js';

let t: TestKernel;

before(async () => {
  t = await createTestKernel({ sections: [indemnisationsSlice] });
  const ids = await seedBasics(t);
  for (const employerId of [ids.openEmployer, ids.closedEmployer]) {
    await t.kernel.documents.publish({
      category: 'formulaire_indemnisation',
      title: "Déclaration d'arrêt de travail",
      audience: 'employer',
      employerId,
      file: {
        fileName: 'declaration.pdf',
        contentType: 'application/pdf',
        data: new TextEncoder().encode('%PDF-1.7'),
      },
    });
  }
});
after(() => t.close());

async function menuEntryIds(client: TestClient) {
  const menu = (await (await client.request('/api/menu')).json()) as Menu;
  return menu.groups.flatMap((g) => g.entries.map((e) => e.id));
}

describe('A6 employer authorisations', () => {
  test('an employer that allows online claims: menu entry and API open', async () => {
    const client = new TestClient(t.app);
    await client.login('A100001', TEST_PASSWORD);
    assert.ok((await menuEntryIds(client)).includes('indemnisations.demande'));
    const response = await client.request('/api/indemnisations/formulaires');
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { items: unknown[] }).items.length, 1);
  });

  test('an employer that switched online claims off: absent from the menu, API answers 403', async () => {
    const client = new TestClient(t.app);
    await client.login('A100002', TEST_PASSWORD);
    const ids = await menuEntryIds(client);
    assert.ok(!ids.includes('indemnisations.demande'));
    assert.ok(ids.includes('indemnisations.historique-envois'), 'the rest of the section stays');
    const response = await client.request('/api/indemnisations/formulaires');
    assert.equal(response.status, 403);
    const problem = (await response.json()) as { code: string; detail: string };
    assert.equal(problem.code, 'feature-disabled');
    assert.match(problem.detail, /n'est pas ouvert par votre employeur/);
  });

  test('a santé-only member sees no prévoyance entries and gets 403 on them', async () => {
    const client = new TestClient(t.app);
    await client.login('S200001', TEST_PASSWORD);
    const ids = await menuEntryIds(client);
    assert.deepEqual(ids, []);
    assert.equal((await client.request('/api/indemnisations/formulaires')).status, 403);
  });
});
