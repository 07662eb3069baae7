// SPEC A8, the warning before the idle limit: « Rester connecté » restarts the session's idle clock
// (`POST /api/auth/session/keepalive`, a member's write), and the shell asks what the session has
// left without restarting it (`GET /api/auth/session/idle`), so that a tab does not warn a member
// who is active in another one.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SessionIdle } from '@portail/kernel/contract';
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

const IDLE_SECONDS = 30 * 60;

/** Moves the idle clock of every open session of `memberId` back by `minutes`. */
async function idleFor(memberId: string, minutes: number): Promise<void> {
  await t.kernel.db
    .updateTable('core.sessions')
    .set({ last_seen_at: new Date(Date.now() - minutes * 60_000) })
    .where('member_id', '=', memberId)
    .where('revoked_at', 'is', null)
    .execute();
  // The clock moved in the database only: the sessions this process read a moment ago are stale.
  t.kernel.sessions.cache.forget({ memberId });
}

async function lastSeen(memberId: string): Promise<number> {
  const row = await t.kernel.db
    .selectFrom('core.sessions')
    .select('last_seen_at')
    .where('member_id', '=', memberId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  return new Date(row.last_seen_at).getTime();
}

async function idleLeft(client: TestClient): Promise<number> {
  const response = await client.request('/api/auth/session/idle');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  return ((await response.json()) as SessionIdle).idleRemainingSeconds;
}

describe('A8 keepalive', () => {
  test('a visitor gets 401 (problem+json in French), and the idle check answers 0', async () => {
    const visitor = new TestClient(t.app);
    const response = await visitor.request('/api/auth/session/keepalive', { method: 'POST' });
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.equal(
      ((await response.json()) as { detail: string }).detail,
      'Vous devez vous connecter pour accéder à ce service.',
    );
    assert.equal(await idleLeft(visitor), 0);
  });

  test('restarts the idle clock of the member’s session, and only theirs', async () => {
    const alice = new TestClient(t.app);
    await alice.login('A100001', TEST_PASSWORD);
    const bruno = new TestClient(t.app);
    await bruno.login('A100002', TEST_PASSWORD);
    await idleFor(ids.alice, 20);
    await idleFor(ids.bruno, 20);
    const brunoBefore = await lastSeen(ids.bruno);

    // Asking what is left does not restart the clock.
    const left = await idleLeft(alice);
    assert.ok(Math.abs(left - (IDLE_SECONDS - 20 * 60)) < 5, `${left} s left`);
    assert.ok(Math.abs((await idleLeft(alice)) - left) < 5);
    assert.ok(Date.now() - (await lastSeen(ids.alice)) > 19 * 60_000, 'the check kept the session alive');

    const kept = await alice.request('/api/auth/session/keepalive', { method: 'POST' });
    assert.equal(kept.status, 200);
    const answer = (await kept.json()) as SessionIdle;
    assert.ok(
      Math.abs(answer.idleRemainingSeconds - IDLE_SECONDS) < 5,
      `${answer.idleRemainingSeconds} s left`,
    );
    assert.ok(Date.now() - (await lastSeen(ids.alice)) < 5_000, 'the idle clock restarted');
    assert.ok(Math.abs((await idleLeft(alice)) - IDLE_SECONDS) < 5);

    // Bruno's session is untouched: his clock still says 20 minutes idle.
    assert.equal(await lastSeen(ids.bruno), brunoBefore);
    assert.ok(Math.abs((await idleLeft(bruno)) - (IDLE_SECONDS - 20 * 60)) < 5);

    // 15 more minutes: Alice's session, kept alive, is still valid; Bruno's is over.
    await idleFor(ids.alice, 15);
    await idleFor(ids.bruno, 35);
    assert.equal((await alice.request('/api/menu')).status, 200);
    assert.equal((await bruno.request('/api/menu')).status, 401);
  });

  test('needs the CSRF token, as every write', async () => {
    const client = new TestClient(t.app);
    await client.login('A100001', TEST_PASSWORD);
    const token = client.csrfToken;
    client.csrfToken = '';
    const refused = await client.request('/api/auth/session/keepalive', { method: 'POST' });
    assert.equal(refused.status, 403);
    client.csrfToken = token;
    assert.equal((await client.request('/api/auth/session/keepalive', { method: 'POST' })).status, 200);
  });

  test('cannot bring an expired session back; the idle check then answers 0 and clears the cookie', async () => {
    const client = new TestClient(t.app);
    await client.login('A100001', TEST_PASSWORD);
    await idleFor(ids.alice, 31);
    const idle = await client.request('/api/auth/session/idle');
    assert.equal(((await idle.json()) as SessionIdle).idleRemainingSeconds, 0);
    assert.match(idle.headers.get('set-cookie') ?? '', /Max-Age=0|Expires=Thu, 01 Jan 1970/i);

    const again = new TestClient(t.app);
    await again.login('A100001', TEST_PASSWORD);
    await idleFor(ids.alice, 31);
    const response = await again.request('/api/auth/session/keepalive', { method: 'POST' });
    assert.equal(response.status, 401);
    assert.equal(((await response.json()) as { code: string }).code, 'session-expired');
    assert.equal((await again.request('/api/menu')).status, 401);
  });
});
