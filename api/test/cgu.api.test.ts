import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;

before(async () => {
  t = await createTestKernel();
  ids = await seedBasics(t);
  await t.directory.publishCgu({
    version: 2,
    title: 'CGU v2',
    sections: [{ heading: 'Nouveau', paragraphs: ['Texte v2.'] }],
  });
});
after(() => t.close());

describe('A3 CGU', () => {
  test('anyone can read the current CGU', async () => {
    const response = await t.app.request('/api/cgu/current');
    assert.equal(response.status, 200);
    const cgu = (await response.json()) as { version: number; accepted: boolean | null; sections: unknown };
    assert.equal(cgu.version, 2);
    assert.deepEqual(cgu.sections, [{ heading: 'Nouveau', paragraphs: ['Texte v2.'] }]);
    assert.equal(cgu.accepted, null);
  });

  test('a new version blocks member routes until accepted; the acceptance keeps version, date and IP', async () => {
    const client = new TestClient(t.app);
    const session = await client.login('A100001', TEST_PASSWORD);
    assert.equal(session.cguRequired, true);
    const blocked = await client.request('/api/menu');
    assert.equal(blocked.status, 403);
    assert.equal(((await blocked.json()) as { code: string }).code, 'cgu-required');
    const outdated = await client.request('/api/cgu/accept', { method: 'POST', json: { version: 1 } });
    assert.equal(outdated.status, 409);
    const accepted = await client.request('/api/cgu/accept', { method: 'POST', json: { version: 2 } });
    assert.equal(accepted.status, 200);
    assert.equal(((await accepted.json()) as { cguRequired: boolean }).cguRequired, false);
    assert.equal((await client.request('/api/menu')).status, 200);
    const row = await t.kernel.db
      .selectFrom('core.cgu_acceptances')
      .selectAll()
      .where('member_id', '=', ids.alice)
      .where('version', '=', 2)
      .executeTakeFirstOrThrow();
    assert.ok(new Date(row.accepted_at).getTime() > Date.now() - 60_000);
    assert.ok('ip' in row);
  });

  test('accepting needs a session', async () => {
    const response = await t.app.request('/api/cgu/accept', {
      method: 'POST',
      body: JSON.stringify({ version: 2 }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(response.status, 401);
  });
});
