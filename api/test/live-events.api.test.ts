// SPEC P2 live updates: what a writer publishes in its transaction reaches the member's open streams
// (`GET /api/evenements`, Server-Sent Events) on commit only, in every process, and nobody else's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CoreKernel, createKernel, type Kernel, mountApi } from '@portail/kernel';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { Hono } from 'hono';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;
/** A second process of the portal on the same database, when there is a server (PostgreSQL). */
let other: { kernel: CoreKernel; app: Hono } | undefined;

before(async () => {
  t = await createTestKernel();
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

interface Frame {
  id?: string;
  event?: string;
  data?: string;
}

/** Reads a `text/event-stream` answer frame by frame (comments left aside). */
class StreamReader {
  readonly frames: Frame[] = [];
  ended = false;
  #buffer = '';
  #waiters: (() => void)[] = [];
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;

  constructor(readonly response: Response) {
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
    assert.ok(response.body);
    this.#reader = response.body.getReader();
    void this.#pump();
  }

  async #pump(): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = await this.#reader.read();
        if (done) break;
        this.#buffer += decoder.decode(value, { stream: true });
        let end = this.#buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = this.#buffer.slice(0, end);
          this.#buffer = this.#buffer.slice(end + 2);
          const frame: Frame = {};
          for (const line of block.split('\n')) {
            const [, field, value = ''] = line.match(/^([a-z]+): ?(.*)$/) ?? [];
            if (field === 'id' || field === 'event' || field === 'data') frame[field] = value;
          }
          if (frame.id !== undefined || frame.event || frame.data) this.frames.push(frame);
          end = this.#buffer.indexOf('\n\n');
        }
        this.#wake();
      }
    } catch {
      // cancelled
    }
    this.ended = true;
    this.#wake();
  }

  #wake(): void {
    for (const waiter of this.#waiters.splice(0)) waiter();
  }

  /** The events' data, parsed. */
  get events(): { id: string; type: string; title: string; href?: string }[] {
    return this.frames.filter((f) => f.data && !f.event).map((f) => JSON.parse(f.data ?? '{}'));
  }

  async until(check: () => boolean, what: string, ms = 3_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      const left = deadline - Date.now();
      if (left <= 0) assert.fail(`${what}: not within ${ms} ms (frames: ${JSON.stringify(this.frames)})`);
      await new Promise<void>((done) => {
        const timer = setTimeout(done, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          done();
        });
      });
    }
  }

  /** The id of the stream's starting point (a first connection), or of its last event. */
  async lastId(): Promise<string> {
    await this.until(() => this.frames.some((f) => f.id !== undefined), 'a first id');
    return [...this.frames].reverse().find((f) => f.id !== undefined)?.id ?? '';
  }

  async close(): Promise<void> {
    await this.#reader.cancel().catch(() => {});
  }
}

async function loggedIn(identifier: string): Promise<TestClient> {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  return client;
}

async function open(client: TestClient, headers: Record<string, string> = {}): Promise<StreamReader> {
  const stream = new StreamReader(await client.request('/api/evenements', { headers }));
  await stream.lastId();
  return stream;
}

async function publish(memberId: string, title: string, kernel: Kernel = t.kernel): Promise<void> {
  await kernel
    .database<unknown>()
    .transaction()
    .execute((trx) =>
      kernel.liveEvents.publish(trx, memberId, { type: 'document', title, href: '/documents' }),
    );
}

