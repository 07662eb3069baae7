// `npm run bench:lighthouse`: Lighthouse's mobile preset (performance only, simulated slow 4G and
// 4× CPU slowdown) on four pages of the built portal in production mode, three runs each, the
// median printed per page: score, LCP, TBT, CLS. It builds nothing: run `npm run build` first.
// The server is `dist/main.js` with `NODE_ENV=production` (brotli, precompressed bundles) on a fresh
// PostgreSQL database (`DATABASE_URL` or the local server) with the demo members seeded as the
// production journeys seed them (`productionDeployment` of e2e/harness.ts, unpublished passwords);
// a member's session comes from the login API and goes to Lighthouse as a `Cookie` header.
// Chromium is Debian's (/usr/bin/chromium), launched by chrome-launcher (Lighthouse's own).
//   BENCH_RUNS=5 (runs per page), BENCH_PAGES=login,contrat (a subset), BENCH_REPORTS=<dir> (each
//   run's JSON report, to read its audits: layout shifts, long tasks, network requests).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CguDocument, SessionInfo } from '@portail/kernel/contract';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

process.env.E2E_MODE = 'production';
const { DEMO_PASSWORD, freePort, productionDeployment } = await import('../e2e/harness.js');
const { PortalClient } = await import('../e2e/api.js');
const { ServerProcess } = await import('../e2e/server-process.js');

/** Sophie Petit: prévoyance and santé, so each page has its data (payments, reimbursements). */
const MEMBER = 'A300003';
const PAGES = [
  { name: 'login', label: 'Connexion', path: '/connexion', member: false },
  { name: 'contrat', label: 'Contrat', path: '/adhesion/contrat', member: true },
  {
    name: 'indemnisations',
    label: 'Historique des indemnisations',
    path: '/indemnisations/historique-indemnisations',
    member: true,
  },
  { name: 'reglements', label: 'Mes règlements', path: '/services/reglements', member: true },
] as const;
const TARGETS = { score: 95, cls: 0.05 };

const runs = Number(process.env.BENCH_RUNS ?? 3);
const only = process.env.BENCH_PAGES?.split(',');
const reportsDir = process.env.BENCH_REPORTS ? resolve(process.env.BENCH_REPORTS) : undefined;
if (reportsDir) mkdirSync(reportsDir, { recursive: true });

interface Figures {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** A session of the member (CGU accepted), as the `Cookie` header a browser would send. */
async function memberCookie(url: string): Promise<string> {
  const client = new PortalClient(url);
  // The cookie's jar is private to e2e/api.ts: reached as the end of this function does.
  const jar = (client as unknown as { cookies: Map<string, string> }).cookies;
  // SPEC P8: a device the member asked to remember (its cookie issued on the database, as the code
  // step would have): the password alone opens the session.
  const memberId = (await deployment.kernel.members.idByIdentifier(MEMBER)) ?? '';
  const device = await deployment.kernel.trustedDevices.issue(memberId, 'lighthouse');
  jar.set(deployment.kernel.trustedDevices.cookieName, device.token);
  const session = await client.call<SessionInfo>('/api/auth/login', {
    json: { login: MEMBER, password: DEMO_PASSWORD },
  });
  client.useCsrfToken(session.csrfToken);
  const cgu = await client.call<CguDocument>('/api/cgu/current', { method: 'GET' });
  if (!cgu.accepted) await client.call('/api/cgu/accept', { json: { version: cgu.version } });
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const deployment = await productionDeployment(url);
const server = new ServerProcess(url, { ...deployment.processEnv(port), LOG_LEVEL: 'error' });
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  await server.start();
  const cookie = await memberCookie(url);
  chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results: { page: (typeof PAGES)[number]; figures: Figures[] }[] = [];
  for (const page of PAGES.filter((p) => !only || only.includes(p.name))) {
    const figures: Figures[] = [];
    // One warm-up load first (the server's first answers, Chromium's first start), not counted.
    for (let run = 0, failures = 0; run <= runs; run += 1) {
      const result = await lighthouse(`${url}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        ...(page.member ? { extraHeaders: { Cookie: cookie } } : {}),
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
      const { lhr } = result;
      // A trace Lighthouse could not read (NO_NAVSTART, NO_FCP on a busy machine): that run again.
      if (lhr.runtimeError && failures < 3) {
        console.log(`  ${page.name}: ${lhr.runtimeError.code}, run again`);
        failures += 1;
        run -= 1;
        continue;
      }
      if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.message}`);
      const finalUrl = new URL(lhr.finalDisplayedUrl);
      if (finalUrl.pathname !== page.path) {
        throw new Error(`${page.path} ended at ${finalUrl.pathname}: not the page to measure`);
      }
      if (run === 0) continue;
      if (reportsDir) writeFileSync(join(reportsDir, `${page.name}-${run}.json`), JSON.stringify(lhr));
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      figures.push({
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
      });
      const last = figures.at(-1) as Figures;
      console.log(
        `  ${page.name} run ${run}: ${last.score}  LCP ${Math.round(last.lcp)} ms  TBT ${Math.round(last.tbt)} ms  CLS ${last.cls.toFixed(3)}`,
      );
    }
    results.push({ page, figures });
  }

  console.log(
    `\nLighthouse ${lighthouseVersion()} mobile, performance, median of ${runs} runs (production server)`,
  );
  let ok = true;
  for (const { page, figures } of results) {
    const m = (key: keyof Figures) => median(figures.map((f) => f[key]));
    const score = m('score');
    const cls = m('cls');
    const met = score >= TARGETS.score && cls < TARGETS.cls;
    ok &&= met;
    console.log(
      `  ${page.label.padEnd(30)} score ${String(score).padStart(3)}  LCP ${String(Math.round(m('lcp'))).padStart(5)} ms  TBT ${String(Math.round(m('tbt'))).padStart(4)} ms  CLS ${cls.toFixed(3)}  ${met ? '✓' : `✗ (targets: score ≥ ${TARGETS.score}, CLS < ${TARGETS.cls})`}`,
    );
  }
  if (!ok) process.exitCode = 1;
} finally {
  await chrome?.kill();
  await server.stop('SIGTERM');
  await deployment.close();
}

function lighthouseVersion(): string {
  return (
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../node_modules/lighthouse/package.json'), 'utf8'),
    ) as {
      version: string;
    }
  ).version;
}
