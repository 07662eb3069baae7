// `npm run bench`: builds the bundles, opens the login page and the Contrat page in Chromium, and
// prints the gzipped JavaScript bytes the browser downloaded, next to the floor (Lit + single-spa).
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, startPortal } from '../e2e/harness.js';

const TARGET_LOGIN_BYTES = 50 * 1024;

execFileSync(process.execPath, ['scripts/build-web.mjs'], { stdio: 'inherit' });
const running = await startPortal();

async function scriptsDuring(page: Page, action: () => Promise<void>) {
  const bodies = new Map<string, Buffer>();
  const pending: Promise<void>[] = [];
  const onResponse = (response: import('playwright-core').Response) => {
    if (response.request().resourceType() !== 'script' && !response.url().endsWith('.js')) return;
    pending.push(
      response.body().then(
        (body) => void bodies.set(response.url(), body),
        () => {},
      ),
    );
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', onResponse);
  return bodies;
}

function gzipped(bodies: Map<string, Buffer>, filter: (url: string) => boolean = () => true) {
  let raw = 0;
  let gz = 0;
  let files = 0;
  for (const [url, body] of bodies) {
    if (!filter(url)) continue;
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
    files++;
  }
  return { files, raw, gz };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

try {
  const context = await running.browser.newContext();
  const page = await context.newPage();
  const login = await scriptsDuring(page, async () => {
    await page.goto(`${running.url}/connexion`);
    await page.getByLabel('Mot de passe').first().waitFor();
  });
  const floor = gzipped(login, (url) => /\/assets\/(lit|single-spa)\//.test(url));
  const loginTotal = gzipped(login);

  await page.getByLabel('Identifiant ou e-mail').fill('A300003');
  await page.getByLabel('Mot de passe').first().fill(DEMO_PASSWORD);
  const afterLogin = await scriptsDuring(page, async () => {
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('button', { name: 'Valider' }).waitFor(); // CGU gate
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.goto(`${running.url}/adhesion/contrat`);
    await page.getByRole('heading', { name: 'Contrat', level: 1 }).waitFor();
  });
  const contratPage = new Map([...login, ...afterLogin]);
  const contratTotal = gzipped(contratPage);

  console.log('\nJavaScript downloaded (gzip -9 of each response body)');
  console.log(`  floor: Lit + single-spa        ${kb(floor.gz).padStart(9)}  (${floor.files} files)`);
  console.log(
    `  login page (/connexion)        ${kb(loginTotal.gz).padStart(9)}  (${loginTotal.files} files, ${kb(loginTotal.raw)} raw)  target ≤ ${kb(TARGET_LOGIN_BYTES)}`,
  );
  console.log(
    `  Contrat page (/adhesion/contrat) ${kb(contratTotal.gz).padStart(7)}  (${contratTotal.files} files, ${kb(contratTotal.raw)} raw)`,
  );
  for (const [url, body] of [...contratPage].sort((a, b) => b[1].length - a[1].length).slice(0, 8)) {
    console.log(`    ${kb(gzipSync(body, { level: 9 }).length).padStart(8)}  ${new URL(url).pathname}`);
  }
  if (loginTotal.gz > TARGET_LOGIN_BYTES) {
    console.error(`Login page over target: ${kb(loginTotal.gz)} > ${kb(TARGET_LOGIN_BYTES)}`);
    process.exitCode = 1;
  }
  await context.close();
} finally {
  await running.close();
}
