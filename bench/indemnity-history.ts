// `npm run bench:history` (issue #4): C6 Historique des indemnisations under load. Generates members
// with their indemnity payments in a fresh PostgreSQL database, logs members in through the real
// portal, then loads `GET /api/indemnisations/paiements` with autocannon, next to a bare Hono route
// that runs the same SQL through postgres.js without auth, and prints requests/s, p50 and p99.
//
// The servers run in a child process (this file with the `serve` argument), so that autocannon
// does not share an event loop with the server it measures.
//
// Environment: DATABASE_URL (the server to create the bench databases on), BENCH_MEMBERS (100000;
// several scales separated by commas, e.g. `100000,1000000`: measured one after the other and
// compared), BENCH_PAYMENTS per member (50), BENCH_DURATION seconds per route (60: twelve alternating rounds of 5 s, so that a noisy moment weighs on both routes),
// BENCH_CONNECTIONS (64), BENCH_WARMUP seconds (3), BENCH_SESSIONS members logged in (200),
// BENCH_KEEP_DATABASE=1 (keep each generated database, `portail_bench_<members>x<payments>`),
// BENCH_REUSE=1 (measure a kept one again without generating it), BENCH_PROFILE=1 (CPU profile of
// the server process in bench/profiles/).
//
// Targets (issue #20): portal ≥ 75 % of the bare route's throughput, portal p99 ≤ 1.3 × the bare
// route's, portal p50 at the largest scale ≤ 1.3 × at the smallest.
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import {
  type CoreDatabase,
  createKernel,
  createLogger,
  Directory,
  hashPassword,
  type KernelConfig,
  loadConfig,
  openDatabase,
  TrustedDevices,
} from '@portail/kernel';
import {
  INDEMNITY_PAGE_SIZE,
  type IndemnityPaymentPage,
  PAYMENTS_SHOWN_FROM,
  REFERENCE_PREFIXES,
  shortReference,
} from '@portail/mfe-indemnisations/contract';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import postgres from 'postgres';
import { createPortal } from '../api/src/host.js';
import { SECTIONS } from '../api/src/sections.js';

const root = resolve(import.meta.dirname, '..');
const PASSWORD = 'Banc-Essai-2026';
const C6_PATH = '/api/indemnisations/paiements?period=tous&sort=indemnisation&page=1';
const BARE_PATH = '/bare/paiements';
/** The upper bound of "Toutes" (indemnity-payments.ts). */
const NO_END = '2999-12-31';
/** Pool size of the bare route: the kernel's own (`openDatabase`, max 10). */
const POOL_SIZE = 10;
/** Targets (issue #20): ratios, so that they hold on a noisy machine. */
const TARGET_RATIO = 0.75;
const TARGET_P99_TIMES = 1.3;
const TARGET_SCALE_TIMES = 1.3;
const PROFILE_DIR = join(root, 'bench', 'profiles');
/** Written on a bench database once its generation is over: only such a one is measured again. */
const GENERATED = 'bench complete';

/**
 * The SQL the C6 route sends through Kysely (indemnity-payments.ts), written out for the bare route:
 * the member's payments between two days ("Toutes": from 01/01/2014, no end), and their count. What each payment was for (contract,
 * employer, membership number) the portal takes from the member its session read; the bare route
 * from the memberships it loads once for the members it serves.
 */
const FROM_WHERE = `from "indemnisations"."indemnity_payments" as "p"
  where "p"."member_id" = $1 and "p"."paid_on" >= $2 and "p"."paid_on" <= $3`;
const PAGE_SQL = `select "p"."id", "p"."nature",
  to_char("p"."event_date", 'YYYY-MM-DD') as "event_date",
  to_char("p"."period_start", 'YYYY-MM-DD') as "period_start",
  to_char("p"."period_end", 'YYYY-MM-DD') as "period_end",
  to_char("p"."paid_on", 'YYYY-MM-DD') as "paid_on",
  "p"."method", "p"."net_cents", "p"."membership_id"
  ${FROM_WHERE}
  order by "p"."paid_on" desc, "p"."period_start" desc, "p"."id" limit $4 offset $5`;
