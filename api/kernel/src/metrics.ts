import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Kysely } from 'kysely';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolUsage } from './postgres-dialect.js';
import type { CoreDatabase } from './schema.js';

/** What the metrics read when they are scraped. */
export interface MetricSources {
  db: Kysely<CoreDatabase>;
  pool(): PoolUsage | null;
  sessionCache: { counts: { hits: number; misses: number } };
  uploads: { filed: { files: number; bytes: number } };
}

/** The answers' latency buckets, in seconds: most API answers take milliseconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The process's metrics in Prometheus's text format (`/metrics`, README « Operating »): per route
 * (its pattern, never the raw path) latency and status counts, the database pool, the session
 * cache, the outbox's depth and oldest pending message, uploads, and Node's own (event-loop lag,
 * memory, CPU). One registry per kernel, so that tests' kernels do not mix.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly latency: Histogram<'method' | 'route'>;
  private readonly answers: Counter<'method' | 'route' | 'status'>;
  private processMetrics = false;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    this.latency = new Histogram({
      name: 'portail_http_request_duration_seconds',
      help: 'Time to answer an API request, by route pattern.',
      labelNames: ['method', 'route'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.answers = new Counter({
      name: 'portail_http_requests_total',
      help: 'API answers, by route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    new Gauge({
      name: 'portail_db_pool_statements',
      help: 'Statements sent to PostgreSQL and not yet answered.',
      registers,
      collect() {
        this.set(sources.pool()?.statements ?? 0);
      },
    });
    new Gauge({
      name: 'portail_db_pool_transactions',
      help: 'Pool connections held by a transaction.',
      registers,
      collect() {
        this.set(sources.pool()?.transactions ?? 0);
      },
    });
    new Gauge({
      name: 'portail_db_pool_size',
      help: 'Connections of the pool (0: the embedded PGlite).',
      registers,
      collect() {
        this.set(sources.pool()?.max ?? 0);
      },
    });
    new Counter({
      name: 'portail_session_cache_lookups_total',
      help: 'Session lookups answered from memory (hit) or from the database (miss).',
      labelNames: ['result'],
      registers,
      collect() {
        this.reset();
        this.inc({ result: 'hit' }, sources.sessionCache.counts.hits);
        this.inc({ result: 'miss' }, sources.sessionCache.counts.misses);
      },
    });
    new Counter({
      name: 'portail_upload_bytes_total',
      help: 'Bytes of the uploaded files accepted and filed in the store.',
      registers,
      collect() {
        this.reset();
        this.inc(sources.uploads.filed.bytes);
      },
    });
    new Counter({
      name: 'portail_upload_files_total',
      help: 'Uploaded files accepted and filed in the store.',
      registers,
      collect() {
        this.reset();
        this.inc(sources.uploads.filed.files);
      },
    });
    // One query per scrape for both outbox figures: the depth gauge's collect sets the age too
    // (registered first, so it is collected first).
    const oldestPending = new Gauge({
      name: 'portail_outbox_oldest_pending_seconds',
      help: 'Age of the oldest message waiting to be sent (0 when none).',
      registers: [],
    });
    new Gauge({
      name: 'portail_outbox_pending',
      help: 'E-mails and SMS waiting to be sent (all processes).',
      registers,
      async collect() {
        const { depth, oldest } = await sources.db
          .selectFrom('core.outbox')
          .select((eb) => [
            eb.fn.countAll<number>().as('depth'),
            eb.fn.min<Date | null>('created_at').as('oldest'),
          ])
          .where('status', '=', 'pending')
          .executeTakeFirstOrThrow();
        this.set(Number(depth));
        oldestPending.set(oldest ? Math.max(0, (Date.now() - new Date(oldest).getTime()) / 1000) : 0);
      },
    });
    this.registry.registerMetric(oldestPending);
  }

  /** Node's own metrics (event-loop lag, heap, CPU, handles): once, for the serving process. */
  collectProcessMetrics(): void {
    if (this.processMetrics) return;
    this.processMetrics = true;
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
  }

  /** Times each request and counts its answer under its route's pattern (`/api/contact/suivi/:id`). */
  middleware(
    onAnswer?: (entry: RequestLogEntry, c: Parameters<MiddlewareHandler>[0]) => void,
  ): MiddlewareHandler {
    return async (c, next) => {
      const started = performance.now();
      try {
        await next();
      } finally {
        const seconds = (performance.now() - started) / 1000;
        const route = routeOf(c);
        const method = c.req.method;
        const status = c.res.status;
        this.latency.observe({ method, route }, seconds);
        this.answers.inc({ method, route, status: String(status) });
        onAnswer?.({ method, route, status, ms: Math.round(seconds * 10_000) / 10 }, c);
      }
    };
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

export interface RequestLogEntry {
  method: string;
  route: string;
  status: number;
  ms: number;
}

/**
 * The pattern of the request's route (`/api/contact/suivi/:id`), even when a middleware of it
 * answered (401, 403); `unmatched` when only wildcards matched (the catch-all 404).
 */
function routeOf(c: Parameters<MiddlewareHandler>[0]): string {
  const route = matchedRoutes(c)
    .filter((candidate) => !candidate.path.endsWith('*'))
    .at(-1);
  return route?.path ?? 'unmatched';
}
