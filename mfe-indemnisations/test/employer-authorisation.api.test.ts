import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Menu } from '@portail/kernel/contract';
import {
  createTestKernel,
  sampleFile,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
  uploadForm,
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

  test('an employer that switched online claims off: the blank paper form stays, online claims answer 403', async () => {
    const client = new TestClient(t.app);
    await client.login('A100002', TEST_PASSWORD);
    const ids = await menuEntryIds(client);
    assert.ok(ids.includes('indemnisations.demande'), 'the page stays, for its blank paper form');
    assert.ok(ids.includes('indemnisations.historique-envois'), 'the rest of the section stays');
    const blank = await client.request('/api/indemnisations/formulaires');
    assert.equal(blank.status, 200);
    const forms = ((await blank.json()) as { items: { title: string; downloadUrl: string }[] }).items;
    assert.deepEqual(
      forms.map((f) => f.title),
      ["Déclaration d'arrêt de travail"],
    );
    const download = await client.request(forms[0]?.downloadUrl ?? '');
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/pdf');

    // The online declaration stays closed, whatever the route.
    for (const [method, path, body] of [
      ['GET', '/api/indemnisations/demandes', undefined],
      ['GET', '/api/indemnisations/demandes/nouvelle/arret-de-travail', undefined],
      ['POST', '/api/indemnisations/demandes', { formCode: 'arret-de-travail' }],
    ] as const) {
      const response = await client.request(path, { method, ...(body ? { json: body } : {}) });
      assert.equal(response.status, 403, `${method} ${path}`);
      const problem = (await response.json()) as { code: string; detail: string };
      assert.equal(problem.code, 'feature-disabled');
      assert.equal(
        problem.detail,
        "Le service « Demande d'indemnisation en ligne » n'est pas ouvert par votre employeur.",
      );
    }
    const transmission = await client.request('/api/indemnisations/formulaires/transmission', {
      method: 'POST',
      body: uploadForm({}, [sampleFile('pdf', 300, 'formulaire.pdf')]),
    });
    assert.equal(transmission.status, 403, 'nor is a completed form sent online');
  });

  test('a santé-only member sees no prévoyance entries and gets 403 on them', async () => {
    const client = new TestClient(t.app);
    await client.login('S200001', TEST_PASSWORD);
    const ids = await menuEntryIds(client);
    assert.deepEqual(ids, []);
    assert.equal((await client.request('/api/indemnisations/formulaires')).status, 403);
  });
});