const COUNT_SQL = `select count(*) as "n" ${FROM_WHERE}`;
const MEMBERSHIPS_SQL = `select "m"."id", "e"."name" as "employer", "k"."label" as "contract",
  "m"."membership_number"
  from "core"."memberships" as "m"
  inner join "core"."contracts" as "k" on "k"."id" = "m"."contract_id"
  left join "core"."employers" as "e" on "e"."id" = "m"."employer_id"
  where "m"."member_id" = any($1::uuid[])`;

interface MembershipRow {
  id: string;
  employer: string | null;
  contract: string;
  membership_number: string;
}

interface PaymentRow {
  id: string;
  nature: string;
  event_date: string;
  period_start: string;
  period_end: string;
  paid_on: string;
  method: 'virement' | 'cheque';
  net_cents: number;
  membership_id: string;
}

/** Messages between the bench (parent) and its server process (child). */
type ToServer = { kind: 'members'; ids: string[] } | { kind: 'stop' };
type FromServer = { kind: 'ready'; portalUrl: string; bareUrl: string } | { kind: 'members-set' };

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

function benchConfig(databaseUrl: string, storageDir: string): KernelConfig {
  return {
    // SESSION_CACHE_SECONDS=0 measures the portal reading the session on every request.
    ...loadConfig(
      {
        SESSION_CACHE_SECONDS: process.env.SESSION_CACHE_SECONDS,
        // Every bench session logs in from 127.0.0.1 within a minute.
        LOGIN_ATTEMPTS_PER_CLIENT: '100000',
      },
      root,
    ),
    database: { kind: 'postgres', url: databaseUrl },
    storageDir,
    publicUrl: 'http://127.0.0.1',
  };
}

