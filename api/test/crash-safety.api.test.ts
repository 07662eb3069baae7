// Crash safety in the kernel: a request, its history, its audit row and its files commit whole or
// not at all; a member's write with an Idempotency-Key is done once however often it is sent (a cut
// connection included); orphaned files are swept; a database that is gone answers 503 at once;
// the outbox retries soon, within a link's life, and never sends a dead link.
import assert from 'node:assert/strict';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import { type Kernel, type MemberEnv, retryDelayMs } from '@portail/kernel';
import type { MemberRequest } from '@portail/kernel/contract';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
  testSlice,
} from '@portail/kernel/testing';
import { Hono } from 'hono';
import { contactSlice } from '../../mfe-contact/api/index.js';

/** A section whose routes fail where a test needs them to. */
const faultySection = testSlice('panne', {
  createApi(kernel: Kernel) {
    const app = new Hono<MemberEnv>();
    app.post('/apres-creation', kernel.requireMember(), async (c) => {
      await kernel
        .database()
        .transaction()
        .execute(async (trx) => {
          await kernel.requests.create(trx, {
            memberId: c.get('member').id,
            section: 'contact',
            kind: 'message',
            label: 'Message qui échouera',
            audit: { action: 'contact.message' },
          });
          throw new Error('the process fails after the request was written, before the commit');
        });
      return c.body(null, 204);
    });
    // Behind two member guards (as a route whose router and sub-router both check): one key, one run.
    app.post('/double-garde', kernel.requireMember(), kernel.requireMember(), async (c) => {
      const id = await kernel
        .database()
        .transaction()
        .execute((trx) =>
          kernel.requests.create(trx, {
            memberId: c.get('member').id,
            section: 'contact',
            kind: 'message',
            label: 'Message',
            audit: { action: 'contact.message' },
          }),
        );
      return c.json({ id }, 201);
    });
    app.get('/base-perdue', kernel.requireMember(), () => {
      throw Object.assign(new Error('write CONNECTION_CLOSED'), { code: 'CONNECTION_CLOSED' });
    });
    app.get('/backend-termine', kernel.requireMember(), () => {
      throw Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
      });
    });
    return app;
  },
});

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;

before(async () => {
  t = await createTestKernel({ sections: [contactSlice, faultySection] });
  ids = await seedBasics(t);
});
after(() => t.close());

async function countRows(memberId: string) {
  const requests = await t.kernel.db
    .selectFrom('core.requests')
    .select('id')
    .where('member_id', '=', memberId)
    .execute();
  const events = await t.kernel.db
    .selectFrom('core.request_events')
    .select('id')
    .where(
      'request_id',
      'in',
      requests.length ? requests.map((r) => r.id) : ['00000000-0000-0000-0000-000000000000'],
    )
    .execute();
  const audit = await t.kernel.db
    .selectFrom('core.audit_log')
    .select('id')
    .where('actor_id', '=', memberId)
    .where('target_kind', '=', 'request')
    .execute();
  return { requests: requests.length, events: events.length, audit: audit.length };
}

function postMessage(client: TestClient, key?: string, text = 'Ma cotisation a été prélevée deux fois.') {
  return client.request('/api/contact/messages', {
    method: 'POST',
    json: { subject: 'cotisation', message: text },
    headers: key ? { 'Idempotency-Key': key } : {},
  });
}

describe('whole writes', () => {
  test('a request, its history and its audit row commit together, or none of them', async () => {
    const bruno = new TestClient(t.app);
    await bruno.login('A100002', TEST_PASSWORD);
    const before = await countRows(ids.bruno);
    const failed = await bruno.request('/api/panne/apres-creation', { method: 'POST' });
    assert.equal(failed.status, 500);
    assert.deepEqual(await countRows(ids.bruno), before, 'nothing half-written');
    assert.equal((await postMessage(bruno)).status, 201);
    const after = await countRows(ids.bruno);
    assert.deepEqual(after, {
      requests: before.requests + 1,
      events: before.events + 1,
      audit: before.audit + 1,
    });
  });
});

