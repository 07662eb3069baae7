// Password guessing (SPEC A1, D4, H1): tries counted before the check, waits that grow per account
// and client, nobody held for long from one address, « Besoin d'aide » always gets the member back.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { clientIpFrom } from '@portail/kernel';
import {
  createTestKernel,
  loginCodeOf,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';

process.env.TRUST_PROXY = '1';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;

before(async () => {
  t = await createTestKernel();
  ids = await seedBasics(t);
  await t.directory.createManager({
    login: 'nadia',
    email: 'nadia@example.fr',
    displayName: 'Nadia',
    password: TEST_PASSWORD,
  });
});
after(() => t.close());

/** A login try from `ip` (one proxy trusted: the client is the last `X-Forwarded-For` entry). */
function tryLogin(login: string, password: string, ip: string, path = '/api/auth/login') {
  return t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ login, password }),
  });
}

/**
 * SPEC P8: the right password from an unknown device (202) goes on with the code from the outbox,
 * sent from the same address; the session's answer.
 */
async function withCode(answer: Response, ip: string, path = '/api/auth/login/code') {
  return tryCode(await challengeOf(answer), ip, path);
}

/** The login challenge of a password step's answer (202, the right password's: its code was sent). */
async function challengeOf(answer: Response): Promise<string> {
  assert.equal(answer.status, 202, 'the right password asks for the code');
  return ((await answer.json()) as { challenge: string }).challenge;
}

/** The code sent for the login `challenge`, typed from `ip`. */
async function tryCode(challenge: string, ip: string, path = '/api/auth/login/code') {
  const code = await loginCodeOf(t.kernel, challenge);
  return t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ challenge, code }),
  });
}

async function failedChecks(memberId: string): Promise<number> {
  const rows = await t.kernel.db
    .selectFrom('core.audit_log')
    .select('id')
    .where('action', '=', 'auth.login-failed')
    .where('target_id', '=', memberId)
    .execute();
  return rows.length;
}

/** The waits of an account end now (as if the time had passed). */
async function waitsOver(): Promise<void> {
  await t.kernel.db
    .updateTable('core.login_failures')
    .set({ locked_until: new Date(Date.now() - 1000) })
    .where('locked_until', 'is not', null)
    .execute();
}

