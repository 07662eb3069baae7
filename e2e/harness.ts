import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { loadConfig } from '@portail/kernel';
import { freshDatabase } from '@portail/kernel/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { DEMO_MANAGER, DEMO_PASSWORD as DEMO_PASSWORD_VALUE, seedDemo } from '../api/src/demo-seed.js';
import { createPortal, type Portal } from '../api/src/host.js';

export const DEMO_PASSWORD = DEMO_PASSWORD_VALUE;

const root = resolve(import.meta.dirname, '..');
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export interface RunningPortal {
  url: string;
  portal: Portal;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The real host on a fresh database with the demo seed and the built bundles (`npm run build`),
 * on 127.0.0.1, and Debian's Chromium driven by playwright-core. `deployDir`: another deployment
 * folder than `.deploy` (a test that releases sections works on a copy).
 */
export async function startPortal(options: { deployDir?: string } = {}): Promise<RunningPortal> {
  const database = await freshDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = {
    ...loadConfig({}, root),
    database: database.target,
    storageDir: mkdtempSync(join(tmpdir(), 'portail-e2e-files-')),
    publicUrl: url,
  };
  // A lighter proof of work than production's, so that the robot check solves in well under a second.
  const portal = await createPortal(config, {
    deployDir: options.deployDir ?? join(root, '.deploy'),
    robotCheckDifficulty: { cost: 200, maxCounter: 1000 },
  });
  await seedDemo(portal.kernel);
  portal.kernel.outbox.start(200);
  const server = serve({ fetch: portal.app.fetch, port, hostname: '127.0.0.1' });
  const browser = await chromium.launch({
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
  return {
    url,
    portal,
    browser,
    async close() {
      await browser.close();
      server.close();
      await portal.kernel.close();
      await database.drop();
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
  await page.evaluate(axeSource);
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
export async function logIn(
  page: Page,
  url: string,
  login: string,
  password = DEMO_PASSWORD_VALUE,
): Promise<void> {
  await page.goto(`${url}/connexion`);
  await page.getByLabel('Identifiant ou e-mail').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Valider' }).click();
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
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((u) => u.pathname === '/gestion/demandes');
  await page.getByRole('heading', { name: 'Demandes', level: 1 }).waitFor();
}

export async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(`axe violations on ${label}:\n${JSON.stringify(violations, null, 2)}`);
  }
}
