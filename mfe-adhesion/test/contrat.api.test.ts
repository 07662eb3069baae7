import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DocumentList, Menu } from '@portail/kernel/contract';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { adhesionSlice } from '../api/index.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;
let aliceBulletin: string;

const pdf = (name: string) => ({
  fileName: name,
  contentType: 'application/pdf',
  data: new TextEncoder().encode(`%PDF-1.7 ${name}`),
});

before(async () => {
  t = await createTestKernel({ sections: [adhesionSlice] });
  ids = await seedBasics(t);
  await t.kernel.documents.publish({
    category: 'contrat',
    title: 'Notice information',
    audience: 'employer',
    employerId: ids.openEmployer,
    file: pdf('notice.pdf'),
    publishedAt: new Date('2025-01-01T00:00:00Z'),
  });
  aliceBulletin = await t.kernel.documents.publish({
    category: 'contrat',
    title: "Bulletin d'adhésion individuelle",
    audience: 'member',
    memberId: ids.alice,
    employerId: ids.openEmployer,
    file: pdf('bulletin.pdf'),
  });
});
after(() => t.close());

async function contrat(client: TestClient) {
  const response = await client.request('/api/adhesion/documents/contrat');
  assert.equal(response.status, 200);
  return ((await response.json()) as DocumentList).items;
}

async function contratUnread(client: TestClient) {
  const menu = (await (await client.request('/api/menu')).json()) as Menu;
  return menu.groups.flatMap((g) => g.entries).find((e) => e.id === 'adhesion.contrat')?.unreadCount;
}

describe('B1 Contrat', () => {
  test('lists the member and employer documents, newest first, with employer and unread flag', async () => {
    const client = new TestClient(t.app);
    await client.login('A100001', TEST_PASSWORD);
    const items = await contrat(client);
    assert.deepEqual(
      items.map((d) => [d.title, d.employer, d.unread]),
      [
        ["Bulletin d'adhésion individuelle", 'Mairie de Bourges', true],
        ['Notice information', 'Mairie de Bourges', true],
      ],
    );
    assert.equal(await contratUnread(client), 2);
  });

  test('downloading a document serves the file privately and clears its unread marker in list and menu', async () => {
    const client = new TestClient(t.app);
    await client.login('A100001', TEST_PASSWORD);
    const response = await client.request(`/api/documents/${aliceBulletin}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="bulletin.pdf"/);
    assert.equal(await response.text(), '%PDF-1.7 bulletin.pdf');
    const items = await contrat(client);
    assert.equal(items.find((d) => d.id === aliceBulletin)?.unread, false);
    assert.equal(await contratUnread(client), 1);
    const audit = await t.kernel.db
      .selectFrom('core.audit_log')
      .select(['actor_id', 'action'])
      .where('target_id', '=', aliceBulletin)
      .execute();
    assert.deepEqual(audit, [{ actor_id: ids.alice, action: 'document.open' }]);
  });

  test('POST /api/documents/:id/read marks read without downloading', async () => {
    const client = new TestClient(t.app);
    await client.login('A100001', TEST_PASSWORD);
    const notice = (await contrat(client)).find((d) => d.title === 'Notice information');
    assert.ok(notice?.unread);
    const response = await client.request(`/api/documents/${notice.id}/read`, { method: 'POST' });
    assert.equal(response.status, 200);
    assert.equal(await contratUnread(client), 0);
  });

  test("a second member gets nothing of the first member's documents", async () => {
    const other = new TestClient(t.app);
    await other.login('A100002', TEST_PASSWORD);
    assert.deepEqual(await contrat(other), []);
    const download = await other.request(`/api/documents/${aliceBulletin}`);
    assert.equal(download.status, 404);
    assert.equal(download.headers.get('content-type'), 'application/problem+json');
    assert.equal(
      (await other.request(`/api/documents/${aliceBulletin}/read`, { method: 'POST' })).status,
      404,
    );
    assert.equal((await other.request('/api/documents/not-a-uuid')).status, 404);
    const reads = await t.kernel.db
      .selectFrom('core.document_reads')
      .select('member_id')
      .where('member_id', '=', ids.bruno)
      .execute();
    assert.equal(reads.length, 0);
  });

  test('without a session nothing is served', async () => {
    assert.equal((await t.app.request('/api/adhesion/documents/contrat')).status, 401);
    assert.equal((await t.app.request(`/api/documents/${aliceBulletin}`)).status, 401);
  });
});