describe('idempotent member writes', () => {
  test('the same key gives the first answer back, and one request only', async () => {
    const alice = new TestClient(t.app);
    await alice.login('A100001', TEST_PASSWORD);
    const before = await countRows(ids.alice);
    const first = await postMessage(alice, 'cle-action-0001');
    assert.equal(first.status, 201);
    const firstBody = (await first.json()) as MemberRequest;
    const again = await postMessage(alice, 'cle-action-0001');
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), firstBody);
    assert.equal((await countRows(ids.alice)).requests, before.requests + 1);
    // Another action, another key: another request.
    assert.equal((await postMessage(alice, 'cle-action-0002')).status, 201);
    assert.equal((await countRows(ids.alice)).requests, before.requests + 2);
    // The same key for another route is refused.
    const elsewhere = await alice.request('/api/contact/questions', {
      method: 'POST',
      json: { theme: 'adhesion', question: 'Une question ?' },
      headers: { 'Idempotency-Key': 'cle-action-0001' },
    });
    assert.equal(elsewhere.status, 422);
    // Another member's key space is theirs.
    const sam = new TestClient(t.app);
    await sam.login('S200001', TEST_PASSWORD);
    assert.equal((await postMessage(sam, 'cle-action-0001')).status, 201);
  });

  test('a route behind two member guards runs once per key, and replays', async () => {
    const alice = new TestClient(t.app);
    await alice.login('A100001', TEST_PASSWORD);
    const send = () =>
      alice.request('/api/panne/double-garde', {
        method: 'POST',
        headers: { 'Idempotency-Key': 'cle-double-garde' },
      });
    const first = await send();
    assert.equal(first.status, 201, await first.clone().text());
    const again = await send();
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), await first.json());
  });

  test('a refused action keeps no key: corrected, it goes through with the same key', async () => {
    const alice = new TestClient(t.app);
    await alice.login('A100001', TEST_PASSWORD);
    assert.equal((await postMessage(alice, 'cle-corrigee-01', '   ')).status, 400);
    assert.equal((await postMessage(alice, 'cle-corrigee-01')).status, 201);
  });

  test('the same key sent twice at once: one request, the other told to wait or given the answer', async () => {
    const alice = new TestClient(t.app);
    await alice.login('A100001', TEST_PASSWORD);
    const before = (await countRows(ids.alice)).requests;
    const answers = await Promise.all([
      postMessage(alice, 'cle-simultanee'),
      postMessage(alice, 'cle-simultanee'),
    ]);
    const statuses = answers.map((r) => r.status).sort();
    assert.ok(
      JSON.stringify(statuses) === '[201,201]' || JSON.stringify(statuses) === '[201,409]',
      String(statuses),
    );
    assert.equal((await countRows(ids.alice)).requests, before + 1);
  });

  test('a connection cut before the answer: the retry with the same key gets it, nothing twice', async () => {
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((done) => server.once('listening', done));
    const { port } = server.address() as AddressInfo;
    try {
      const alice = new TestClient(t.app);
      await alice.login('A100001', TEST_PASSWORD);
      const cookie = (alice as unknown as { cookie: string }).cookie;
      const before = (await countRows(ids.alice)).requests;
      const body = JSON.stringify({ subject: 'cotisation', message: 'Envoyé, puis la connexion coupe.' });
      const headers = {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        cookie,
        origin: 'http://localhost',
        'x-csrf-token': alice.csrfToken,
        'idempotency-key': 'cle-coupee-0001',
      };
      // The client sends, then its connection dies before any answer arrives.
      await new Promise<void>((done) => {
        const cut = httpRequest({
          host: '127.0.0.1',
          port,
          path: '/api/contact/messages',
          method: 'POST',
          headers,
        });
        cut.on('error', () => done());
        cut.end(body, () => setTimeout(() => cut.destroy(new Error('cut')), 5));
      });
      // The server finished it anyway; the retry gets its answer.
      let replay: Response | undefined;
      for (let i = 0; i < 50; i++) {
        replay = await fetch(`http://127.0.0.1:${port}/api/contact/messages`, {
          method: 'POST',
          headers,
          body,
        });
        if (replay.status !== 409) break;
        await new Promise((done) => setTimeout(done, 100));
      }
      assert.ok(replay);
      assert.equal(replay.status, 201, await replay.clone().text());
      assert.equal(((await replay.json()) as MemberRequest).memberText, 'Envoyé, puis la connexion coupe.');
      assert.equal((await countRows(ids.alice)).requests, before + 1, 'one request, not two');
    } finally {
      server.close();
    }
  });
});