function listen(app: Hono): Promise<{ server: ServerType; url: string }> {
  return new Promise((done) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      done({ server, url: `http://127.0.0.1:${info.port}` }),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Child process: the real portal and the bare route, each on its own port.
// ---------------------------------------------------------------------------------------------

async function runServers(databaseUrl: string, storageDir: string) {
  const send = (message: FromServer) => process.send?.(message);
  const { app: portalApp, kernel } = await createPortal(benchConfig(databaseUrl, storageDir), {
    deployDir: join(root, '.deploy'),
  });

  // The same two queries as C6, in parallel, on a pool of the kernel's size; no session, no CGU:
  // the member comes from a rotating list (or `?member=` to compare a response).
  const sql = postgres(databaseUrl, { max: POOL_SIZE, onnotice: () => {} });
  let memberIds: string[] = [];
  let memberships = new Map<string, MembershipRow>();
  let next = 0;
  const bare = new Hono();
  bare.get(BARE_PATH, async (c) => {
    const memberId = c.req.query('member') ?? memberIds[next++ % memberIds.length] ?? '';
    const [rows, counted] = await Promise.all([
      sql.unsafe<PaymentRow[]>(PAGE_SQL, [memberId, PAYMENTS_SHOWN_FROM, NO_END, INDEMNITY_PAGE_SIZE, 0], {
        prepare: true,
      }),
      sql.unsafe<{ n: string }[]>(COUNT_SQL, [memberId, PAYMENTS_SHOWN_FROM, NO_END], { prepare: true }),
    ]);
    c.header('Cache-Control', 'private, no-store');
    return c.json({
      items: rows.map((row) => {
        const membership = memberships.get(row.membership_id);
        return {
          id: row.id,
          reference: shortReference(REFERENCE_PREFIXES.payment, row.id),
          nature: row.nature,
          eventDate: row.event_date,
          periodStart: row.period_start,
          periodEnd: row.period_end,
          paidOn: row.paid_on,
          method: row.method,
          employer: membership?.employer ?? '',
          contract: membership?.contract ?? '',
          membershipNumber: membership?.membership_number ?? '',
          netCents: row.net_cents,
          detailUrl: `/api/indemnisations/paiements/${row.id}`,
        };
      }),
      range: { from: PAYMENTS_SHOWN_FROM, to: null },
      page: 1,
      pageSize: INDEMNITY_PAGE_SIZE,
      total: Number(counted[0]?.n ?? 0),
    } satisfies IndemnityPaymentPage);
  });

  let stopping = false;
  bare.onError((error, c) => {
    if (!stopping) console.error('bare route:', error);
    return c.text('', 500);
  });

  const portal = await listen(portalApp);
  const bareServer = await listen(bare);
  const stop = async () => {
    stopping = true;
    const { hits, misses, refreshes } = kernel.sessions.cache.counts;
    // (stdout is the portal's request log, discarded: this goes to stderr, which the bench shows.)
    console.error(
      `  portal sessions: ${hits.toLocaleString('en')} requests served from the session cache, ` +
        `${misses.toLocaleString('en')} read the session from PostgreSQL, ` +
        `${refreshes.toLocaleString('en')} reads ahead of the cache's expiry in the background`,
    );
    portal.server.close();
    bareServer.server.close();
    await Promise.allSettled([kernel.close(), sql.end({ timeout: 1 })]);
    process.exit(0);
  };
  process.on('message', (message: ToServer) => {
    if (message.kind === 'members') {
      memberIds = message.ids;
      void sql.unsafe<MembershipRow[]>(MEMBERSHIPS_SQL, [memberIds]).then((rows) => {
        memberships = new Map(rows.map((row) => [row.id, row]));
        send({ kind: 'members-set' });
      });
    } else void stop();
  });
  // The bench went away (crash, Ctrl-C): do not outlive it.
  process.on('disconnect', () => void stop());
  send({ kind: 'ready', portalUrl: portal.url, bareUrl: bareServer.url });
}

// ---------------------------------------------------------------------------------------------
// Parent process: data, logins, load, report.
// ---------------------------------------------------------------------------------------------

/** Migrations through the kernel, reference rows through the Directory, then bulk SQL. */
async function generate(
  databaseUrl: string,
  storageDir: string,
  scale: { members: number; payments: number },
) {
  const started = performance.now();
  const step = (label: string, since: number) =>
    console.log(`  ${label.padEnd(34)} ${((performance.now() - since) / 1000).toFixed(1).padStart(6)} s`);

  let since = performance.now();
  const kernel = await createKernel(benchConfig(databaseUrl, storageDir), {
    sections: SECTIONS,
    logger: createLogger('warn'),
  });
  const directory = new Directory(kernel.db, kernel.sessions);
  const employerId = await directory.createEmployer({ name: 'Mairie de Bourges' });
  const contractId = await directory.createContract({
    code: 'PREV-BENCH',
    label: 'Prévoyance complémentaire',
    kind: 'prevoyance',
  });
  await directory.publishCgu({
    version: 1,
    title: "Conditions générales d'utilisation",
    sections: [{ heading: 'Objet', paragraphs: ['Texte.'] }],
  });
  await kernel.close();
  // One scrypt hash shared by every member: hashing 100,000 passwords would take minutes.
  const passwordHash = await hashPassword(PASSWORD);
  step('migrations, employer, contract, CGU', since);

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`SET synchronous_commit = off`;
    await sql`SET maintenance_work_mem = '512MB'`;
    // Consistent by construction: skip the per-row foreign key triggers when allowed (superuser).
    await sql`SET session_replication_role = replica`.catch(() =>
      console.log('  (not a superuser: foreign keys checked row by row, slower)'),
    );

    since = performance.now();
    await sql`
      INSERT INTO core.members (identifier, civility, first_name, last_name, birth_date, password_hash)
      SELECT 'B' || lpad(n::text, 7, '0'), CASE WHEN n % 2 = 0 THEN 'Mme' ELSE 'M.' END, 'Adhérent',
        'Banc ' || n, date '1960-01-01' + n % 15000, ${passwordHash}
      FROM generate_series(1, ${scale.members}::int) AS n`;
    await sql`
      INSERT INTO core.memberships (member_id, employer_id, contract_id, membership_number, start_date)
      SELECT id, ${employerId}, ${contractId}, 'N-' || identifier, date '2012-01-01' FROM core.members`;
    // What `Directory.acceptCgu` writes, for everyone: member routes require the latest CGU accepted.
    await sql`INSERT INTO core.cgu_acceptances (member_id, version) SELECT id, 1 FROM core.members`;
    step(`${scale.members.toLocaleString('en')} members, memberships, CGU`, since);

    // The payments' indexes are dropped during the load and built again after it from their own
    // definitions (a sorted build instead of millions of random inserts into four B-trees).
    since = performance.now();
    const table = 'indemnisations.indemnity_payments';
    const constraints = await sql<{ name: string; definition: string }[]>`
      SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
      WHERE conrelid = ${table}::regclass AND contype IN ('p', 'u')`;
    const indexes = await sql<{ name: string; definition: string }[]>`
      SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indrelid = ${table}::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)`;
    for (const c of constraints) await sql.unsafe(`ALTER TABLE ${table} DROP CONSTRAINT "${c.name}"`);
    for (const i of indexes) await sql.unsafe(`DROP INDEX indemnisations."${i.name}"`);

    // One statement per payment round, each over all members: a member's payments land on
    // different heap pages, as years of monthly batches would put them. Paid from 2014 to 2026.
    const stepDays = Math.max(1, Math.floor(4500 / scale.payments));
    for (let k = 1; k <= scale.payments; k++) {
      await sql`
        INSERT INTO indemnisations.indemnity_payments (member_id, membership_id, nature, event_date,
          period_start, period_end, paid_on, method, gross_cents, net_cents, full_pay_days,
          daily_amount_cents)
        SELECT b.member_id, b.membership_id,
          (ARRAY['Incapacité temporaire de travail', 'Invalidité', 'Mi-temps thérapeutique'])[1 + (b.n + ${k}::int) % 3],
          s.period_start - b.n % 15, s.period_start, e.period_end, p.paid_on,
          CASE WHEN (b.n + ${k}::int) % 9 = 0 THEN 'cheque' ELSE 'virement' END,
          p.gross, p.gross * 83 / 100, e.period_end - s.period_start + 1,
          p.gross / (e.period_end - s.period_start + 1)
        FROM (SELECT substr(m.identifier, 2)::int AS n, m.id AS member_id, ms.id AS membership_id
              FROM core.members m JOIN core.memberships ms ON ms.member_id = m.id) AS b
        CROSS JOIN LATERAL (SELECT date '2014-01-10' + (${k}::int - 1) * ${stepDays}::int + b.n % 28 AS paid_on,
          30000 + (b.n * 37 + ${k}::int * 101) % 200000 AS gross) AS p
        CROSS JOIN LATERAL (SELECT p.paid_on - 5 - b.n % 7 AS period_end) AS e
        CROSS JOIN LATERAL (SELECT e.period_end - 14 - (b.n + ${k}::int) % 45 AS period_start) AS s`;
      if (process.stdout.isTTY) process.stdout.write(`\r  payments: round ${k}/${scale.payments}`);
    }
    if (process.stdout.isTTY) process.stdout.write('\r');
    step(`${(scale.members * scale.payments).toLocaleString('en')} indemnity payments`, since);

    since = performance.now();
    for (const c of constraints) {
      await sql.unsafe(`ALTER TABLE ${table} ADD CONSTRAINT "${c.name}" ${c.definition}`);
    }
    for (const i of indexes) await sql.unsafe(i.definition);
    step(`${constraints.length + indexes.length} indexes of the payments rebuilt`, since);

    // VACUUM as well as ANALYZE: the visibility map lets count(*) be an index-only scan.
    since = performance.now();
    await sql`RESET session_replication_role`.catch(() => {});
    await sql.unsafe('VACUUM (ANALYZE)');
    // Written out now rather than by a checkpoint in the middle of the measure.
    await sql`CHECKPOINT`.catch(() => {});
    step('VACUUM (ANALYZE), CHECKPOINT', since);
    await sql.unsafe(`COMMENT ON TABLE core.members IS '${GENERATED}'`);
  } finally {
    await sql.end();
  }
  step('generation, total', started);
}

interface Session {
  memberId: string;
  cookie: string;
}

/**
 * Logs members in through `POST /api/auth/login`, as the shell does, a few at a time — each from a
 * device the member asked to remember (SPEC P8: its cookie issued on the database, as the code step
 * would have), so that the password alone opens the session: the bench measures the history, not
 * the second factor.
 */
async function logIn(
  portalUrl: string,
  databaseUrl: string,
  members: number,
  count: number,
): Promise<Session[]> {
  const identifiers = Array.from(
    { length: count },
    (_, i) => `B${String(1 + Math.floor((i * members) / count)).padStart(7, '0')}`,
  );
  const database = openDatabase<CoreDatabase>({ kind: 'postgres', url: databaseUrl });
  const devices = new TrustedDevices(database.db, false);
  const sessions: Session[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < identifiers.length; i = next++) {
      const member = await database.db
        .selectFrom('core.members')
        .select('id')
        .where('identifier', '=', identifiers[i] ?? '')
        .executeTakeFirstOrThrow();
      const device = await devices.issue(member.id, 'bench');
      const response = await fetch(`${portalUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${devices.cookieName}=${device.token}` },
        body: JSON.stringify({ login: identifiers[i], password: PASSWORD }),
      });
      const body = (await response.json()) as { member?: { id: string }; cguRequired?: boolean };
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      if (response.status !== 200 || !cookie || !body.member) {
        throw new Error(`login of ${identifiers[i]} failed: ${response.status} ${JSON.stringify(body)}`);
      }
      if (body.cguRequired) throw new Error(`login of ${identifiers[i]}: CGU not accepted`);
      sessions[i] = { memberId: body.member.id, cookie };
    }
  };
  try {
    await Promise.all(Array.from({ length: 4 }, worker));
  } finally {
    await database.close();
  }
  return sessions;
}

