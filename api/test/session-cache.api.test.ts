import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createKernel, type Kernel, mountApi } from '@portail/kernel';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { Hono } from 'hono';

// Sessions are kept a minute here, far longer than the portal's 2 s: whatever is refused below is
// refused because the change reached the cache, not because the entry aged.
const CACHE_SECONDS = 60;

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;
/** A second process of the portal on the same database (an API slice, W1), when there is a server. */
let other: { kernel: Kernel; app: Hono } | undefined;

before(async () => {
  t = await createTestKernel({ config: { sessionCacheSeconds: CACHE_SECONDS } });
  ids = await seedBasics(t);
  if (t.kernel.config.database.kind === 'postgres') {
    const kernel = await createKernel(t.kernel.config, { mailTransport: t.mail });
    other = { kernel, app: mountApi(new Hono(), kernel, []) };
  }
});
after(async () => {
  await other?.kernel.close();
  await t.close();
});

/** The same browser (cookie, CSRF token) talking to another process. */
function sameBrowser(client: TestClient, app: Hono): TestClient {
  return Object.assign(Object.create(Object.getPrototypeOf(client)), client, { app });
}

async function until(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 3_000;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`${what}: not within 3 s`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

describe('A8 sessions read a moment ago', () => {
  test('a session is read once, then served from memory while nothing changes', async () => {
    const client = new TestClient(t.app);
    await client.login('A100001', TEST_PASSWORD);
    assert.equal((await client.request('/api/menu')).status, 200);
    // Proof that the next requests do not read it again: the database says revoked, memory does not.
    await t.kernel.db.updateTable('core.sessions').set({ revoked_at: new Date() }).execute();
    assert.equal((await client.request('/api/menu')).status, 200);
    t.kernel.sessions.cache.forget({ memberId: ids.alice });
    assert.equal((await client.request('/api/menu')).status, 401);
  });

  test('logging out ends the session at once', async () => {
    const client = new TestClient(t.app);
    await client.login('A100001', TEST_PASSWORD);
    const cookie = (client as unknown as { cookie: string }).cookie;
    assert.equal((await client.request('/api/menu')).status, 200);
    assert.equal((await client.request('/api/auth/logout', { method: 'POST' })).status, 204);
    const replay = await t.app.request('/api/menu', { headers: { cookie } });
    assert.equal(replay.status, 401);
  });

  test('a password change closes the other sessions at once', async () => {
    const phone = new TestClient(t.app);
    await phone.login('A100001', TEST_PASSWORD);
    assert.equal((await phone.request('/api/menu')).status, 200);
    const laptop = new TestClient(t.app);
    await laptop.login('A100001', TEST_PASSWORD);
    const changed = await laptop.request('/api/auth/password', {
      method: 'POST',
      json: { current: TEST_PASSWORD, password: 'Nouveau-Secret-2026', confirmation: 'Nouveau-Secret-2026' },
    });
    assert.equal(changed.status, 204);
    assert.equal((await phone.request('/api/menu')).status, 401);
    assert.equal((await laptop.request('/api/menu')).status, 200);
  });

  test('a new CGU version is asked for at once, and its acceptance lets the member in at once', async () => {
    const client = new TestClient(t.app);
    await client.login('S200001', TEST_PASSWORD);
    assert.equal((await client.request('/api/menu')).status, 200);
    await t.directory.publishCgu({ version: 2, title: 'CGU v2', sections: [] });
    assert.equal((await client.request('/api/menu')).status, 403);
    assert.equal(
      (await client.request('/api/cgu/accept', { method: 'POST', json: { version: 2 } })).status,
      200,
    );
    assert.equal((await client.request('/api/menu')).status, 200);
  });

  test('another process of the portal learns of a logout by NOTIFY', {
    skip: !process.env.DATABASE_URL,
  }, async () => {
    if (!other) throw new Error('second process missing');
    const client = new TestClient(t.app);
    await client.login('S200001', TEST_PASSWORD);
    const elsewhere = sameBrowser(client, other.app);
    assert.equal((await elsewhere.request('/api/menu')).status, 200, 'read and kept by the other process');
    assert.equal((await client.request('/api/auth/logout', { method: 'POST' })).status, 204);
    await until(async () => (await elsewhere.request('/api/menu')).status === 401, 'logout seen elsewhere');
  });
});

describe('A8 sessions in use are read again ahead of expiry', () => {
  test('a session in use never waits for the database; revoked behind the portal, it ends within the TTL', async () => {
    const short = await createTestKernel({ config: { sessionCacheSeconds: 1 } });
    try {
      await seedBasics(short);
      const client = new TestClient(short.app);
      await client.login('A100001', TEST_PASSWORD);
      const { counts } = short.kernel.sessions.cache;
      assert.equal((await client.request('/api/menu')).status, 200);
      const misses = counts.misses;
      // A request every 100 ms for 2.5 s, two and a half lifetimes of an entry: each is read again in
      // the background in the second half of its life, so no request reads it in the foreground.
      for (let i = 0; i < 25; i++) {
        assert.equal((await client.request('/api/menu')).status, 200);
        await new Promise((done) => setTimeout(done, 100));
      }
      assert.equal(counts.misses, misses, 'no request waited for the database');
      assert.ok(counts.refreshes >= 2, `${counts.refreshes} reads ahead`);
      // Revoked without the portal knowing (no NOTIFY): a read ahead finds it, and it is served no more.
      await short.kernel.db.updateTable('core.sessions').set({ revoked_at: new Date() }).execute();
      await until(
        async () => (await client.request('/api/menu')).status === 401,
        'the revoked session refused',
      );
    } finally {
      await short.close();
    }
  });
});
