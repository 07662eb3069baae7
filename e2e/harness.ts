// The portal under test, in one of two modes (README « What `npm test` needs »):
// - development (`npm run test:e2e`): the host built in this process from the sources, as `npm start`
//   runs it: the embedded database (PGlite) and the development mailbox;
// - production (`npm run test:e2e:prod`, `E2E_MODE=production`): the built server `dist/main.js` in
//   its own process with `NODE_ENV=production` on PostgreSQL, `__Host-` cookies, real SMTP to a local
//   mail server, files in an S3-compatible object store (s3rver on the loopback), demo data seeded
//   explicitly with unpublished passwords.
// Either way the journeys drive Debian's Chromium with playwright-core.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { type CoreKernel, createKernel, createLogger, loadConfig } from '@portail/kernel';
import { freePort, freshDatabase, s3ConfigFor, startTestS3 } from '@portail/kernel/testing';
import { type OidcPeer, startOidcPeer } from '@portail/kernel/testing-oidc';

export { freePort };

import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { type DemoCredentials, PUBLISHED_DEMO_CREDENTIALS, seedDemo } from '../api/src/demo-seed.js';
import { createPortal } from '../api/src/host.js';
import { SECTIONS } from '../api/src/sections.js';
import { recordApiAnswers } from './api-answers.js';
import { codesSeen, passCodeStep, registerMailbox } from './login-code.js';
import { type MailPeer, startMailPeer } from './mail-peer.js';
import { ServerProcess } from './server-process.js';

/** Every journey logs in from 127.0.0.1, many times a minute: the per-client login limit is lifted. */
const JOURNEY_ENV = { LOGIN_ATTEMPTS_PER_CLIENT: '100000' };

/** `E2E_MODE=production`: the journeys run against the built server in production mode. */
export const PRODUCTION_MODE = process.env.E2E_MODE === 'production';

/**
 * The demo accounts' credentials: the published ones in development; in production, where the
 * server refuses published demo passwords and the demo manager's login, others.
 */
const CREDENTIALS: DemoCredentials = PRODUCTION_MODE
  ? { memberPassword: 'Parcours2026', manager: { login: 'nadia.gestion', password: 'Gestionnaire2026' } }
  : PUBLISHED_DEMO_CREDENTIALS;
export const DEMO_PASSWORD = CREDENTIALS.memberPassword;
export const DEMO_MANAGER = CREDENTIALS.manager;

const root = resolve(import.meta.dirname, '..');
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface RunningPortal {
  url: string;
  /**
   * The portal's kernel on its database: the server's own in development; in production one this
   * process opens on the server's database (reads, and services whose effects cross processes).
   */
  kernel: CoreKernel;
  browser: Browser;
  /** The page listing the e-mails (and SMS) the portal sent. */
  mailboxUrl: string;
  /** Makes every process of the portal read sessions again (after a test moved their clock). */
  forgetSessions(): Promise<void>;
  /** SPEC P7: the OpenID Connect provider on the loopback the portal signs members in with, if asked. */
  identityProvider?: OidcPeer | null;
  close(): Promise<void>;
}

export interface PortalOptions {
  /** Another deployment folder than `.deploy` (a test that releases sections works on a copy). */
  deployDir?: string;
  /** SPEC A8: a short inactivity limit, to see a session expire for real. */
  sessionIdleMinutes?: number;
  /**
   * SPEC P7: a real OpenID Connect provider (`oidc-provider`, « FranceConnect ») on the loopback,
   * given to the portal as its `OIDC_*` variables in either mode.
   */
  identityProvider?: boolean;
  /** The `OIDC_*` variables of a production process (set by `startPortal` with `identityProvider`). */
  identityProviderEnv?: Record<string, string>;
}

