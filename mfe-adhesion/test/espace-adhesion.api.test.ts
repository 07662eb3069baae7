import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestKernel, seedBasics, solveRobotCheck, type TestKernel } from '@portail/kernel/testing';
import { adhesionSlice } from '../api/index.js';
import type { KitAccess } from '../contract/index.js';

process.env.TRUST_PROXY = '1';

let t: TestKernel;

before(async () => {
  t = await createTestKernel({ sections: [adhesionSlice] });
  const ids = await seedBasics(t);
  for (const [employerId, title] of [
    [ids.openEmployer, 'Bulletin Bourges'],
    [ids.closedEmployer, 'Bulletin Vierzon'],
  ] as const) {
    await t.kernel.documents.publish({
      category: 'kit_adhesion',
      title,
      audience: 'employer',
      employerId,
      file: {
        fileName: `${title}.pdf`,
        contentType: 'application/pdf',
        data: new TextEncoder().encode(`%PDF-1.7 ${title}`),
      },
    });
  }
});
after(() => t.close());

async function solvedPayload() {
  const challenge = await (await t.app.request('/api/adhesion/espace/challenge')).json();
  return solveRobotCheck(challenge);
}

function post(body: unknown, ip = '203.0.113.1') {
  return t.app.request('/api/adhesion/espace/acces', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
  });
}

describe('B4 Espace Adhésion', () => {
  test("the employer's identifier and a solved robot check open that employer's kit only", async () => {
    const response = await post({ identifier: 'bourges-2026', altcha: await solvedPayload() });
    assert.equal(response.status, 200);
    const kit = (await response.json()) as KitAccess;
    assert.equal(kit.employer, 'Mairie de Bourges');
    assert.deepEqual(
      kit.documents.map((d) => d.title),
      ['Bulletin Bourges'],
    );
    const download = await t.app.request(kit.documents[0]?.downloadUrl ?? '');
    assert.equal(download.status, 200);
    assert.equal(await download.text(), '%PDF-1.7 Bulletin Bourges');
  });

  test('kit documents need a valid grant: none, forged or expired are refused', async () => {
    const kit = (await (
      await post({ identifier: 'BOURGES-2026', altcha: await solvedPayload() })
    ).json()) as KitAccess;
    const url = kit.documents[0]?.downloadUrl ?? '';
    const bare = url.split('?')[0] ?? '';
    assert.equal((await t.app.request(bare)).status, 403);
    assert.equal((await t.app.request(`${bare}?acces=forged`)).status, 403);
    await t.kernel.db
      .withTables<{ 'adhesion.kit_grants': { expires_at: Date } }>()
      .updateTable('adhesion.kit_grants')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    assert.equal((await t.app.request(url)).status, 403);
  });

  test('a robot check missing, forged or replayed is refused', async () => {
    const missing = await post({ identifier: 'BOURGES-2026', altcha: '' });
    assert.equal(missing.status, 400);
    const forged = await post({
      identifier: 'BOURGES-2026',
      altcha: Buffer.from('{"challenge":{}}').toString('base64'),
    });
    assert.equal(forged.status, 403);
    assert.equal(((await forged.json()) as { code: string }).code, 'captcha');
    const payload = await solvedPayload();
    assert.equal((await post({ identifier: 'BOURGES-2026', altcha: payload })).status, 200);
    const replay = await post({ identifier: 'BOURGES-2026', altcha: payload });
    assert.equal(replay.status, 403);
    const tampered = JSON.parse(Buffer.from(await solvedPayload(), 'base64').toString());
    tampered.challenge.parameters.cost = 1;
    const tamperedResponse = await post({
      identifier: 'BOURGES-2026',
      altcha: Buffer.from(JSON.stringify(tampered)).toString('base64'),
    });
    assert.equal(tamperedResponse.status, 403);
  });

  test('a wrong identifier gets one neutral message; guessing is rate-limited per client', async () => {
    const wrong = await post({ identifier: 'NANTES-2026', altcha: await solvedPayload() }, '198.51.100.7');
    assert.equal(wrong.status, 404);
    const problem = (await wrong.json()) as { detail: string; errors: { field: string }[] };
    assert.match(problem.detail, /^Identifiant non reconnu/);
    assert.deepEqual(
      problem.errors.map((e) => e.field),
      ['identifier'],
    );
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push((await post({ identifier: `X-${i}`, altcha: 'x' }, '198.51.100.7')).status);
    assert.equal(statuses.at(-1), 429);
    assert.equal(
      (await post({ identifier: 'BOURGES-2026', altcha: await solvedPayload() }, '198.51.100.8')).status,
      200,
      'other clients unaffected',
    );
  });
});