/** Both routes must answer the same JSON for the same member, or the comparison means nothing. */
async function checkSameAnswer(portalUrl: string, bareUrl: string, session: Session, payments: number) {
  const portal = await fetch(`${portalUrl}${C6_PATH}`, { headers: { cookie: session.cookie } });
  const bare = await fetch(`${bareUrl}${BARE_PATH}?member=${session.memberId}`);
  if (portal.status !== 200) throw new Error(`C6 answered ${portal.status}: ${await portal.text()}`);
  const [portalBody, bareBody] = [await portal.text(), await bare.text()];
  if (portalBody !== bareBody) throw new Error('the bare route does not answer what C6 answers');
  const page = JSON.parse(portalBody) as IndemnityPaymentPage;
  if (page.total !== payments) throw new Error(`C6 counted ${page.total} payments, expected ${payments}`);
}

/** What one route answered over all its slices: latencies of the 2xx answers, in ms. */
class Tally {
  readonly latencies: number[] = [];
  seconds = 0;
  non2xx = 0;
  errors = 0;

  measure() {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
    return {
      requests: sorted.length,
      rps: this.seconds > 0 ? sorted.length / this.seconds : 0,
      p50: at(0.5),
      p99: at(0.99),
    };
  }
}
type Measure = ReturnType<Tally['measure']> & Pick<Tally, 'non2xx' | 'errors'>;