describe('orphaned files', () => {
  // The folder's layout is the disk store's; the object store's sweep is object-store.api.test.ts's.
  const onDisk = process.env.TEST_OBJECT_STORE !== 's3';
  test('the sweep removes files no committed row names, once an hour old, and old temporary files', {
    skip: !onDisk && 'files in the object store',
  }, async () => {
    const store = t.kernel.config.storageDir;
    await mkdir(join(store, '2026-12'), { recursive: true });
    await mkdir(join(store, 'tmp'), { recursive: true });
    const kept = await t.kernel.blobs.save({
      fileName: 'a.pdf',
      contentType: 'application/pdf',
      data: new Uint8Array(10),
    });
    const keptKey = (
      await t.kernel.db
        .selectFrom('core.files')
        .select('storage_key')
        .where('id', '=', kept.id)
        .executeTakeFirstOrThrow()
    ).storage_key;
    const old = new Date(Date.now() - 2 * 3_600_000);
    const files = {
      orphan: join(store, '2026-12', 'orphelin'),
      part: join(store, '2026-12', 'moitie.part'),
      fresh: join(store, '2026-12', 'en-cours'),
      temporary: join(store, 'tmp', 'upload-1'),
    };
    for (const path of Object.values(files)) await writeFile(path, 'x'.repeat(100));
    for (const path of [files.orphan, files.part, files.temporary, join(store, keptKey)])
      await utimes(path, old, old);
    const swept = await t.kernel.maintenance.runOnce();
    assert.equal(swept.orphans, 2);
    assert.equal(swept.temporary, 1);
    const { existsSync } = await import('node:fs');
    assert.equal(existsSync(files.orphan), false);
    assert.equal(existsSync(files.part), false);
    assert.equal(existsSync(files.temporary), false);
    assert.equal(existsSync(files.fresh), true, 'a file may still be in its transaction');
    assert.equal(existsSync(join(store, keptKey)), true, 'a committed file stays');
  });
});

describe('database gone', () => {
  test('a lost connection or a terminated backend answers 503 at once, with when to retry, in French', async () => {
    const alice = new TestClient(t.app);
    await alice.login('A100001', TEST_PASSWORD);
    for (const path of ['/api/panne/base-perdue', '/api/panne/backend-termine']) {
      const response = await alice.request(path);
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '5');
      const problem = (await response.json()) as { detail: string; code: string };
      assert.equal(problem.code, 'unavailable');
      assert.match(problem.detail, /^Service momentanément indisponible/);
    }
  });
});

describe('outbox recovery (N1)', () => {
  test('the first retry comes within 15 s, then doubling to 5 minutes: a dozen tries within 40 minutes', () => {
    assert.equal(retryDelayMs(1), 15_000);
    assert.equal(retryDelayMs(2), 30_000);
    assert.equal(retryDelayMs(6), 300_000);
    assert.equal(retryDelayMs(11), 300_000);
    const total = Array.from({ length: 11 }, (_, i) => retryDelayMs(i + 1)).reduce((a, b) => a + b, 0);
    assert.ok(total < 45 * 60_000, `${total}`);
  });

  test('a message is leased for a minute; a dead link is never sent, the notice to ask again goes instead', async () => {
    t.mail.sent.length = 0;
    const fresh = await t.kernel.outbox.enqueueEmail({
      to: 'alice@example.fr',
      subject: 'Lien valable',
      text: 'http://localhost/jeton-1',
      expiresAt: new Date(Date.now() + 60_000),
      whenExpired: { subject: 'Trop tard', text: 'Redemandez-en un.' },
    });
    const late = await t.kernel.outbox.enqueueEmail({
      to: 'alice@example.fr',
      subject: 'Lien mort',
      text: 'http://localhost/jeton-2',
      expiresAt: new Date(Date.now() - 1000),
      whenExpired: { subject: 'Trop tard', text: 'Redemandez-en un.' },
    });
    await t.kernel.outbox.deliverDue();
    assert.deepEqual(t.mail.sent.map((m) => m.subject).sort(), ['Lien valable', 'Trop tard']);
    assert.ok(!t.mail.sent.some((m) => m.text.includes('jeton-2')), 'the dead link never leaves');
    const rows = await t.kernel.db
      .selectFrom('core.outbox')
      .select(['id', 'status'])
      .where('id', 'in', [fresh, late])
      .execute();
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r.id === fresh ? 'fresh' : 'late', r.status])), {
      fresh: 'sent',
      late: 'expired',
    });
  });
});
