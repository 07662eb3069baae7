// `npm run bench` (first part): builds the portal, starts the built server in production mode (as
// `npm run test:e2e:prod` does: PostgreSQL, `DATABASE_URL` or the local server), opens the login
// page and the Contrat page in headless Chromium with its cache off, and prints the JavaScript each
// page received: bytes on the wire as Chromium counts them (compressed bodies and their response
// headers), beside the compressed bodies alone, the files' own sizes and their gzip -9 sizes.
// Then, from the build, each section's code per page: its entry (with the chunks it imports) and,
// for each page module (`pages/define-<page>.ts`, loaded when the page is first shown), what the
// page adds to it — brotli sizes of the files as served.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';

process.env.E2E_MODE = 'production';
const { DEMO_PASSWORD, logIn, startPortal } = await import('../e2e/harness.js');

const TARGETS = { login: 40 * 1024, contrat: 48 * 1024 };

execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
const running = await startPortal();

interface ScriptLoad {
  url: string;
  /** What Chromium received for it: headers and (compressed) body. */
  wire: number;
  /** The compressed body alone (`Content-Length` of the answer). */
  body: number;
  encoding: string;
  /** The file itself. */
  raw: number;
  gzip9: number;
}

/** Loads `url` in `page` with the browser cache off and returns every script it received. */
async function scriptsOf(context: BrowserContext, page: Page, url: string, ready: () => Promise<void>) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map<string, { url: string; headers: Record<string, string>; mimeType: string }>();
  const finished = new Map<string, number>();
  cdp.on('Network.responseReceived', (event) => {
    responses.set(event.requestId, {
      url: event.response.url,
      headers: Object.fromEntries(
        Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
      ),
      mimeType: event.response.mimeType,
    });
  });
  cdp.on('Network.loadingFinished', (event) => finished.set(event.requestId, event.encodedDataLength));
  await page.goto(url);
  await ready();
  await page.waitForLoadState('networkidle');
  const loads: ScriptLoad[] = [];
  for (const [id, response] of responses) {
    if (!/javascript/.test(response.mimeType) || !finished.has(id)) continue;
    const file = Buffer.from(await (await fetch(response.url)).arrayBuffer());
    loads.push({
      url: response.url,
      wire: finished.get(id) ?? 0,
      body: Number(response.headers['content-length'] ?? 0),
      encoding: response.headers['content-encoding'] ?? 'identity',
      raw: file.length,
      gzip9: gzipSync(file, { level: 9 }).length,
    });
  }
  await cdp.detach();
  return loads;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (loads: ScriptLoad[], key: keyof Omit<ScriptLoad, 'url' | 'encoding'>) =>
  loads.reduce((total, load) => total + load[key], 0);

function report(label: string, loads: ScriptLoad[], target: number): boolean {
  const wire = sum(loads, 'wire');
  const encodings = [...new Set(loads.map((l) => l.encoding))].join(', ');
  console.log(
    `  ${label.padEnd(34)} wire ${kb(wire).padStart(8)} (target ≤ ${kb(target)})  bodies ${kb(sum(loads, 'body')).padStart(8)} ${encodings}  files ${kb(sum(loads, 'raw')).padStart(8)}  gzip -9 ${kb(sum(loads, 'gzip9')).padStart(8)}  ${loads.length} files`,
  );
  return wire <= target;
}

const deployDir = resolve(import.meta.dirname, '../.deploy');
/** A module's relative static imports (`from"./chunks/x.js"`), as files. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) =>
    resolve(dirname(file), m[1] as string),
  );
}
/** `file` and every module it imports statically, within its folder. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of staticImports(file)) closure(imported, seen);
  return seen;
}
const brotli = (files: Iterable<string>) =>
  [...files].reduce(
    (total, file) => total + statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size,
    0,
  );

/** A page module's chunk: `define-<page>-<hash>.js`. */
const PAGE_CHUNK = /^define-([a-z][a-z-]*[a-z])-[\w-]{8}\.js$/;

/** Per section: the entry with its static imports, then what each page module adds (brotli). */
function reportPageChunks(): void {
  const { imports } = JSON.parse(readFileSync(join(deployDir, 'importmap.json'), 'utf8')) as {
    imports: Record<string, string>;
  };
  console.log('\nSections per page, brotli as served (entry + its chunks; then what each page adds)');
  for (const [specifier, url] of Object.entries(imports)) {
    if (!/^@portail\/mfe-[a-z-]+$/.test(specifier)) continue;
    const entry = join(deployDir, url);
    const base = closure(entry);
    const chunksDir = join(dirname(entry), 'chunks');
    const pages = existsSync(chunksDir) ? readdirSync(chunksDir).filter((f) => PAGE_CHUNK.test(f)) : [];
    const parts = pages.sort().map((name) => {
      const own = [...closure(join(chunksDir, name))].filter((file) => !base.has(file));
      return `${PAGE_CHUNK.exec(name)?.[1]} +${kb(brotli(own))}`;
    });
    console.log(
      `  ${specifier.padEnd(30)} entry ${kb(brotli(base)).padStart(8)} (${base.size} files)  ${parts.join(', ')}`,
    );
  }
}

try {
  const anonymous = await running.browser.newContext();
  const loginPage = await anonymous.newPage();
  const login = await scriptsOf(anonymous, loginPage, `${running.url}/connexion`, () =>
    loginPage.getByLabel('Mot de passe').first().waitFor(),
  );
  await anonymous.close();

  const member = await running.browser.newContext();
  const setup = await member.newPage();
  await logIn(setup, running.url, 'A300003', DEMO_PASSWORD);
  await setup.close();
  const contratPage = await member.newPage();
  const contrat = await scriptsOf(member, contratPage, `${running.url}/adhesion/contrat`, () =>
    contratPage.getByRole('heading', { name: 'Contrat', level: 1 }).waitFor(),
  );
  await member.close();

  console.log('\nJavaScript received by Chromium, cache off (production server, precompressed bundles)');
  const floor = login.filter((l) => /\/assets\/(lit|single-spa)\//.test(l.url));
  console.log(`  floor: Lit + single-spa            wire ${kb(sum(floor, 'wire')).padStart(8)}`);
  const loginOk = report('login page (/connexion)', login, TARGETS.login);
  const contratOk = report('Contrat page (/adhesion/contrat)', contrat, TARGETS.contrat);
  // `--files`: every file of both pages; otherwise the Contrat page's eight biggest.
  const everyFile = process.argv.includes('--files');
  for (const [label, loads] of everyFile
    ? [['login', login] as const, ['Contrat', contrat] as const]
    : [['Contrat', contrat] as const]) {
    if (everyFile) console.log(`  ${label}:`);
    for (const load of [...loads].sort((a, b) => b.wire - a.wire).slice(0, everyFile ? undefined : 8)) {
      console.log(`    ${kb(load.wire).padStart(8)}  ${new URL(load.url).pathname}`);
    }
  }
  reportPageChunks();
  if (!loginOk || !contratOk) {
    console.error('Over target: see the lines above.');
    process.exitCode = 1;
  }
} finally {
  await running.close();
}
