// `/metrics` (Prometheus text format): answers counted and timed under their route's pattern, the
// pool, the session cache, uploads, the outbox, Node's event-loop lag; a bearer token when one is
// set, absent in production without it; and a log line per request with its id and route.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { createLogger, metricsRoute } from '@portail/kernel';
import {
  createTestKernel,
  sampleFile,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
  uploadForm,
} from '@portail/kernel/testing';
import { Hono } from 'hono';
import { uploadSection } from './upload-section.js';

const logLines: Record<string, unknown>[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
    done();
  },
});

let t: TestKernel;
let alice: TestClient;

async function scrape(kernel = t.kernel, authorization?: string): Promise<Response> {
  const app = new Hono().route('/', metricsRoute(kernel));
  return app.request('/metrics', { headers: authorization ? { authorization } : {} });
}

/** The value of the sample `name{labels}` in the text, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((label) => present.includes(label))) return Number(match[3]);
  }
  return undefined;
}

before(async () => {
  t = await createTestKernel({ sections: [uploadSection], logger: createLogger('info', logStream) });
  t.kernel.metrics.collectProcessMetrics();
  await seedBasics(t);
  alice = new TestClient(t.app);
  await alice.login('A100001', TEST_PASSWORD);
});
after(() => t.close());

describe('/metrics', () => {
  test('answers by route pattern and status, never by raw path', async () => {
    for (const id of ['3f1c2a4e-0000-4000-8000-000000000001', '3f1c2a4e-0000-4000-8000-000000000002']) {
      assert.equal((await alice.request(`/api/documents/${id}`)).status, 404);
    }
    assert.equal((await alice.request('/api/pas-une-route')).status, 404);
    const text = await (await scrape()).text();
    assert.equal(sample(text, 'portail_http_requests_total', { route: '/api/auth/login', status: '200' }), 1);
    assert.equal(
      sample(text, 'portail_http_requests_total', {
        method: 'GET',
        route: '/api/documents/:id',
        status: '404',
      }),
      2,
    );
    assert.equal(sample(text, 'portail_http_requests_total', { route: 'unmatched', status: '404' }), 1);
    assert.ok(!text.includes('3f1c2a4e'), 'no raw path in a label');
    assert.equal(
      sample(text, 'portail_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/api/documents/:id',
      }),
      2,
    );
  });

  test('the session cache, uploads, the outbox, the pool and the event loop', async () => {
    await alice.request('/api/auth/session');
    const upload = await alice.request('/api/essai/envois', {
      method: 'POST',
      body: uploadForm({ note: 'ok' }, [sampleFile('pdf', 2000)]),
    });
    assert.equal(upload.status, 201);
    await t.kernel.outbox.enqueueEmail({ to: 'alice@example.fr', subject: 'Essai', text: 'Bonjour' });
    const text = await (await scrape()).text();
    assert.ok((sample(text, 'portail_session_cache_lookups_total', { result: 'hit' }) ?? 0) >= 1);
    assert.ok((sample(text, 'portail_session_cache_lookups_total', { result: 'miss' }) ?? 0) >= 1);
    assert.equal(sample(text, 'portail_upload_files_total'), 1);
    assert.equal(sample(text, 'portail_upload_bytes_total'), 2000);
    const pending = await t.kernel.db
      .selectFrom('core.outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    assert.equal(sample(text, 'portail_outbox_pending'), Number(pending.n));
    assert.ok((sample(text, 'portail_outbox_oldest_pending_seconds') ?? -1) >= 0);
    const poolSize = sample(text, 'portail_db_pool_size');
    assert.equal(poolSize, t.kernel.config.database.kind === 'postgres' ? 10 : 0);
    assert.equal(sample(text, 'portail_db_pool_transactions'), 0);
    assert.notEqual(sample(text, 'nodejs_eventloop_lag_seconds'), undefined);
  });

  test('each request is logged with its id, route, status and time', () => {
    const entry = logLines.find((line) => line.msg === 'request' && line.route === '/api/documents/:id');
    assert.ok(entry, 'no request log line');
    assert.equal(entry.status, 404);
    assert.equal(typeof entry.requestId, 'string');
    assert.equal(typeof entry.ms, 'number');
  });

  test('with METRICS_TOKEN, a bearer token; in production without one, nothing', async () => {
    const guarded = await createTestKernel({ config: { metricsToken: 'jeton-metrics' } });
    const production = await createTestKernel({ config: { production: true, metricsToken: null } });
    try {
      assert.equal((await scrape(guarded.kernel)).status, 401);
      assert.equal((await scrape(guarded.kernel, 'Bearer autre')).status, 401);
      const allowed = await scrape(guarded.kernel, 'Bearer jeton-metrics');
      assert.equal(allowed.status, 200);
      assert.match(allowed.headers.get('content-type') ?? '', /^text\/plain/);
      assert.equal((await scrape(production.kernel)).status, 404);
    } finally {
      await guarded.close();
      await production.close();
    }
  });
});
