// SPEC W2 — widgets on employer intranets, hardened: a token is handed over only for an origin the
// member's employer registered (https) and the member authorised (consent, revocable), reads only
// the widget routes it was issued for, with CORS on those routes only, and ends with the session
// (logout, password change or reset), the consent or the registration.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type Problem,
  WIDGET_CONSENT_REQUIRED,
  WIDGET_ORIGIN_REFUSED,
  type WidgetConsentList,
  type WidgetToken,
} from '@portail/kernel/contract';
import {
  createTestKernel,
  sampleFile,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { adhesionSlice } from '../../mfe-adhesion/api/index.js';
import { compteSlice } from '../../mfe-compte/api/index.js';
import { indemnisationsSlice } from '../../mfe-indemnisations/api/index.js';
import { santeSlice } from '../../mfe-sante/api/index.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;
const INTRANET = 'http://localhost:4100';
const OTHER = 'http://localhost:4200';

async function member(identifier: string): Promise<TestClient> {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  return client;
}

/** The member authorises `origin` (as the popup's « Autoriser » does) and asks a token for it. */
async function authorisedToken(client: TestClient, origin = INTRANET): Promise<string> {
  const consent = await client.request('/api/widgets/autorisations', { method: 'POST', json: { origin } });
  assert.equal(consent.status, 201, await consent.clone().text());
  const answer = await client.request('/api/widgets/jeton', { method: 'POST', json: { origin } });
  assert.equal(answer.status, 201, await answer.clone().text());
  return ((await answer.json()) as WidgetToken).token;
}

/** A widget's call from `origin`: bearer token, no cookie. */
function widgetCall(path: string, origin: string, bearer: string, method = 'GET') {
  return t.app.request(path, { method, headers: { origin, authorization: `Bearer ${bearer}` } });
}

let keyDocumentId: string;
let contractDocumentId: string;

before(async () => {
  t = await createTestKernel({ sections: [adhesionSlice, indemnisationsSlice, santeSlice, compteSlice] });
  ids = await seedBasics(t);
  await t.kernel.db
    .updateTable('core.employers')
    .set({ widget_origins: [INTRANET] })
    .where('id', '=', ids.openEmployer)
    .execute();
  const publish = async (category: string, title: string) => {
    const bytes = new Uint8Array(await sampleFile('pdf', 400).arrayBuffer());
    return t.kernel.documents.publish({
      category,
      title,
      audience: 'member',
      memberId: ids.alice,
      file: { fileName: `${category}.pdf`, contentType: 'application/pdf', data: bytes },
    });
  };
  keyDocumentId = await publish('document_cle', 'Guide des garanties');
  contractDocumentId = await publish('contrat', "Bulletin d'adhésion");
});
after(() => t.close());

describe('W2 widgets from an employer intranet', () => {
  test('a token only for an origin the member’s employer registered, and only once the member authorised it', async () => {
    const alice = await member('A100001');
    const first = await alice.request('/api/widgets/jeton', { method: 'POST', json: { origin: INTRANET } });
    assert.equal(first.status, 403);
    const ask = (await first.json()) as Problem;
    assert.equal(ask.code, WIDGET_CONSENT_REQUIRED);
    assert.match(
      ask.detail,
      /^Autoriser http:\/\/localhost:4100 à afficher vos documents clés, .* et vos remboursements santé \?$/,
    );
    await authorisedToken(alice);

    const refused = await alice.request('/api/widgets/autorisations', {
      method: 'POST',
      json: { origin: OTHER },
    });
    assert.equal(refused.status, 403);
    assert.equal(((await refused.json()) as Problem).detail, WIDGET_ORIGIN_REFUSED);
    const bruno = await member('A100002');
    const foreign = await bruno.request('/api/widgets/autorisations', {
      method: 'POST',
      json: { origin: INTRANET },
    });
    assert.equal(foreign.status, 403, "another employer's member");
    const anonymous = await t.app.request('/api/widgets/jeton', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: INTRANET },
      body: JSON.stringify({ origin: INTRANET }),
    });
    // A cross-site write without the portal's session: refused before any route (no token).
    assert.equal(anonymous.status, 403);
    assert.equal(((await anonymous.json()) as Problem).code, 'origin');
  });

  test('the token reads its widget routes only, from its origin, with CORS there only; never writes', async () => {
    const bearer = await authorisedToken(await member('A100001'));
    const read = await widgetCall('/api/indemnisations/paiements', INTRANET, bearer);
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('access-control-allow-origin'), INTRANET);
    assert.equal(read.headers.get('access-control-allow-credentials'), null);
    assert.equal((await widgetCall('/api/adhesion/documents/documents-cles', INTRANET, bearer)).status, 200);

    // Everything else the member can read is closed to the token.
    for (const path of [
      '/api/compte/donnees',
      '/api/adhesion/documents/contrat',
      '/api/indemnisations/justificatifs',
      '/api/menu',
      '/api/auth/session',
      '/api/demandes',
      '/api/widgets/autorisations',
    ]) {
      const answer = await widgetCall(path, INTRANET, bearer);
      assert.ok([403, 404].includes(answer.status), `${path}: ${answer.status}`);
      assert.equal(answer.headers.get('access-control-allow-origin'), null, `${path}: no CORS`);
    }
    // Documents: the key documents it lists, not the member's other documents.
    const key = await widgetCall(`/api/documents/${keyDocumentId}`, INTRANET, bearer);
    assert.equal(key.status, 200);
    assert.equal(key.headers.get('content-type'), 'application/pdf');
    assert.equal((await widgetCall(`/api/documents/${contractDocumentId}`, INTRANET, bearer)).status, 404);

    const replayed = await widgetCall('/api/indemnisations/paiements', OTHER, bearer);
    assert.equal(replayed.status, 401, 'a token replayed from another origin is refused');
    assert.equal(replayed.headers.get('access-control-allow-origin'), null);
    assert.equal((await widgetCall('/api/indemnisations/paiements', INTRANET, 'forged')).status, 401);
    assert.equal((await widgetCall('/api/indemnisations/demandes', INTRANET, bearer, 'POST')).status, 403);
    assert.equal((await widgetCall('/api/widgets/jeton', INTRANET, bearer, 'POST')).status, 403);
  });

  test('preflight is answered for registered origins on widget routes only', async () => {
    const ok = await t.app.request('/api/indemnisations/paiements', {
      method: 'OPTIONS',
      headers: { origin: INTRANET, 'access-control-request-headers': 'authorization' },
    });
    assert.equal(ok.status, 204);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    const notWidget = await t.app.request('/api/compte/donnees', {
      method: 'OPTIONS',
      headers: { origin: INTRANET, 'access-control-request-headers': 'authorization' },
    });
    assert.equal(notWidget.headers.get('access-control-allow-origin'), null);
    const other = await t.app.request('/api/indemnisations/paiements', {
      method: 'OPTIONS',
      headers: { origin: OTHER },
    });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    // The kit d'adhésion (public widget) is open to registered origins.
    const kit = await t.app.request('/api/adhesion/espace/challenge', { headers: { origin: INTRANET } });
    assert.equal(kit.headers.get('access-control-allow-origin'), INTRANET);
  });

  test('logout, a password change and a reset end every token of the member', async () => {
    const alice = await member('A100001');
    const bearer = await authorisedToken(alice);
    assert.equal((await alice.request('/api/auth/logout', { method: 'POST' })).status, 204);
    assert.equal((await widgetCall('/api/indemnisations/paiements', INTRANET, bearer)).status, 401);

    const again = await member('A100001');
    const second = await authorisedToken(again);
    const changed = await again.request('/api/auth/password', {
      method: 'POST',
      json: { current: TEST_PASSWORD, password: 'Nouveau2027', confirmation: 'Nouveau2027' },
    });
    assert.equal(changed.status, 204);
    assert.equal((await widgetCall('/api/indemnisations/paiements', INTRANET, second)).status, 401);
    // (Back to the password every other test uses.)
    await again.request('/api/auth/password', {
      method: 'POST',
      json: { current: 'Nouveau2027', password: TEST_PASSWORD, confirmation: TEST_PASSWORD },
    });

    const third = await authorisedToken(await member('A100001'));
    const { sha256Hex } = await import('@portail/kernel');
    await t.kernel.db
      .insertInto('core.password_reset_tokens')
      .values({
        token_hash: sha256Hex('reset-w2'),
        member_id: ids.alice,
        expires_at: new Date(Date.now() + 60_000),
      })
      .execute();
    const reset = await t.app.request('/api/auth/password-reset/confirm', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: 'reset-w2', password: TEST_PASSWORD, confirmation: TEST_PASSWORD }),
    });
    assert.equal(reset.status, 200);
    assert.equal((await widgetCall('/api/indemnisations/paiements', INTRANET, third)).status, 401);
  });

  test('Mon compte lists the authorised intranets; withdrawing one ends its tokens at once', async () => {
    const alice = await member('A100001');
    const bearer = await authorisedToken(alice);
    const list = (await (await alice.request('/api/widgets/autorisations')).json()) as WidgetConsentList;
    assert.deepEqual(
      list.items.map((i) => [i.origin, i.employers]),
      [[INTRANET, ['Mairie de Bourges']]],
    );
    assert.match(list.purposes, /^vos documents clés, /);
    const withdrawn = await alice.request(`/api/widgets/autorisations/${encodeURIComponent(INTRANET)}`, {
      method: 'DELETE',
    });
    assert.equal(withdrawn.status, 204);
    assert.equal((await widgetCall('/api/indemnisations/paiements', INTRANET, bearer)).status, 401);
    const jeton = await alice.request('/api/widgets/jeton', { method: 'POST', json: { origin: INTRANET } });
    assert.equal(((await jeton.json()) as Problem).code, WIDGET_CONSENT_REQUIRED, 'asked again');
    const unknown = await alice.request(`/api/widgets/autorisations/${encodeURIComponent(OTHER)}`, {
      method: 'DELETE',
    });
    assert.equal(unknown.status, 404);
    // Another member sees none of Alice's consents.
    const sam = await member('S200001');
    const theirs = (await (await sam.request('/api/widgets/autorisations')).json()) as WidgetConsentList;
    assert.deepEqual(theirs.items, []);
  });

  test('an expired token, or one whose origin the employer removed, stops working; the consent goes too', async () => {
    const alice = await member('A100001');
    const bearer = await authorisedToken(alice);
    await t.kernel.db
      .updateTable('core.widget_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    assert.equal((await widgetCall('/api/indemnisations/paiements', INTRANET, bearer)).status, 401);
    const fresh = await authorisedToken(alice);

    await t.directory.createManager({
      login: 'nadia',
      email: 'nadia@example.fr',
      displayName: 'Nadia',
      password: TEST_PASSWORD,
    });
    const boss = new TestClient(t.app);
    await boss.loginManager('nadia', TEST_PASSWORD);
    const update = (widgetOrigins: string[]) =>
      boss.request(`/api/gestion/employeurs/${ids.openEmployer}`, {
        method: 'PUT',
        json: { adhesionCode: 'BOURGES-2026', features: { demande_indemnisation: true }, widgetOrigins },
      });
    // H6: origins are https (a local http intranet only outside production).
    assert.equal((await update(['http://intranet.example'])).status, 400);
    assert.equal((await update([INTRANET, 'https://intranet.mairie-bourges.fr'])).status, 200);
    assert.equal((await update(['https://intranet.mairie-bourges.fr'])).status, 200);
    assert.equal((await widgetCall('/api/indemnisations/paiements', INTRANET, fresh)).status, 401);
    const consents = (await (await alice.request('/api/widgets/autorisations')).json()) as WidgetConsentList;
    assert.deepEqual(consents.items, []);
  });

  test('in production, a registered origin must be https: a local http one is refused too', async () => {
    const production = await createTestKernel({ config: { production: true } });
    try {
      await production.directory.createManager({
        login: 'nadia',
        email: 'nadia@example.fr',
        displayName: 'N',
        password: TEST_PASSWORD,
      });
      const employer = await production.directory.createEmployer({ name: 'Mairie' });
      const boss = new TestClient(production.app);
      await boss.loginManager('nadia', TEST_PASSWORD);
      const put = (widgetOrigins: string[]) =>
        boss.request(`/api/gestion/employeurs/${employer}`, {
          method: 'PUT',
          json: { adhesionCode: null, features: { demande_indemnisation: true }, widgetOrigins },
        });
      assert.equal((await put(['http://localhost:4100'])).status, 400);
      assert.equal((await put(['https://intranet.example:8443'])).status, 200);
    } finally {
      await production.close();
    }
  });
});
