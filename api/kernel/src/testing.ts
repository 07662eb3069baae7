import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { Hono } from 'hono';
import postgres from 'postgres';
import { CSRF_HEADER, type SessionInfo } from '../contract/auth.js';
import { localized } from '../contract/i18n.js';
import { LOGIN_CODE_SUBJECT, type LoginChallenge } from '../contract/second-factor.js';
import { mountApi } from './api-app.js';
import type { KernelConfig } from './config.js';
import { randomToken, sha256Hex } from './crypto.js';
import type { DatabaseTarget } from './database.js';
import { Directory } from './directory.js';
import {
  type CoreKernel,
  createKernel,
  type KernelOptions,
  type SectionSlice,
  sectionSlice,
} from './kernel.js';
import type { MailTransport, OutgoingEmail } from './outbox.js';
import { testS3Config } from './testing-s3.js';

/**
 * A fresh database for one test file: a new database on the PostgreSQL server of `serverUrl`
 * (default `DATABASE_URL`, as on CI), or an in-memory PGlite when there is none.
 */
export async function freshDatabase(
  serverUrl: string | undefined = process.env.DATABASE_URL,
): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  const url = serverUrl;
  if (!url) return { target: { kind: 'pglite', dataDir: null }, drop: async () => {} };
  const name = `portail_test_${Date.now().toString(36)}_${randomToken(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: target.toString() },
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** A TCP port free on the loopback at the time of asking (for servers a test starts). */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Captures e-mails instead of sending them (tests that need real SMTP use smtp-server). */
export class RecordingTransport implements MailTransport {
  readonly kind = 'smtp' as const;
  readonly sent: (OutgoingEmail & { from: string; messageId: string })[] = [];
  async send(message: OutgoingEmail & { from: string; messageId: string }) {
    this.sent.push(message);
  }
}

export interface TestKernel {
  kernel: CoreKernel;
  app: Hono;
  directory: Directory;
  mail: RecordingTransport;
  close(): Promise<void>;
}

export async function createTestKernel(
  options: { sections?: readonly SectionSlice[]; config?: Partial<KernelConfig> } & Omit<
    KernelOptions,
    'sections'
  > = {},
): Promise<TestKernel> {
  const database = await freshDatabase();
  const storageDir = await mkdtemp(join(tmpdir(), 'portail-files-'));
  const mail = new RecordingTransport();
  const config: KernelConfig = {
    database: database.target,
    storageDir,
    s3: await testS3Config(),
    metricsToken: null,
    publicUrl: 'http://localhost',
    smtpUrl: null,
    mailFrom: 'Portail Adhérent <ne-pas-repondre@portail-adherent.fr>',
    smsUrl: null,
    production: false,
    sessionIdleMinutes: 30,
    sessionMaxHours: 12,
    sessionCacheSeconds: 2,
    outboxLeaseSeconds: 60,
    resetTokenMinutes: 30,
    orphanFileAgeSeconds: 3600,
    uploadLimits: { perMemberPerHour: 1000, quotaBytes: 200 * 1024 * 1024 },
    // Tests log in many times from one address: the per-client and portal limits are tested apart.
    loginLimits: {
      freeFailures: 5,
      freeFailuresPerAccount: 30,
      maxDelayMinutes: 15,
      perClientPer5Minutes: 100_000,
      perPortalPerMinute: 100_000,
    },
    ...options.config,
  };
  const sections = options.sections ?? [];
  const kernel = await createKernel(config, {
    mailTransport: options.mailTransport ?? mail,
    ...options,
    sections,
  });
  const { Hono: HonoApp } = await import('hono');
  const app = mountApi(new HonoApp(), kernel, sections);
  registerTestApp(app, kernel);
  return {
    kernel,
    app,
    directory: new Directory(kernel.db, kernel.sessions),
    mail,
    async close() {
      await kernel.close();
      await database.drop();
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}

/** The kernel of each app `createTestKernel` built (or `registerTestApp` named): TestClient's logins read it. */
const testKernels = new WeakMap<Hono, CoreKernel>();

/** Names the kernel behind an app a test mounted itself (`mountApi`, `createPortal`), for TestClient. */
export function registerTestApp(app: Hono, kernel: CoreKernel): void {
  testKernels.set(app, kernel);
}

/** The 6-digit code of the last login code sent to `recipient` (e-mail or SMS), from the outbox. */
export async function lastLoginCode(kernel: CoreKernel, recipient: string): Promise<string> {
  const row = await kernel.db
    .selectFrom('core.outbox')
    .select('body_text')
    .where('recipient', '=', recipient)
    // SPEC P6: the member's language, French or English.
    .where((eb) =>
      eb.or([
        eb('subject', 'in', [LOGIN_CODE_SUBJECT, localized(LOGIN_CODE_SUBJECT, 'en')]),
        eb('channel', '=', 'sms'),
      ]),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const code = row?.body_text.match(
    /(?:au Portail Adhérent :|vérification est|to Portail Adhérent:|verification code is) (\d{6})\b/,
  )?.[1];
  if (!code) throw new Error(`no login code sent to ${recipient}`);
  return code;
}

/**
 * A browser-like client for `app.request()`: keeps its cookies (session, remembered device) and
 * sends the CSRF token.
 *
 * SPEC P8 in the tests: a member's `login()` is made from a device the member asked to remember —
 * the client holds a device cookie issued for that member by the kernel (`trustedDevices.issue`)
 * before the password is sent, as a browser that passed the code step before would — so that the
 * hundreds of logins of the suite neither send codes nor fill the outbox the tests count; the code
 * step itself is tested in `second-factor.api.test.ts`. `loginWithCode()` goes through it, reading the
 * code the outbox holds for the member. A manager's `loginManager()` always goes through the code.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';
  private readonly kernel: CoreKernel | undefined;

  constructor(
    private readonly app: Hono,
    kernel?: CoreKernel,
  ) {
    this.kernel = kernel ?? testKernels.get(app);
  }

  private kernelOrFail(): CoreKernel {
    if (!this.kernel) {
      throw new Error(
        'TestClient: no kernel for this app (createTestKernel, registerTestApp or new TestClient(app, kernel))',
      );
    }
    return this.kernel;
  }

  /** Sets a cookie as the browser would hold it (a test's own device cookie, another member's…). */
  setCookie(name: string, value: string): void {
    if (value) this.cookies.set(name, value);
    else this.cookies.delete(name);
  }

  cookieValue(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The session cookie as `name=value` (member's, else manager's), '' without one. */
  get cookie(): string {
    for (const [name, value] of this.cookies) {
      if (/portail_(session|gestion)$/.test(name)) return `${name}=${value}`;
    }
    return '';
  }

  async request(
    path: string,
    init: {
      method?: string;
      json?: unknown;
      body?: string | FormData;
      headers?: Record<string, string>;
    } = {},
  ) {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size > 0 && !headers.cookie) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    if (this.csrfToken && init.method && init.method !== 'GET') headers[CSRF_HEADER] = this.csrfToken;
    let body = init.body;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    const response = await this.app.request(path, { method: init.method ?? 'GET', headers, body });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      const at = pair.indexOf('=');
      const gone = /;\s*max-age=0\b/i.test(line);
      this.setCookie(pair.slice(0, at), gone ? '' : pair.slice(at + 1));
    }
    return response;
  }

  /**
   * Logs in to the back office (SPEC H1): password, then the code e-mailed to the manager (P8),
   * read from the outbox. This client then holds a manager's session.
   */
  async loginManager(login: string, password: string): Promise<void> {
    const response = await this.request('/api/gestion/auth/login', {
      method: 'POST',
      json: { login, password },
    });
    if (response.status !== 202)
      throw new Error(`manager login failed: ${response.status} ${await response.text()}`);
    const { challenge } = (await response.json()) as LoginChallenge;
    const kernel = this.kernelOrFail();
    const manager = await kernel.db
      .selectFrom('core.managers')
      .select('email')
      .where('login', '=', login)
      .executeTakeFirstOrThrow();
    const code = await lastLoginCode(kernel, manager.email ?? '');
    const done = await this.request('/api/gestion/auth/login/code', {
      method: 'POST',
      json: { challenge, code },
    });
    if (done.status !== 200) throw new Error(`manager code refused: ${done.status} ${await done.text()}`);
    this.csrfToken = ((await done.json()) as { csrfToken: string }).csrfToken;
  }

  /**
   * A member's login from a device they asked to remember (see the class's comment): the password
   * only, which must be right.
   */
  async login(login: string, password: string): Promise<SessionInfo> {
    const kernel = this.kernelOrFail();
    const key = login.trim().toLowerCase();
    const member = await kernel.db
      .selectFrom('core.members')
      .select('id')
      .where((eb) =>
        eb.or([eb(eb.fn('lower', ['identifier']), '=', key), eb(eb.fn('lower', ['email']), '=', key)]),
      )
      .executeTakeFirst();
    if (member) {
      const device = await kernel.trustedDevices.issue(member.id, 'TestClient');
      this.setCookie(kernel.trustedDevices.cookieName, device.token);
    }
    const response = await this.request('/api/auth/login', { method: 'POST', json: { login, password } });
    if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
    const session = (await response.json()) as SessionInfo;
    this.csrfToken = session.csrfToken;
    return session;
  }

  /**
   * SPEC P8 as a browser on an unknown device goes through it: the password (202), then the code
   * the outbox holds for the member, and « Se souvenir de cet appareil » when `remember`.
   */
  async loginWithCode(
    login: string,
    password: string,
    options: { remember?: boolean } = {},
  ): Promise<SessionInfo> {
    const response = await this.request('/api/auth/login', { method: 'POST', json: { login, password } });
    if (response.status !== 202)
      throw new Error(`login: expected a code step, got ${response.status} ${await response.text()}`);
    const { challenge } = (await response.json()) as LoginChallenge;
    const code = await this.codeFor(challenge);
    const done = await this.request('/api/auth/login/code', {
      method: 'POST',
      json: { challenge, code, remember: options.remember ?? false },
    });
    if (done.status !== 200) throw new Error(`code refused: ${done.status} ${await done.text()}`);
    const session = (await done.json()) as SessionInfo;
    this.csrfToken = session.csrfToken;
    return session;
  }

  /** The code last sent for the login `challenge` names (the member's e-mail or mobile, per D3). */
  codeFor(challenge: string): Promise<string> {
    return loginCodeOf(this.kernelOrFail(), challenge);
  }
}

/** SPEC P8: the code last sent for the login `challenge` names, read from the outbox. */
export async function loginCodeOf(kernel: CoreKernel, challenge: string): Promise<string> {
  const row = await kernel.db
    .selectFrom('core.login_codes as l')
    .leftJoin('core.members as m', 'm.id', 'l.member_id')
    .leftJoin('core.managers as g', 'g.id', 'l.manager_id')
    .select(['l.channel', 'm.email', 'm.mobile', 'g.email as manager_email'])
    .where('l.token_hash', '=', sha256Hex(challenge))
    .executeTakeFirstOrThrow();
  const recipient = row.channel === 'sms' ? row.mobile : (row.email ?? row.manager_email);
  return lastLoginCode(kernel, recipient ?? '');
}

export const TEST_PASSWORD = 'Portail2026';

/**
 * Two employers (the second without online claims), one contract of each kind, CGU v1, and members
 * who accepted it: enough for most API tests.
 */
export async function seedBasics(t: TestKernel) {
  const { directory } = t;
  const openEmployer = await directory.createEmployer({
    name: 'Mairie de Bourges',
    adhesionCode: 'BOURGES-2026',
  });
  const closedEmployer = await directory.createEmployer({
    name: 'Centre hospitalier de Vierzon',
    disabledFeatures: ['demande_indemnisation'],
  });
  const prevoyance = await directory.createContract({
    code: 'PREV-01',
    label: 'Prévoyance complémentaire',
    kind: 'prevoyance',
  });
  const sante = await directory.createContract({
    code: 'SANTE-01',
    label: 'Complémentaire santé',
    kind: 'sante',
  });
  await directory.publishCgu({
    version: 1,
    title: "Conditions générales d'utilisation",
    sections: [{ heading: 'Objet', paragraphs: ['Texte.'] }],
  });
  const member = async (identifier: string, email: string, employerId: string, contractId: string) => {
    const id = await directory.createMember({
      identifier,
      email,
      civility: 'Mme',
      firstName: 'Test',
      lastName: identifier,
      birthDate: '1980-01-01',
      password: TEST_PASSWORD,
    });
    await directory.addMembership({
      memberId: id,
      employerId,
      contractId,
      membershipNumber: `N-${identifier}`,
      startDate: '2020-01-01',
    });
    await directory.acceptCgu(id, 1);
    return id;
  };
  return {
    openEmployer,
    closedEmployer,
    prevoyance,
    sante,
    alice: await member('A100001', 'alice@example.fr', openEmployer, prevoyance),
    bruno: await member('A100002', 'bruno@example.fr', closedEmployer, prevoyance),
    sam: await member('S200001', 'sam@example.fr', openEmployer, sante),
  };
}

/** Solves a robot-check challenge as the ALTCHA widget would, and returns the payload it posts. */
export async function solveRobotCheck(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('challenge not solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

/** A low proof-of-work difficulty so that tests solve challenges in milliseconds. */
export const TEST_ROBOT_DIFFICULTY = { cost: 10, maxCounter: 200 };

const SIGNATURE_BYTES = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpg: [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46],
  gif: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00],
} as const;

/** A file of `size` bytes whose content starts like a real `kind` file (uploads judge the content). */
export function sampleFile(
  kind: keyof typeof SIGNATURE_BYTES,
  size: number,
  name = `document.${kind}`,
): File {
  const bytes = new Uint8Array(size);
  bytes.set(SIGNATURE_BYTES[kind].slice(0, size));
  for (let i = SIGNATURE_BYTES[kind].length; i < size; i += 1) bytes[i] = (i * 31) % 251;
  return new File([bytes], name);
}

/** A multipart body: text fields, then the files under `fichiers`. */
export function uploadForm(fields: Record<string, string>, files: File[]): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) form.append('fichiers', file);
  return form;
}

/** A throwaway section for a test: a manifest with nothing but its name, and the server parts given. */
export function testSlice(name: string, parts: Omit<SectionSlice, 'name' | 'section'>): SectionSlice {
  return sectionSlice(
    { name, package: `@portail/${name}`, label: name, paths: [], pages: [], web: { app: 'web/index.ts' } },
    parts,
  );
}

export { s3ConfigFor, startTestS3, TEST_BUCKET, testS3Config } from './testing-s3.js';
export { readZip } from './testing-zip.js';
