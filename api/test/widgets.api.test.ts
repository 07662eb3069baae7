import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Problem, WIDGET_ORIGIN_REFUSED, type WidgetToken } from '@portail/kernel/contract';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { indemnisationsSlice } from '../../mfe-indemnisations/api/index.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;
const INTRANET = 'http://localhost:4100';
const OTHER = 'http://localhost:4200';

async function token(identifier: string, origin: string) {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  return client.request('/api/widgets/jeton', { method: 'POST', json: { origin } });
}

/** A widget's call from `origin`: bearer token, no cookie. */
function widgetCall(path: string, origin: string, bearer: string, method = 'GET') {
  return t.app.request(path, { method, headers: { origin, authorization: `Bearer ${bearer}` } });
}

before(async () => {
  t = await createTestKernel({ sections: [indemnisationsSlice] });
  ids = await seedBasics(t);
  await t.kernel.db
    .updateTable('core.employers')
    .set({ widget_origins: [INTRANET] })
    .where('id', '=', ids.openEmployer)
    .execute();
});
after(() => t.close());

describe('W2 widgets from an employer intranet', () => {
  test('a token only for an origin the member’s employer registered', async () => {
    const ok = await token('A100001', INTRANET);
    assert.equal(ok.status, 201);
    const refused = await token('A100001', OTHER);
    assert.equal(refused.status, 403);
    assert.equal(((await refused.json()) as Problem).detail, WIDGET_ORIGIN_REFUSED);
    assert.equal((await token('A100002', INTRANET)).status, 403, "another employer's member");
    const anonymous = await t.app.request('/api/widgets/jeton', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: INTRANET },
      body: JSON.stringify({ origin: INTRANET }),
    });
    assert.equal(anonymous.status, 401);
  });

  test('the token reads from its origin only, with CORS for that origin; never writes', async () => {
    const { token: bearer } = (await (await token('A100001', INTRANET)).json()) as WidgetToken;
    const read = await widgetCall('/api/indemnisations/paiements', INTRANET, bearer);
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('access-control-allow-origin'), INTRANET);
    assert.equal(read.headers.get('access-control-allow-credentials'), null);

    const replayed = await widgetCall('/api/indemnisations/paiements', OTHER, bearer);
    assert.equal(replayed.status, 401, 'a token replayed from another origin is refused');
    assert.equal(replayed.headers.get('access-control-allow-origin'), null);
    assert.equal((await widgetCall('/api/indemnisations/paiements', INTRANET, 'forged')).status, 401);
    const write = await widgetCall('/api/indemnisations/demandes', INTRANET, bearer, 'POST');
    assert.equal(write.status, 403);
    const again = await widgetCall('/api/widgets/jeton', INTRANET, bearer, 'POST');
    assert.equal(again.status, 403);
  });

  test('preflight is answered for registered origins only', async () => {
    const ok = await t.app.request('/api/indemnisations/paiements', {
      method: 'OPTIONS',
      headers: { origin: INTRANET, 'access-control-request-headers': 'authorization' },
    });
    assert.equal(ok.status, 204);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    const other = await t.app.request('/api/indemnisations/paiements', {
      method: 'OPTIONS',
      headers: { origin: OTHER },
    });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  test('an expired token, or one whose origin the employer removed, stops working', async () => {
    const { token: bearer } = (await (await token('A100001', INTRANET)).json()) as WidgetToken;
    await t.kernel.db
      .updateTable('core.widget_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    assert.equal((await widgetCall('/api/indemnisations/paiements', INTRANET, bearer)).status, 401);
    const { token: fresh } = (await (await token('A100001', INTRANET)).json()) as WidgetToken;
    await t.kernel.db
      .updateTable('core.employers')
      .set({ widget_origins: [] })
      .where('id', '=', ids.openEmployer)
      .execute();
    assert.equal((await widgetCall('/api/indemnisations/paiements', INTRANET, fresh)).status, 401);
  });
});
