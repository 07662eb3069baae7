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
});
after(() => t.close());

async function problem(response: Response) {
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  return (await response.json()) as {
    status: number;
    detail: string;
    code?: string;
    errors?: { field: string }[];
  };
}

describe('A1 login', () => {
  test('logs in by identifier or e-mail, session cookie is HttpOnly and SameSite', async () => {
    const client = new TestClient(t.app);
    const password = await client.request('/api/auth/login', {
      method: 'POST',
      json: { login: 'a100001', password: TEST_PASSWORD },
    });
    // SPEC P8: from a device the portal does not know, the session opens after the code.
    assert.equal(password.status, 202);
    assert.equal(password.headers.get('set-cookie'), null, 'no session before the code');
    const { challenge } = (await password.json()) as { challenge: string };
    const response = await client.request('/api/auth/login/code', {
      method: 'POST',
      json: { challenge, code: await client.codeFor(challenge) },
    });
    assert.equal(response.status, 200);
    const cookie = response.headers.get('set-cookie') ?? '';
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    const byEmail = new TestClient(t.app);
    const session = await byEmail.login('ALICE@example.fr', TEST_PASSWORD);
    assert.equal(session.member.identifier, 'A100001');
    assert.equal(session.cguRequired, false);
  });

  test('wrong password and unknown login: from a new browser the same code step as a right password (P8); from a remembered device the generic French message', async () => {
    const login = (client: TestClient, name: string, password: string) =>
      client.request('/api/auth/login', { method: 'POST', json: { login: name, password } });
    const outline = async (response: Response) => [
      response.status,
      response.headers.get('cache-control'),
      Object.keys(await response.json()).sort(),
    ];
    const right = await outline(await login(new TestClient(t.app), 'A100001', TEST_PASSWORD));
    assert.equal(right[0], 202);
    assert.deepEqual(await outline(await login(new TestClient(t.app), 'A100001', 'Mauvais1')), right);
    assert.deepEqual(await outline(await login(new TestClient(t.app), 'nobody', 'Mauvais1')), right);

    // A browser the member asked to remember already proved itself: a wrong password is told at once.
    const remembered = new TestClient(t.app);
    const device = await t.kernel.trustedDevices.issue(ids.alice, null);
    remembered.setCookie(t.kernel.trustedDevices.cookieName, device.token);
    const wrong = await problem(await login(remembered, 'A100001', 'Mauvais1'));
    assert.equal(wrong.status, 401);
    assert.equal(wrong.code, 'bad-credentials');
    assert.equal(wrong.detail, 'Identifiant ou mot de passe incorrect.');
    const byEmail = await problem(await login(remembered, 'alice@example.fr', 'Mauvais1'));
    assert.deepEqual([byEmail.status, byEmail.detail], [wrong.status, wrong.detail]);
  });

  test('empty fields are marked, malformed JSON is refused in French', async () => {
    const client = new TestClient(t.app);
    const empty = await problem(
      await client.request('/api/auth/login', { method: 'POST', json: { login: '', password: '' } }),
    );
    assert.equal(empty.status, 400);
    assert.deepEqual(empty.errors?.map((e) => e.field).sort(), ['login', 'password']);
    const malformed = await problem(
      await client.request('/api/auth/login', {
        method: 'POST',
        body: '{"login":',
        headers: { 'content-type': 'application/json' },
      }),
    );
    assert.equal(malformed.status, 400);
    assert.match(malformed.detail, /JSON/);
  });
});