/** The autocannon run under way, stopped first when the bench is interrupted. */
let loading: autocannon.Instance | undefined;

/**
 * One autocannon slice, the session cookies taken in turn, request after request. The bare route
 * gets the same requests (it ignores the cookie), so the client does the same work for both.
 */
async function slice(
  target: { url: string; path: string },
  cookies: string[],
  options: { connections: number; seconds: number },
  tally?: Tally,
) {
  let next = 0;
  const started = performance.now();
  await new Promise<void>((done, fail) => {
    const instance = autocannon(
      {
        url: target.url,
        connections: options.connections,
        duration: options.seconds,
        requests: [
          {
            method: 'GET',
            path: target.path,
            setupRequest: (request) => ({
              ...request,
              headers: { ...request.headers, cookie: cookies[next++ % cookies.length] },
            }),
          },
        ],
      },
      (error) => (error ? fail(error) : done()),
    );
    loading = instance;
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (!tally) return;
      if (status >= 200 && status < 300) tally.latencies.push(responseTime);
      else tally.non2xx++;
    });
    instance.on('reqError', () => {
      if (tally) tally.errors++;
    });
  });
  loading = undefined;
  if (tally) tally.seconds += (performance.now() - started) / 1000;
}

/**
 * Both routes in alternating slices of about 5 s (portal, bare, bare, portal, …) after a warm-up
 * of each: a burst of other work on the machine then weighs on both alike.
 */
