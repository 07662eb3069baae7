// Production mode's session cookies (`__Host-`, `Secure`): an idle or revoked session answers 401
// and its cookie is cleared with the very attributes it was set with — on both sides (SPEC A8, H1).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PROBLEM_CONTENT_TYPE } from '@portail/kernel/contract';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';

let t: TestKernel;

before(async () => {
  t = await createTestKernel({ config: { production: true } });
  await seedBasics(t);
  await t.directory.createManager({
    login: 'nadia',
    email: 'nadia@example.fr',
    displayName: 'Nadia',
    password: TEST_PASSWORD,
  });
});
after(() => t.close());

/** The `Set-Cookie` attributes, lower-cased and sorted (`max-age=0`, `path=/`, `secure`…). */
function attributesOf(setCookie: string | null): { name: string; value: string; attributes: string[] } {
  assert.ok(setCookie, 'a Set-Cookie header');
  const [pair = '', ...attributes] = setCookie.split(';').map((part) => part.trim());
  const [name = '', value = ''] = pair.split('=');
  return { name, value, attributes: attributes.map((a) => a.toLowerCase()).sort() };
}

/** Every session of the database idle for an hour; sessions read a moment ago are read again. */
async function idleForAnHour(): Promise<void> {
  await t.kernel.db
    .updateTable('core.sessions')
    .set({ last_seen_at: new Date(Date.now() - 3_600_000) })
    .execute();
  t.kernel.sessions.cache.forget({ all: true });
}

describe('production session cookies', () => {
  test('A8 a member: `__Host-` cookie; once idle, 401 session-expired and the cookie cleared as it was set', async () => {
    const client = new TestClient(t.app);
    const password = await client.request('/api/auth/login', {
      method: 'POST',
      json: { login: 'A100001', password: TEST_PASSWORD },
    });
    assert.equal(password.status, 202);
    const { challenge } = (await password.json()) as { challenge: string };
    const login = await client.request('/api/auth/login/code', {
      method: 'POST',
      json: { challenge, code: await client.codeFor(challenge) },
    });
    assert.equal(login.status, 200);
    const set = attributesOf(login.headers.get('set-cookie'));
    assert.equal(set.name, '__Host-portail_session');
    assert.deepEqual(set.attributes, ['httponly', 'path=/', 'samesite=lax', 'secure']);
    client.csrfToken = ((await login.json()) as { csrfToken: string }).csrfToken;
    assert.equal((await client.request('/api/auth/session')).status, 200);

    await idleForAnHour();
    const expired = await client.request('/api/auth/session');
    assert.equal(expired.status, 401);
    assert.equal(expired.headers.get('content-type'), PROBLEM_CONTENT_TYPE);
    assert.equal(((await expired.json()) as { code: string }).code, 'session-expired');
    const cleared = attributesOf(expired.headers.get('set-cookie'));
    assert.equal(cleared.name, '__Host-portail_session');
    assert.equal(cleared.value, '');
    assert.deepEqual(
      cleared.attributes.filter((a) => !a.startsWith('expires=')),
      ['httponly', 'max-age=0', 'path=/', 'samesite=lax', 'secure'],
    );
  });

  test('A8 a member route other than the session answers 401 too, never 500', async () => {
    const client = new TestClient(t.app);
    await client.login('S200001', TEST_PASSWORD);
    await idleForAnHour();
    const menu = await client.request('/api/menu');
    assert.equal(menu.status, 401);
    assert.match(menu.headers.get('set-cookie') ?? '', /^__Host-portail_session=; Max-Age=0; .*Secure/);
  });

  test('A8 logout clears the member cookie in production', async () => {
    const client = new TestClient(t.app);
    await client.login('A100002', TEST_PASSWORD);
    const logout = await client.request('/api/auth/logout', { method: 'POST' });
    assert.equal(logout.status, 204);
    const cleared = attributesOf(logout.headers.get('set-cookie'));
    assert.equal(cleared.name, '__Host-portail_session');
    assert.ok(cleared.attributes.includes('secure') && cleared.attributes.includes('max-age=0'));
  });

  test('H1 a manager: `__Host-` cookie, Strict; once idle, 401 and the cookie cleared; logout clears it', async () => {
    const client = new TestClient(t.app);
    const password = await client.request('/api/gestion/auth/login', {
      method: 'POST',
      json: { login: 'nadia', password: TEST_PASSWORD },
    });
    assert.equal(password.status, 202);
    const { challenge } = (await password.json()) as { challenge: string };
    const login = await client.request('/api/gestion/auth/login/code', {
      method: 'POST',
      json: { challenge, code: await client.codeFor(challenge) },
    });
    assert.equal(login.status, 200);
    const set = attributesOf(login.headers.get('set-cookie'));
    assert.equal(set.name, '__Host-portail_gestion');
    assert.deepEqual(set.attributes, ['httponly', 'max-age=43200', 'path=/', 'samesite=strict', 'secure']);
    client.csrfToken = ((await login.json()) as { csrfToken: string }).csrfToken;

    await idleForAnHour();
    const expired = await client.request('/api/gestion/auth/session');
    assert.equal(expired.status, 401);
    assert.equal(((await expired.json()) as { code: string }).code, 'session-expired');
    const cleared = attributesOf(expired.headers.get('set-cookie'));
    assert.equal(cleared.name, '__Host-portail_gestion');
    assert.deepEqual(
      cleared.attributes.filter((a) => !a.startsWith('expires=')),
      ['httponly', 'max-age=0', 'path=/', 'samesite=strict', 'secure'],
    );

    await client.loginManager('nadia', TEST_PASSWORD);
    const logout = await client.request('/api/gestion/auth/logout', { method: 'POST' });
    assert.equal(logout.status, 204);
    assert.match(logout.headers.get('set-cookie') ?? '', /^__Host-portail_gestion=; Max-Age=0; .*Secure/);
  });

  test('A8 a short inactivity limit holds while the member keeps using the portal', async () => {
    // 3 s of inactivity allowed: a request every second keeps the session alive well past 3 s.
    const short = await createTestKernel({ config: { production: true, sessionIdleMinutes: 0.05 } });
    try {
      await seedBasics(short);
      const client = new TestClient(short.app);
      await client.login('A100001', TEST_PASSWORD);
      for (let i = 1; i <= 5; i++) {
        await new Promise((done) => setTimeout(done, 1000));
        assert.equal((await client.request('/api/auth/session')).status, 200, `after ${i} s`);
      }
      await new Promise((done) => setTimeout(done, 3300));
      assert.equal((await client.request('/api/auth/session')).status, 401, 'idle for 3.3 s');
    } finally {
      await short.close();
    }
  });
});
