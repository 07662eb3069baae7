// The fault-injection suite's portal: the built server in production mode on a fresh PostgreSQL
// database reached through a TCP proxy the test can cut (the database "gone"), a real SMTP server it
// can stop, the demo data, and a kernel of the test's own on the database to check what was written.
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type CoreKernel, createKernel, Directory, loadConfig } from '@portail/kernel';
import { freePort, freshDatabase } from '@portail/kernel/testing';
import { sql } from 'kysely';
import { seedDemo } from '../api/src/demo-seed.js';
import { SECTIONS } from '../api/src/sections.js';
import { type MailPeer, startMailPeer } from '../e2e/mail-peer.js';
import { ServerProcess } from '../e2e/server-process.js';

const root = resolve(import.meta.dirname, '..');
export const MEMBER_PASSWORD = 'Parcours2026';

/** A TCP proxy to PostgreSQL: `refuse()` cuts every connection and refuses new ones until `restore()`. */
export class DatabaseProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(port = 0): Promise<void> {
    const server = createServer((client) => {
      const upstream = createConnection(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async refuse(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  }

  async restore(): Promise<void> {
    await this.start(this.port);
  }
}

export interface FaultPortal {
  url: string;
  server: ServerProcess;
  kernel: CoreKernel;
  proxy: DatabaseProxy;
  mail: MailPeer;
  storageDir: string;
  /** The portal's database name (to terminate its backends). */
  databaseName: string;
  close(): Promise<void>;
}

export async function startFaultPortal(): Promise<FaultPortal> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = await freshDatabase(serverUrl);
  if (database.target.kind !== 'postgres') throw new Error('the fault suite needs PostgreSQL');
  const direct = new URL(database.target.url);
  const proxy = new DatabaseProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  await proxy.start();
  const viaProxy = new URL(direct);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const storageDir = mkdtempSync(join(tmpdir(), 'portail-faults-'));
  const mail = await startMailPeer();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    DATABASE_URL: viaProxy.toString(),
    STORAGE_DIR: storageDir,
    DATA_DIR: storageDir,
    DEPLOY_DIR: join(root, '.deploy'),
    SMTP_URL: mail.smtpUrl,
    SMS_URL: mail.smsUrl,
    LOG_LEVEL: 'warn',
    LOGIN_ATTEMPTS_PER_CLIENT: '100000',
    // Short enough for a test: a crashed write's key is taken over after 3 s, orphans swept after 1 s.
    IDEMPOTENCY_ABANDONED_SECONDS: '3',
    ORPHAN_FILE_AGE_SECONDS: '1',
  };
  const kernel = await createKernel(loadConfig({ ...env, DATABASE_URL: database.target.url }, root), {
    sections: SECTIONS,
  });
  await seedDemo(kernel, {
    memberPassword: MEMBER_PASSWORD,
    manager: { login: 'nadia.gestion', password: 'Gestionnaire2026' },
  });
  // The demo members have accepted the latest CGU: their routes answer.
  await sql`INSERT INTO core.cgu_acceptances (member_id, version)
    SELECT m.id, (SELECT max(version) FROM core.cgu_versions) FROM core.members m
    WHERE m.password_hash IS NOT NULL ON CONFLICT DO NOTHING`.execute(kernel.db);
  const server = new ServerProcess(url, env);
  await server.start();
  return {
    url,
    server,
    kernel,
    proxy,
    mail,
    storageDir,
    databaseName: direct.pathname.slice(1),
    async close() {
      await server.stop('SIGTERM');
      await kernel.close();
      await proxy.refuse();
      await mail.close();
      await database.drop();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

/**
 * `count` members of the Mairie de Bourges, each with a session of their own (made in the database
 * as a login would: no password to check): concurrent writers, none over the flooding limits.
 */
export async function writers(
  portal: { url: string; kernel: CoreKernel },
  count: number,
  options: { emails?: boolean } = {},
): Promise<MemberSession[]> {
  const { kernel } = portal;
  const directory = new Directory(kernel.db, kernel.sessions);
  const employer = await kernel.db
    .selectFrom('core.employers')
    .select('id')
    .where('adhesion_code', '=', 'BOURGES-2026')
    .executeTakeFirstOrThrow();
  const contract = await kernel.db
    .selectFrom('core.contracts')
    .select('id')
    .where('kind', '=', 'prevoyance')
    .executeTakeFirstOrThrow();
  const run = Date.now().toString(36);
  const sessions: MemberSession[] = [];
  for (let i = 0; i < count; i++) {
    const memberId = await directory.createMember({
      identifier: `F${run}${i}`.slice(0, 20),
      email: options.emails ? `ecrivaine.${run}.${i}@example.fr` : null,
      civility: 'Mme',
      firstName: 'Écrivaine',
      lastName: `N°${i}`,
      birthDate: '1980-01-01',
      password: null,
    });
    await directory.addMembership({
      memberId,
      employerId: employer.id,
      contractId: contract.id,
      membershipNumber: `F-${run}-${i}`,
      startDate: '2024-01-01',
    });
    await sql`INSERT INTO core.cgu_acceptances (member_id, version)
      SELECT ${memberId}, max(version) FROM core.cgu_versions`.execute(kernel.db);
    const { token, csrfToken } = await kernel.sessions.create(memberId, { ip: null, userAgent: 'faults' });
    sessions.push({
      headers: {
        cookie: `${kernel.sessions.memberCookie.name}=${token}`,
        'x-csrf-token': csrfToken,
        origin: portal.url,
      },
    });
  }
  return sessions;
}

/** A logged-in member as a browser is: cookie, CSRF token, same origin. */
export interface MemberSession {
  headers: Record<string, string>;
}

/**
 * The member's password login, from a device the member asked to remember (SPEC P8: the device
 * cookie is issued by the test's kernel, as the code step would have): the experiments are about
 * crashes, not the second factor (api/test/second-factor.api.test.ts and the journeys test that).
 */
export async function logIn(
  portal: { url: string; kernel: CoreKernel },
  login: string,
): Promise<MemberSession> {
  const { url, kernel } = portal;
  const memberId = await kernel.members.idByIdentifier(login);
  if (!memberId) throw new Error(`no member ${login}`);
  const device = await kernel.trustedDevices.issue(memberId, 'faults');
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: url,
      cookie: `${kernel.trustedDevices.cookieName}=${device.token}`,
    },
    body: JSON.stringify({ login, password: MEMBER_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login ${login}: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { headers: { cookie, 'x-csrf-token': csrfToken, origin: url } };
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Figures of one experiment, printed with the suite's output. */
export interface Figures {
  experiment: string;
  sent: number;
  acknowledged: number;
  lost: number;
  halfWritten: number;
  orphans: number;
  serverErrors: number;
  /** 502 from the load balancer: the process it had passed the request to died (a connection error). */
  gatewayErrors?: number;
  recoverySeconds?: number;
}

/** Figures of an experiment before it starts. */
export function figuresOf(experiment: string, sent = 0): Figures {
  return { experiment, sent, acknowledged: 0, lost: 0, halfWritten: 0, orphans: 0, serverErrors: 0 };
}

/**
 * Counts an answer's status in `figures`: a 502 is the load balancer's (the process it had passed
 * the request to died), a 503 the portal's own "come back later"; any other 5xx is a server error.
 */
export function countStatus(status: number, figures: Figures): void {
  if (status === 502) figures.gatewayErrors = (figures.gatewayErrors ?? 0) + 1;
  else if (status >= 500 && status !== 503) figures.serverErrors++;
}

/** The `code` of a problem+json answer's text; undefined for any other text. */
export function problemCode(text: string): string | undefined {
  try {
    return (JSON.parse(text) as { code?: string }).code;
  } catch {
    return undefined;
  }
}

export function report(figures: Figures): void {
  const recovery =
    (figures.recoverySeconds === undefined ? '' : `, recovery ${figures.recoverySeconds.toFixed(2)} s`) +
    (figures.gatewayErrors === undefined ? '' : `, 502 from nginx (process gone): ${figures.gatewayErrors}`);
  console.log(
    `faults: ${figures.experiment}: ${figures.sent} writes sent, ${figures.acknowledged} acknowledged, lost ${figures.lost}, half-written ${figures.halfWritten}, orphans ${figures.orphans}, 5xx other than 503: ${figures.serverErrors}${recovery}`,
  );
}

/** Requests of the member that lack their first history event or their audit row. */
export async function halfWrittenRequests(kernel: CoreKernel): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM core.requests r
    WHERE NOT EXISTS (SELECT 1 FROM core.request_events e WHERE e.request_id = r.id)
       OR NOT EXISTS (SELECT 1 FROM core.audit_log a WHERE a.target_kind = 'request' AND a.target_id = r.id::text)`.execute(
    kernel.db,
  );
  return rows[0]?.n ?? 0;
}

/** One contact message a writer sends with its idempotency key, acknowledged once the portal said so. */
export interface Send {
  key: string;
  text: string;
  acknowledged: boolean;
  /** Each message from its own member: the contact flooding limit (10 an hour) stays out of it. */
  writer: MemberSession;
}

/** Sends a contact message with its idempotency key; true once the portal acknowledged it. */
export async function sendMessage(url: string, send: Send, figures: Figures): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/contact/messages`, {
      method: 'POST',
      headers: { ...send.writer.headers, 'content-type': 'application/json', 'idempotency-key': send.key },
      body: JSON.stringify({ subject: 'cotisation', message: send.text }),
    });
    const text = await response.text();
    countStatus(response.status, figures);
    // 409 already-recorded: the first try committed before the process died.
    if (response.status === 201 || (response.status === 409 && problemCode(text) === 'already-recorded')) {
      send.acknowledged = true;
    }
    return send.acknowledged;
  } catch {
    return false; // the connection died: no answer, so not acknowledged (yet)
  }
}

/** Tries again what got no acknowledgement, every half second, until all are (30 s at most). */
export async function retryUntilAcknowledged<T extends { acknowledged: boolean }>(
  items: T[],
  attempt: (item: T) => Promise<unknown>,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (items.some((item) => !item.acknowledged) && Date.now() < deadline) {
    await Promise.all(items.filter((item) => !item.acknowledged).map(attempt));
    if (items.some((item) => !item.acknowledged)) await sleep(500);
  }
}

/** Sends again, with the same keys, what got no acknowledgement, until all are (30 s at most). */
export function resendUntilAcknowledged(url: string, sends: Send[], figures: Figures): Promise<void> {
  return retryUntilAcknowledged(sends, (send) => sendMessage(url, send, figures));
}

/** How many requests hold each text (a message sent once is there once). */
export async function copiesOf(kernel: CoreKernel, texts: string[]): Promise<Map<string, number>> {
  const { rows } = await sql<{ text: string; n: number }>`
    SELECT payload->>'text' AS text, count(*)::int AS n FROM core.requests
    WHERE payload->>'text' = ANY(${texts}) GROUP BY 1`.execute(kernel.db);
  return new Map(rows.map((r) => [r.text, r.n]));
}