/** SPEC P7: the provider of a portal at `url`, and the `OIDC_*` variables that name it. */
async function identityProviderFor(
  url: string,
  options: PortalOptions,
): Promise<{ peer: OidcPeer | null; env: Record<string, string> }> {
  if (!options.identityProvider) return { peer: null, env: {} };
  const peer = await startOidcPeer({ redirectUris: [`${url}/api/auth/oidc/retour`] });
  return {
    peer,
    env: {
      OIDC_ISSUER: peer.issuer,
      OIDC_CLIENT_ID: peer.clientId,
      OIDC_CLIENT_SECRET: peer.clientSecret,
      OIDC_PROVIDER_NAME: 'FranceConnect',
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The real portal on a fresh database with the demo data and the built bundles (`npm run build`),
 * on 127.0.0.1, and Chromium.
 */
export function startPortal(options: PortalOptions = {}): Promise<RunningPortal> {
  return PRODUCTION_MODE ? startProductionPortal(options) : startDevelopmentPortal(options);
}

async function startDevelopmentPortal(options: PortalOptions): Promise<RunningPortal> {
  // The embedded database (PGlite), as `npm start` runs the portal, whatever DATABASE_URL says: the
  // production journeys are the ones on PostgreSQL.
  const database = await freshDatabase(undefined);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const provider = await identityProviderFor(url, options);
  const config = {
    ...loadConfig({ ...JOURNEY_ENV, ...provider.env }, root),
    database: database.target,
    storageDir: mkdtempSync(join(tmpdir(), 'portail-e2e-files-')),
    publicUrl: url,
    ...(options.sessionIdleMinutes ? { sessionIdleMinutes: options.sessionIdleMinutes } : {}),
  };
  // A lighter proof of work than production's, so that the robot check solves in well under a second.
  let errors = '';
  const portal = await createPortal(config, {
    deployDir: options.deployDir ?? join(root, '.deploy'),
    robotCheckDifficulty: { cost: 200, maxCounter: 1000 },
    logger: createLogger('error', {
      write: (line: string) => {
        errors += line;
      },
    }),
  });
  await seedDemo(portal.kernel, CREDENTIALS);
  portal.kernel.outbox.start(200);
  portal.kernel.dataExports.start(1000);
  const server = serve({ fetch: portal.app.fetch, port, hostname: '127.0.0.1' });
  registerMailbox(url, `${url}/dev/boite-mail`);
  const browser = await launchChromium();
  const answers = recordApiAnswers(browser, url);
  return {
    url,
    kernel: portal.kernel,
    browser,
    mailboxUrl: `${url}/dev/boite-mail`,
    identityProvider: provider.peer,
    async forgetSessions() {
      portal.kernel.sessions.cache.forget({ all: true });
    },
    async close() {
      const undescribed = await answers.check().then(
        () => null,
        (error: Error) => error,
      );
      await browser.close();
      server.close();
      await portal.kernel.close();
      await database.drop();
      await provider.peer?.stop();
      rmSync(config.storageDir, { recursive: true, force: true });
      failOnLoggedErrors(errors);
      if (undescribed) throw undescribed;
    },
  };
}

/** Fails with the server's error lines (pino level 50 and above) when it logged any. */
export function failOnLoggedErrors(log: string): void {
  const errors = log.split('\n').filter((line) => /"level":(50|60)/.test(line));
  if (errors.length > 0) throw new Error(`the portal logged errors:\n${errors.join('\n')}`);
}

/**
 * What a production deployment of the portal runs on, without its server processes: a fresh
 * PostgreSQL database with the demo data written explicitly (the server itself never seeds), a
 * real SMTP server and SMS endpoint (the mail peer), an S3-compatible bucket (s3rver), and the
 * environment of `dist/main.js` for `publicUrl` — `processEnv(port)` gives one process's, its own
 * port and temporary folder (the processes share nothing but the database and the bucket).
 */
export interface ProductionDeployment {
  /** This process's kernel on the deployment's database (reads, cross-process services). */
  kernel: CoreKernel;
  mail: MailPeer;
  processEnv(port: number): NodeJS.ProcessEnv;
  close(): Promise<void>;
}

export async function productionDeployment(
  publicUrl: string,
  options: PortalOptions = {},
): Promise<ProductionDeployment> {
  // Production runs on PostgreSQL: the server and this process share the database.
  const database = await freshDatabase(
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  );
  const target = database.target;
  if (target.kind !== 'postgres') throw new Error('production mode needs PostgreSQL');
  const folders: string[] = [];
  const folder = () => {
    const path = mkdtempSync(join(tmpdir(), 'portail-e2e-files-'));
    folders.push(path);
    return path;
  };
  const mail: MailPeer = await startMailPeer();
  // SPEC P8: the journeys' logins read their codes in this mail server's page, whatever runs the portal.
  registerMailbox(publicUrl, mail.mailboxUrl);
  // The files in an S3-compatible object store, as a deployment on several machines keeps them.
  const s3 = await startTestS3();
  const objectStore = s3ConfigFor(s3.url, 'portail/');
  const processEnv = (port: number): NodeJS.ProcessEnv => {
    const storageDir = folder();
    return {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: publicUrl,
      DATABASE_URL: target.url,
      STORAGE_DIR: storageDir,
      DATA_DIR: storageDir,
      S3_URL: objectStore.url,
      S3_BUCKET: objectStore.bucket,
      S3_PREFIX: objectStore.prefix,
      S3_ACCESS_KEY_ID: objectStore.accessKeyId,
      S3_SECRET_ACCESS_KEY: objectStore.secretAccessKey,
      DEPLOY_DIR: options.deployDir ?? join(root, '.deploy'),
      SMTP_URL: mail.smtpUrl,
      SMS_URL: mail.smsUrl,
      LOG_LEVEL: 'warn',
      ...JOURNEY_ENV,
      ...options.identityProviderEnv,
      ...(options.sessionIdleMinutes ? { SESSION_IDLE_MINUTES: String(options.sessionIdleMinutes) } : {}),
    };
  };
  const kernel = await createKernel(loadConfig(processEnv(0), root), { sections: SECTIONS });
  await seedDemo(kernel, CREDENTIALS);
  return {
    kernel,
    mail,
    processEnv,
    async close() {
      await kernel.close();
      await mail.close();
      await s3.close();
      await database.drop();
      for (const path of folders) rmSync(path, { recursive: true, force: true });
    },
  };
}

async function startProductionPortal(options: PortalOptions): Promise<RunningPortal> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const provider = await identityProviderFor(url, options);
  const deployment = await productionDeployment(url, { ...options, identityProviderEnv: provider.env });
  const server = new ServerProcess(url, deployment.processEnv(port));
  registerMailbox(url, deployment.mail.mailboxUrl);
  await server.start();
  const browser = await launchChromium();
  const answers = recordApiAnswers(browser, url);
  return {
    url,
    kernel: deployment.kernel,
    browser,
    mailboxUrl: deployment.mail.mailboxUrl,
    identityProvider: provider.peer,
    async forgetSessions() {
      // NOTIFY reaches the server's process, as any change of a session does.
      await deployment.kernel.sessions.changed({ all: true });
    },
    async close() {
      const undescribed = await answers.check().then(
        () => null,
        (error: Error) => error,
      );
      await browser.close();
      await server.stop('SIGTERM');
      await deployment.close();
      await provider.peer?.stop();
      // An error the server logged (a 500 no journey looked at) fails the file.
      failOnLoggedErrors(server.output);
      if (undescribed) throw undescribed;
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core in the page (injected through evaluate, so the page's CSP does not block it). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Once per document: in-app navigations keep it (half a megabyte to evaluate on every scan else).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** Logs in (accepting the CGU when asked) and returns on the first page after it. */
export async function logIn(page: Page, url: string, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${url}/connexion`);
  await page.getByLabel('Identifiant ou e-mail').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  const seen = await codesSeen(url);
  await page.getByRole('button', { name: 'Valider' }).click();
  // SPEC P8: the code sent to the member, read in the mailbox (unless this browser is remembered).
  await passCodeStep(page, url, seen);
  await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
  if (new URL(page.url()).pathname.startsWith('/cgu')) {
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/cgu'));
  }
}

/** Logs a manager in at the back office's own login (`/gestion`) and returns on the queue. */
export async function logInManager(
  page: Page,
  url: string,
  login: string = DEMO_MANAGER.login,
  password: string = DEMO_MANAGER.password,
): Promise<void> {
  await page.goto(`${url}/gestion`);
  await page.getByLabel(/^Identifiant/).fill(login);
  await page.getByLabel(/^Mot de passe/).fill(password);
  const seen = await codesSeen(url);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  // SPEC P8: a manager always types the code e-mailed to them.
  await passCodeStep(page, url, seen, { leaves: (u) => u.pathname === '/gestion/demandes' });
  await page.waitForURL((u) => u.pathname === '/gestion/demandes');
  await page.getByRole('heading', { name: 'Demandes', level: 1 }).waitFor();
}

/**
 * Opens the mailbox in `page` and returns the message named `subject` (an e-mail's subject, or "SMS"),
 * sent to `to` when given — reloading until it has arrived (in production it crosses a real SMTP
 * server after the outbox worker picked it up).
 */
export async function openMail(
  page: Page,
  running: RunningPortal,
  subject: string,
  to?: RegExp,
): Promise<Locator> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await page.goto(running.mailboxUrl);
    const articles = page.getByRole('article', { name: subject, exact: true });
    const mail = to ? articles.filter({ hasText: to }) : articles;
    if ((await mail.count()) > 0 || Date.now() > deadline) return mail.first();
    await page.waitForTimeout(250);
  }
}

export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Scanned once the page shows its title: right after a navigation, on a busy machine, the new
  // page may not have rendered yet (a page that never shows one still fails, on that rule).
  await page
    .locator('h1')
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => {});
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(`axe violations on ${label}:\n${JSON.stringify(violations, null, 2)}`);
  }
}