describe('password guessing', () => {
  test('the client address is the last X-Forwarded-For entry a trusted proxy wrote, never one the client wrote', () => {
    assert.equal(clientIpFrom('10.0.0.1', '6.6.6.6, 198.51.100.7', 1), '198.51.100.7');
    assert.equal(clientIpFrom('10.0.0.1', '6.6.6.6, 198.51.100.7, 10.0.0.2', 2), '198.51.100.7');
    assert.equal(clientIpFrom('10.0.0.1', '6.6.6.6', 0), '10.0.0.1', 'no proxy trusted: the peer');
    assert.equal(clientIpFrom('10.0.0.1', undefined, 1), '10.0.0.1');
    assert.equal(clientIpFrom('10.0.0.1', '198.51.100.7', 2), '10.0.0.1', 'fewer hops than proxies');
  });

  test('A1 five wrong passwords from a client: the next try waits (30 s), even with the right password; another client is not held', async () => {
    for (let i = 0; i < 5; i++) {
      // SPEC P8: from a browser that must give a code, a wrong password gets the code step too (a
      // decoy), yet it counts.
      assert.equal((await tryLogin('S200001', 'Mauvais1', '198.51.100.10')).status, 202);
    }
    const waiting = await tryLogin('S200001', TEST_PASSWORD, '198.51.100.10');
    assert.equal(waiting.status, 429);
    const problem = (await waiting.json()) as { code: string; detail: string };
    assert.equal(problem.code, 'locked');
    assert.match(problem.detail, /réessayez dans (29|30) secondes, ou utilisez « Besoin d'aide »/);
    assert.ok(Number(waiting.headers.get('retry-after')) >= 29);
    assert.equal(await failedChecks(ids.sam), 5, 'the refused try checked no password');

    // The member, from their own connection, is not held by what another address did.
    const own = await withCode(await tryLogin('S200001', TEST_PASSWORD, '203.0.113.5'), '203.0.113.5');
    assert.equal(own.status, 200);
  });

  test('A1 each further wrong password doubles the wait, up to 15 minutes; a right one ends it', async () => {
    const ip = '198.51.100.11';
    for (let i = 0; i < 5; i++) await tryLogin('A100002', 'Mauvais1', ip);
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      await waitsOver();
      assert.equal((await tryLogin('A100002', 'Mauvais1', ip)).status, 202, 'counted');
      const refused = await tryLogin('A100002', 'Mauvais1', ip);
      assert.equal(refused.status, 429);
      waits.push(Number(refused.headers.get('retry-after')));
    }
    assert.deepEqual(
      waits.map((w) => Math.round(w / 30) * 30),
      [60, 120, 240, 480, 900, 900, 900],
    );
    await waitsOver();
    // SPEC P8: the right password's try counts as a wrong one's (the answers must not tell them
    // apart): past the free tries, it begins a wait too, which its code must wait out (429 locked).
    const challenge = await challengeOf(await tryLogin('A100002', TEST_PASSWORD, ip));
    const early = await tryCode(challenge, ip);
    assert.equal(early.status, 429);
    assert.equal(((await early.json()) as { code: string }).code, 'locked');
    assert.equal(Math.round(Number(early.headers.get('retry-after')) / 30) * 30, 900);
    // Once it is over, the code ends the login and the wait; then the count starts again.
    await waitsOver();
    assert.equal((await tryCode(challenge, ip)).status, 200);
    assert.equal((await tryLogin('A100002', 'Mauvais1', ip)).status, 202, 'the count starts again');
    assert.equal((await withCode(await tryLogin('A100002', TEST_PASSWORD, ip), ip)).status, 200);
  });

  test('A1 200 guesses at once are not 200 password checks: only the free tries are checked', async () => {
    const before = await failedChecks(ids.alice);
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => tryLogin('A100001', 'Mauvais1', '198.51.100.12')),
    );
    const statuses = answers.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 202).length, 5, 'checked (and a decoy code step)');
    assert.equal(statuses.filter((s) => s === 429).length, 195);
    assert.equal((await failedChecks(ids.alice)) - before, 5);
  });

  test('A1 guesses from many addresses: past 30 for the account, every client waits; « Besoin d’aide » clears it', async () => {
    for (let i = 0; i < 30; i++) {
      assert.equal((await tryLogin('sam@example.fr', 'Mauvais1', `192.0.2.${i + 1}`)).status, 202);
    }
    const held = await tryLogin('S200001', TEST_PASSWORD, '203.0.113.77');
    assert.equal(held.status, 429, 'the account waits, from a new address too');
    // A password reset ends every wait on the account: the member gets back in with the new one.
    const token = 'jeton-de-test';
    const { sha256Hex } = await import('@portail/kernel');
    await t.kernel.db
      .insertInto('core.password_reset_tokens')
      .values({
        token_hash: sha256Hex(token),
        member_id: ids.sam,
        expires_at: new Date(Date.now() + 600_000),
      })
      .execute();
    const reset = await t.app.request('/api/auth/password-reset/confirm', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password: 'Nouveau2027', confirmation: 'Nouveau2027' }),
    });
    assert.equal(reset.status, 200, await reset.clone().text());
    assert.equal((await tryLogin('S200001', 'Nouveau2027', '203.0.113.77')).status, 202);
  });

  test('A1 one address trying many accounts is rate-limited (credential stuffing), in French', async () => {
    const limited = await createTestKernel({
      config: {
        loginLimits: {
          freeFailures: 5,
          freeFailuresPerAccount: 30,
          maxDelayMinutes: 15,
          perClientPer5Minutes: 3,
          perPortalPerMinute: 100_000,
        },
      },
    });
    try {
      const statuses: number[] = [];
      for (const login of ['x1', 'x2', 'x3', 'x4']) {
        const response = await limited.app.request('/api/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.99' },
          body: JSON.stringify({ login, password: 'Mauvais1' }),
        });
        statuses.push(response.status);
        if (response.status === 429) {
          const problem = (await response.json()) as { detail: string; code: string };
          assert.equal(problem.code, 'rate-limited');
          assert.match(problem.detail, /réessayez dans 5 minutes/);
        }
      }
      assert.deepEqual(statuses, [202, 202, 202, 429]);
    } finally {
      await limited.close();
    }
  });

  test('A1 a client writing its own X-Forwarded-For entries cannot escape its waits', async () => {
    const real = '198.51.100.40';
    for (let i = 0; i < 5; i++) await tryLogin('A100001', 'Mauvais1', `203.0.113.${i}, ${real}`);
    // The proxy appends the real address last: whatever the client put before it, it is the same client.
    const forged = await tryLogin('A100001', TEST_PASSWORD, `192.0.2.200, ${real}`);
    assert.equal(forged.status, 429);
  });

  test('A1 the whole portal has a ceiling too: past it, every login waits a minute (503, Retry-After)', async () => {
    const busy = await createTestKernel({
      config: {
        loginLimits: {
          freeFailures: 5,
          freeFailuresPerAccount: 30,
          maxDelayMinutes: 15,
          perClientPer5Minutes: 100_000,
          perPortalPerMinute: 2,
        },
      },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await busy.app.request('/api/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${i}` },
          body: JSON.stringify({ login: `x${i}`, password: 'Mauvais1' }),
        });
        statuses.push(response.status);
        if (response.status === 503) assert.equal(response.headers.get('retry-after'), '60');
      }
      assert.deepEqual(statuses, [202, 202, 503]);
    } finally {
      await busy.close();
    }
  });

  test('H1 a manager: the same waits', async () => {
    for (let i = 0; i < 5; i++) {
      assert.equal(
        (await tryLogin('nadia', 'Mauvais1', '198.51.100.20', '/api/gestion/auth/login')).status,
        202,
      );
    }
    const waiting = await tryLogin('nadia', TEST_PASSWORD, '198.51.100.20', '/api/gestion/auth/login');
    assert.equal(waiting.status, 429);
    const other = await tryLogin('nadia', TEST_PASSWORD, '198.51.100.21', '/api/gestion/auth/login');
    assert.equal((await withCode(other, '198.51.100.21', '/api/gestion/auth/login/code')).status, 200);
  });

  test('D4 wrong current passwords count against the same account', async () => {
    const client = new TestClient(t.app);
    await client.login('A100002', TEST_PASSWORD);
    for (let i = 0; i < 5; i++) {
      const wrong = await client.request('/api/auth/password', {
        method: 'POST',
        json: { current: 'Mauvais2026', password: 'Nouveau2027', confirmation: 'Nouveau2027' },
      });
      assert.equal(wrong.status, 400);
    }
    const waiting = await client.request('/api/auth/password', {
      method: 'POST',
      json: { current: TEST_PASSWORD, password: 'Nouveau2027', confirmation: 'Nouveau2027' },
    });
    assert.equal(waiting.status, 429);
  });
});