describe('A8 session', () => {
  test('logout revokes the session; the old cookie then gets 401', async () => {
    const client = new TestClient(t.app);
    await client.login('A100001', TEST_PASSWORD);
    assert.equal((await client.request('/api/menu')).status, 200);
    const stolenCookie = (client as unknown as { cookie: string }).cookie;
    assert.equal((await client.request('/api/auth/logout', { method: 'POST' })).status, 204);
    const replay = await t.app.request('/api/menu', { headers: { cookie: stolenCookie } });
    const body = await problem(replay);
    assert.equal(replay.status, 401);
    assert.equal(body.code, 'session-expired');
  });

  test('a session idle longer than the timeout has expired', async () => {
    const client = new TestClient(t.app);
    await client.login('A100001', TEST_PASSWORD);
    await t.kernel.db
      .updateTable('core.sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('member_id', '=', ids.alice)
      .execute();
    // The clock moved in the database only: the session this process read at login is stale.
    t.kernel.sessions.cache.forget({ memberId: ids.alice });
    const response = await client.request('/api/menu');
    assert.equal(response.status, 401);
    assert.equal((await problem(response)).detail, 'Votre session a expiré. Veuillez vous reconnecter.');
  });

  test("the shell's check answers a visitor 204 (no error), a member their session; the member route keeps its 401", async () => {
    const visitor = new TestClient(t.app);
    const nobody = await visitor.request('/api/auth/session/status');
    assert.equal(nobody.status, 204);
    assert.equal(await nobody.text(), '');
    assert.equal(nobody.headers.get('cache-control'), 'no-store');
    assert.equal((await visitor.request('/api/auth/session')).status, 401);
    assert.equal((await visitor.request('/api/menu')).status, 401);

    const client = new TestClient(t.app);
    const session = await client.login('A100001', TEST_PASSWORD);
    const known = await client.request('/api/auth/session/status');
    assert.equal(known.status, 200);
    assert.equal(known.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await known.json(), await (await client.request('/api/auth/session')).json());
    assert.equal(session.member.identifier, 'A100001');

    // An expired session: nobody, and the browser forgets its cookie.
    await t.kernel.db
      .updateTable('core.sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('member_id', '=', ids.alice)
      .execute();
    t.kernel.sessions.cache.forget({ memberId: ids.alice });
    const expired = await client.request('/api/auth/session/status');
    assert.equal(expired.status, 204);
    assert.match(expired.headers.get('set-cookie') ?? '', /Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    assert.equal((await client.request('/api/auth/session')).status, 401);
  });

  test('only a hash of the session token is stored', async () => {
    const client = new TestClient(t.app);
    await client.login('A100001', TEST_PASSWORD);
    const token = decodeURIComponent((client as unknown as { cookie: string }).cookie.split('=')[1] ?? '');
    const rows = await t.kernel.db.selectFrom('core.sessions').select('token_hash').execute();
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => r.token_hash !== token && r.token_hash.length === 64));
  });

  test('writes need the CSRF token and a same-origin request', async () => {
    const client = new TestClient(t.app);
    await client.login('A100001', TEST_PASSWORD);
    const token = client.csrfToken;
    client.csrfToken = '';
    const missing = await client.request('/api/cgu/accept', { method: 'POST', json: { version: 1 } });
    assert.equal(missing.status, 403);
    assert.equal((await problem(missing)).code, 'csrf');
    client.csrfToken = token;
    const crossSite = await client.request('/api/cgu/accept', {
      method: 'POST',
      json: { version: 1 },
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(crossSite.status, 403);
    assert.equal((await problem(crossSite)).code, 'origin');
  });

  test('unknown API routes answer a French problem', async () => {
    const response = await t.app.request('/api/nothing-here');
    assert.equal(response.status, 404);
    assert.match((await problem(response)).detail, /n'existe pas/);
  });
});

describe('A8 sessions survive a restart; production cookies are Secure', () => {
  test('a session opened before a restart of the API is still valid after it', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dataDir = await mkdtemp(join(tmpdir(), 'portail-restart-'));
    const database = process.env.DATABASE_URL ? undefined : { kind: 'pglite' as const, dataDir };
    const first = await createTestKernel(database ? { config: { database } } : {});
    await seedBasics(first);
    const client = new TestClient(first.app);
    await client.login('A100001', TEST_PASSWORD);
    const cookie = (client as unknown as { cookie: string }).cookie;
    const config = first.kernel.config;
    await first.kernel.close();
    const { createKernel, mountApi } = await import('@portail/kernel');
    const { Hono } = await import('hono');
    const second = await createKernel(config);
    const app = mountApi(new Hono(), second, []);
    const response = await app.request('/api/auth/session', { headers: { cookie } });
    assert.equal(response.status, 200);
    await second.close();
    await first.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('in production the cookie is Secure with the __Host- prefix', async () => {
    const prod = await createTestKernel({ config: { production: true } });
    await seedBasics(prod);
    const client = new TestClient(prod.app);
    await client.login('A100001', TEST_PASSWORD);
    const device = client.cookieValue('__Host-portail_appareil') ?? '';
    const response = await prod.app.request('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ login: 'A100001', password: TEST_PASSWORD }),
      headers: { 'content-type': 'application/json', cookie: `__Host-portail_appareil=${device}` },
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^__Host-portail_session=/);
    assert.match(cookie, /; Secure/);
    assert.match(cookie, /; HttpOnly/);
    await prod.close();
  });
});