async function compare(
  portal: { url: string; path: string },
  bare: { url: string; path: string },
  cookies: string[],
  options: { connections: number; duration: number; warmup: number },
) {
  const { connections } = options;
  // BENCH_ROUTES=portal (or bare): that route alone, e.g. for a CPU profile of the portal only.
  const only = process.env.BENCH_ROUTES;
  const measured = (route: 'portal' | 'bare') => !only || only === route;
  if (measured('portal')) await slice(portal, cookies, { connections, seconds: options.warmup });
  if (measured('bare')) await slice(bare, cookies, { connections, seconds: options.warmup });
  const rounds = Math.max(1, Math.round(options.duration / 5));
  const seconds = options.duration / rounds;
  const tallies = { portal: new Tally(), bare: new Tally() };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['portal', 'bare'] as const) : (['bare', 'portal'] as const);
    for (const route of order.filter(measured)) {
      await slice(route === 'portal' ? portal : bare, cookies, { connections, seconds }, tallies[route]);
    }
  }
  const measure = (t: Tally): Measure => ({ ...t.measure(), non2xx: t.non2xx, errors: t.errors });
  return { portal: measure(tallies.portal), bare: measure(tallies.bare), rounds };
}

interface ScaleResult {
  members: number;
  portal: Measure;
  bare: Measure;
}

interface BenchSettings {
  adminUrl: string;
  payments: number;
  duration: number;
  connections: number;
  warmup: number;
  sessions: number;
  keep: boolean;
  reuse: boolean;
}

async function runBench() {
  const defaultUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
  const adminUrl = process.env.DATABASE_URL || defaultUrl;
  if (!process.env.DATABASE_URL) console.log(`DATABASE_URL is not set: using ${defaultUrl}`);
  // BENCH_MEMBERS=100000,1000000: one database per scale, measured one after the other, then side by side.
  const scales = (process.env.BENCH_MEMBERS || '100000').split(',').map((raw) => {
    const members = Number(raw.trim());
    if (!Number.isInteger(members) || members <= 0 || members > 9_999_999) {
      throw new Error('BENCH_MEMBERS: member counts from 1 to 9,999,999, separated by commas');
    }
    return members;
  });
  const settings: BenchSettings = {
    adminUrl,
    payments: positiveInt('BENCH_PAYMENTS', 50),
    duration: positiveInt('BENCH_DURATION', 60),
    connections: positiveInt('BENCH_CONNECTIONS', 64),
    warmup: positiveInt('BENCH_WARMUP', 3),
    sessions: positiveInt('BENCH_SESSIONS', 200),
    // Keeps each generated database (`portail_bench_<members>x<payments>`) for another run…
    keep: process.env.BENCH_KEEP_DATABASE === '1',
    // …which BENCH_REUSE=1 measures again without generating it.
    reuse: process.env.BENCH_REUSE === '1',
  };
  const results: ScaleResult[] = [];
  for (const members of scales) results.push(await measureScale(members, settings));
  for (const result of results) report(result);
  if (results.length > 1) compareScales(results);
}

/** Whether the bench database at `url` was generated to the end (the comment written last). */
async function generationFinished(url: string): Promise<boolean> {
  const db = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await db<
      { note: string | null }[]
    >`SELECT obj_description('core.members'::regclass) AS note`;
    return row?.note === GENERATED;
  } catch {
    return false;
  } finally {
    await db.end();
  }
}