describe('P2 live updates (GET /api/evenements)', () => {
  test('anonymous: 401, French problem, no stream', async () => {
    const response = await t.app.request('/api/evenements');
    assert.equal(response.status, 401);
    assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
    assert.match(((await response.json()) as { detail: string }).detail, /connecter/);
  });

  test('an event reaches the stream when its transaction commits, never when it rolls back', async () => {
    const alice = await loggedIn('A100001');
    const stream = await open(alice);
    assert.equal(stream.response.headers.get('x-accel-buffering'), 'no');
    await assert.rejects(
      t.kernel.db.transaction().execute(async (trx) => {
        await t.kernel.liveEvents.publish(trx, ids.alice, { type: 'decision', title: 'Annulé' });
        throw new Error('rollback');
      }),
      /rollback/,
    );
    await publish(ids.alice, 'Un nouveau document est disponible.');
    await stream.until(() => stream.events.length > 0, 'the committed event');
    assert.deepEqual(
      stream.events.map(({ type, title, href }) => ({ type, title, href })),
      [{ type: 'document', title: 'Un nouveau document est disponible.', href: '/documents' }],
    );
    assert.match(stream.events[0]?.id ?? '', /^\d+$/);
    await stream.close();
  });

  test("another member's stream gets nothing of it; each of a member's tabs gets it", async () => {
    const aliceTab1 = await open(await loggedIn('A100001'));
    const aliceTab2 = await open(await loggedIn('A100001'));
    const bruno = await open(await loggedIn('A100002'));
    await publish(ids.alice, 'Pour Alice seulement');
    await publish(ids.bruno, 'Pour Bruno');
    await bruno.until(() => bruno.events.length > 0, "Bruno's own event");
    for (const tab of [aliceTab1, aliceTab2]) await tab.until(() => tab.events.length > 0, "Alice's event");
    assert.deepEqual(
      bruno.events.map((e) => e.title),
      ['Pour Bruno'],
    );
    assert.deepEqual(
      aliceTab2.events.map((e) => e.title),
      ['Pour Alice seulement'],
    );
    for (const stream of [aliceTab1, aliceTab2, bruno]) await stream.close();
  });

  test('Last-Event-ID: a reconnecting tab gets what it missed, once, and only its own', async () => {
    const alice = await loggedIn('A100001');
    const first = await open(alice);
    const cursor = await first.lastId();
    await first.close();
    await publish(ids.alice, 'Manqué 1');
    await publish(ids.bruno, 'Pas pour Alice');
    await publish(ids.alice, 'Manqué 2');
    const again = await open(alice, { 'last-event-id': cursor });
    await again.until(() => again.events.length >= 2, 'the missed events');
    assert.deepEqual(
      again.events.map((e) => e.title),
      ['Manqué 1', 'Manqué 2'],
    );
    const firstMissed = again.events[0]?.id ?? '';
    await again.close();
    const third = await open(alice, { 'last-event-id': firstMissed });
    await third.until(() => third.events.length >= 1, 'the last missed event');
    await new Promise((done) => setTimeout(done, 100));
    assert.deepEqual(
      third.events.map((e) => e.title),
      ['Manqué 2'],
    );
    await third.close();
    // A malformed id is no id: no replay, a starting point.
    const odd = await open(alice, { 'last-event-id': "1' OR 1=1" });
    await new Promise((done) => setTimeout(done, 100));
    assert.deepEqual(odd.events, []);
    await odd.close();
  });

  test('logging out ends the stream (session-end), and a new one is refused', async () => {
    const alice = await loggedIn('A100001');
    const stream = await open(alice);
    assert.equal((await alice.request('/api/auth/logout', { method: 'POST' })).status, 204);
    await stream.until(() => stream.ended, 'the end of the stream');
    assert.ok(stream.frames.some((f) => f.event === 'session-end'));
    assert.equal((await alice.request('/api/evenements')).status, 401);
  });

  test('a session revoked elsewhere (password change on another device) ends its streams', async () => {
    const phone = await loggedIn('A100002');
    const stream = await open(phone);
    const laptop = await loggedIn('A100002');
    await t.kernel.sessions.revokeAllOf(ids.bruno);
    await stream.until(() => stream.ended, 'the end of the stream');
    assert.equal((await laptop.request('/api/evenements')).status, 401);
  });

  test('a manager’s answer and decision are published in their transaction', async () => {
    const sam = await loggedIn('S200001');
    const stream = await open(sam);
    const managerId = await t.directory.createManager({
      login: 'gestionnaire.live',
      email: 'gestionnaire.live@example.fr',
      displayName: 'Gestionnaire',
      password: TEST_PASSWORD,
    });
    const [question, change] = await t.kernel.db.transaction().execute(async (trx) => [
      await t.kernel.requests.create(trx, {
        memberId: ids.sam,
        section: 'contact',
        kind: 'question',
        label: 'Question',
        audit: { action: 'demande.question' },
      }),
      await t.kernel.requests.create(trx, {
        memberId: ids.sam,
        section: 'contact',
        kind: 'message',
        label: 'Message',
        audit: { action: 'demande.message' },
      }),
    ]);
    await t.kernel.requests.answer({ requestId: question, managerId, text: 'Voici la réponse.' });
    await t.kernel.requests.decide({
      requestId: change,
      managerId,
      decision: 'refused',
      reason: 'Incomplet',
    });
    await stream.until(() => stream.events.length >= 2, 'the answer and the decision');
    assert.deepEqual(
      stream.events.map(({ type, title, href }) => ({ type, title, href })),
      [
        {
          type: 'answer',
          title: 'Nos services ont répondu à votre demande « Question ».',
          href: '/contact/suivi',
        },
        { type: 'decision', title: 'Votre demande « Message » a été refusée.', href: '/contact/suivi' },
      ],
    );
    await stream.close();
  });

  test('two processes on one database: published through one, received on a stream of the other', async (ctx) => {
    if (!other) {
      ctx.skip('needs PostgreSQL (DATABASE_URL)');
      return;
    }
    const client = new TestClient(other.app, other.kernel);
    await client.login('A100001', TEST_PASSWORD);
    const stream = await open(client);
    await publish(ids.alice, 'Depuis l’autre processus', t.kernel);
    await stream.until(() => stream.events.length > 0, 'the event from the other process');
    assert.equal(stream.events[0]?.title, 'Depuis l’autre processus');
    // And a logout through the first process ends it here too.
    const logout = await t.app.request('/api/auth/logout', {
      method: 'POST',
      headers: {
        cookie: (client as unknown as { cookie: string }).cookie,
        'x-csrf-token': client.csrfToken,
        origin: t.kernel.config.publicUrl,
      },
    });
    assert.equal(logout.status, 204);
    await stream.until(() => stream.ended, 'the end of the stream on the other process');
  });

  test('old events are purged', async () => {
    await publish(ids.alice, 'Ancien');
    assert.ok((await t.kernel.liveEvents.purge(0)) >= 1);
    const left = await t.kernel.db.selectFrom('core.live_events').select('id').execute();
    assert.deepEqual(left, []);
  });
});