/** Generates (or reuses) the database of `members` members, then measures both routes on it. */
async function measureScale(members: number, settings: BenchSettings): Promise<ScaleResult> {
  const { payments, duration, connections, warmup } = settings;
  const name = `portail_bench_${members}x${payments}`;
  const databaseUrl = new URL(settings.adminUrl);
  databaseUrl.pathname = `/${name}`;
  const admin = postgres(settings.adminUrl, { max: 1, onnotice: () => {} });
  const existing = await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`;
  // A database kept by an earlier run is complete only once its generation finished (its comment).
  const complete = existing.length > 0 && (await generationFinished(databaseUrl.toString()));
  const reused = settings.reuse && complete;
  const keep = settings.keep || reused;
  const sessionCount = Math.min(members, settings.sessions);
  const storageDir = await mkdtemp(join(tmpdir(), 'portail-bench-files-'));
  let child: ChildProcess | undefined;
  let cleaned: Promise<void> | undefined;
  const cleanUp = () => {
    cleaned ??= (async () => {
      // autocannon stops at its next one-second tick: let it finish before the servers go.
      const running = loading;
      if (running) {
        const finished = new Promise((done) => running.once('done', done));
        running.stop();
        await finished;
      }
      if (child?.connected) child.send({ kind: 'stop' } satisfies ToServer);
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child?.once('exit', done));
        const timer = setTimeout(() => child?.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      if (keep) console.log(`Database ${name} kept: BENCH_REUSE=1 measures it again, drop it when done.`);
      else {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        console.log(`Database ${name} dropped.`);
      }
      await admin.end();
      await rm(storageDir, { recursive: true, force: true });
    })();
    return cleaned;
  };
  const interrupted = () => void cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  console.log(
    `\nC6 history benchmark: ${members.toLocaleString('en')} members × ${payments} payments, ` +
      `${connections} connections, ${duration} s per route (after ${warmup} s of warm-up), database ${name}` +
      (reused ? ' (kept by an earlier run)' : ''),
  );
  if (!reused) {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${name}`);
  }
  try {
    if (!reused) await generate(databaseUrl.toString(), storageDir, { members, payments });

    // BENCH_PROFILE=1: a V8 CPU profile of the servers, to open in Chrome's DevTools.
    const profile = process.env.BENCH_PROFILE === '1' ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
    // The portal logs a line per request on stdout, as in production: written, then discarded here.
    const server = fork(fileURLToPath(import.meta.url), ['serve', databaseUrl.toString(), storageDir], {
      execArgv: [...process.execArgv, ...profile],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    if (profile.length) console.log(`  CPU profile of the servers in ${PROFILE_DIR}`);
    child = server;
    const fromServer = <K extends FromServer['kind']>(kind: K) =>
      new Promise<Extract<FromServer, { kind: K }>>((done, fail) => {
        const onMessage = (message: FromServer) => {
          if (message.kind !== kind) return;
          server.off('exit', onExit);
          server.off('message', onMessage);
          done(message as Extract<FromServer, { kind: K }>);
        };
        const onExit = (code: number | null) => fail(new Error(`server process exited (${code})`));
        server.on('message', onMessage);
        server.once('exit', onExit);
      });
    const { portalUrl, bareUrl } = await fromServer('ready');

    let since = performance.now();
    const sessions = await logIn(portalUrl, databaseUrl.toString(), members, sessionCount);
    console.log(
      `  ${sessions.length} members logged in through the portal in ${((performance.now() - since) / 1000).toFixed(1)} s`,
    );
    server.send({ kind: 'members', ids: sessions.map((s) => s.memberId) } satisfies ToServer);
    await fromServer('members-set');
    await checkSameAnswer(portalUrl, bareUrl, sessions[0] as Session, payments);
    console.log('  C6 and the bare route answer the same JSON for the same member');

    // Client, servers and PostgreSQL share this machine's cores: say how busy it already was.
    const [load = 0] = loadavg();
    console.log(`  ${cpus().length} CPU cores, load average ${load.toFixed(2)} before the measure`);
    if (load > cpus().length) {
      console.log('  WARNING: the machine is busy with other work: expect noisy, lower numbers.');
    }
    since = performance.now();
    const { portal, bare, rounds } = await compare(
      { url: portalUrl, path: C6_PATH },
      { url: bareUrl, path: BARE_PATH },
      sessions.map((s) => s.cookie),
      { connections, duration, warmup },
    );
    console.log(
      `  ${portal.requests.toLocaleString('en')} + ${bare.requests.toLocaleString('en')} requests in ` +
        `${rounds} rounds, ${((performance.now() - since) / 1000).toFixed(1)} s with the warm-up`,
    );
    return { members, portal, bare };
  } finally {
    await cleanUp();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function report({ members, portal, bare }: ScaleResult) {
  const row = (route: string, m: Measure) =>
    `${route.padEnd(44)}${m.rps.toFixed(0).padStart(12)}${m.p50.toFixed(1).padStart(10)}${m.p99.toFixed(1).padStart(10)}`;
  const ratio = bare.rps > 0 ? portal.rps / bare.rps : 0;
  const p99Times = bare.p99 > 0 ? portal.p99 / bare.p99 : Number.POSITIVE_INFINITY;
  const clean = portal.non2xx === 0 && portal.errors === 0 && bare.non2xx === 0 && bare.errors === 0;
  console.log(`\n${members.toLocaleString('en')} members`);
  console.log(
    `${'route'.padEnd(44)}${'requests/s'.padStart(12)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}`,
  );
  console.log(row('portal  GET /api/indemnisations/paiements', portal));
  console.log(row('bare    Hono + postgres.js, same SQL', bare));
  console.log(
    `portal / bare throughput: ${(ratio * 100).toFixed(1)} % (target ≥ ${TARGET_RATIO * 100} %)  ${verdict(ratio >= TARGET_RATIO)}`,
  );
  console.log(
    `portal p99 / bare p99: ${p99Times.toFixed(2)} × (target ≤ ${TARGET_P99_TIMES} ×)  ${verdict(p99Times <= TARGET_P99_TIMES)}`,
  );
  if (!clean) {
    console.log(
      `WARNING: failed requests (portal ${portal.non2xx} non-2xx, ${portal.errors} errors; bare ` +
        `${bare.non2xx} non-2xx, ${bare.errors} errors): the numbers above are not comparable.`,
    );
  }
}

/** The portal's latency at the largest scale against the smallest: an indexed page does not grow. */
function compareScales(results: ScaleResult[]) {
  const sorted = [...results].sort((a, b) => a.members - b.members);
  const small = sorted[0] as ScaleResult;
  const large = sorted[sorted.length - 1] as ScaleResult;
  console.log(
    `\n${'members'.padEnd(12)}${'portal p50'.padStart(12)}${'portal p99'.padStart(12)}${'bare p50'.padStart(10)}${'bare p99'.padStart(10)}`,
  );
  for (const r of sorted) {
    console.log(
      `${r.members.toLocaleString('en').padEnd(12)}${r.portal.p50.toFixed(1).padStart(12)}${r.portal.p99.toFixed(1).padStart(12)}${r.bare.p50.toFixed(1).padStart(10)}${r.bare.p99.toFixed(1).padStart(10)}`,
    );
  }
  const growth = large.portal.p50 / small.portal.p50;
  console.log(
    `portal p50 at ${large.members.toLocaleString('en')} / at ${small.members.toLocaleString('en')}: ${growth.toFixed(2)} × (target ≤ ${TARGET_SCALE_TIMES} ×)  ${verdict(growth <= TARGET_SCALE_TIMES)}`,
  );
}

if (process.argv[2] === 'serve') {
  const [databaseUrl, storageDir] = process.argv.slice(3);
  if (!databaseUrl || !storageDir) throw new Error('serve: database URL and storage folder expected');
  await runServers(databaseUrl, storageDir);
} else {
  try {
    await runBench();
  } catch (error) {
    console.error('Benchmark failed:', error);
    process.exitCode = 1;
  }
}
