// SPEC W2 — widgets on an employer's intranet, another site than the portal: the intranet on
// http://localhost:P, the portal on http://127.0.0.1:Q (`npm run example:intranet` serves it).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, type TestContext, test } from 'node:test';
import { WIDGET_ORIGIN_REFUSED } from '@portail/kernel/contract';
import type { BrowserContext, Page } from 'playwright-core';
import { indemnisationsDb } from '../mfe-indemnisations/api/tables.js';
import { managerApi } from './api.js';
import { addDays, todayIso } from './dates.js';
import { recordIndemnity } from './gestion.js';
import { expectAccessible, freePort, logIn, type RunningPortal, startPortal } from './harness.js';
import { CLAIM_TITLE } from './indemnisations.js';
import { codesSeen, passCodeStep } from './login-code.js';
import { freshMember, type Member, newPage } from './members.js';

const root = resolve(import.meta.dirname, '..');
let running: RunningPortal;
let allowed: string;
let refused: string;
const intranets: ChildProcess[] = [];

/** `node examples/intranet/server.mjs`, as `npm run example:intranet` runs it, for this portal. */
async function startIntranet(): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ['examples/intranet/server.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), PORTAL_URL: running.url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  intranets.push(child);
  await new Promise<void>((done, fail) => {
    child.once('exit', (code) => fail(new Error(`intranet exited (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Intranet')) done();
    });
  });
  return `http://localhost:${port}`;
}

before(async () => {
  running = await startPortal();
  allowed = await startIntranet();
  refused = await startIntranet();
  // H6: the Mairie de Bourges (the employer of the journeys' members) registered the first intranet only.
  await running.kernel.db
    .updateTable('core.employers')
    .set({ widget_origins: [allowed] })
    .where('name', '=', 'Mairie de Bourges')
    .execute();
});
after(async () => {
  for (const child of intranets) child.kill();
  await running.close();
});

/** Every API answer with data the page received from the portal (not the widgets' bundles). */
function watchApi(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(`${running.url}/api/`) && response.ok()) seen.push(response.url());
  });
  return seen;
}

/**
 * Clicks the popup's button that closes it: the window may be gone before the click's own checks end
 * (Playwright then says the target closed), so what is awaited is the window closing.
 */
async function clickClosing(popup: Page, name: string): Promise<void> {
  const closed = popup.waitForEvent('close');
  await popup
    .getByRole('button', { name })
    .click({ noWaitAfter: true })
    .catch((error: Error) => {
      if (!popup.isClosed()) throw error;
    });
  await closed;
}

async function logInThroughPopup(
  context: BrowserContext,
  page: Page,
  member: Member,
  button = 'Se connecter',
) {
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.locator('adh-documents-cles').getByRole('button', { name: button }).click(),
  ]);
  await popup.waitForLoadState();
  assert.equal(new URL(popup.url()).origin, running.url, 'the login is on the portal');
  await popup.getByLabel('Identifiant ou e-mail').fill(member.identifier);
  await popup.getByLabel('Mot de passe').fill(member.password);
  const seen = await codesSeen(running.url);
  await popup.getByRole('button', { name: 'Valider' }).click();
  await passCodeStep(popup, running.url, seen, { leaves: () => false });
  return popup;
}

/** The token a widget keeps in its tab's storage for the portal (null: none). */
async function storedToken(page: Page): Promise<string | null> {
  const stored = await page.evaluate(
    (portal) => sessionStorage.getItem(`portail-widget-jeton:${portal}`),
    running.url,
  );
  return stored === null ? null : ((JSON.parse(stored) as { token?: string }).token ?? '');
}

/**
 * What the allowed intranet receives once `member` logged in through its popup and authorised it:
 * the widget's token (the member's consent recorded on the way).
 */
async function tokenOfAllowedIntranet(t: TestContext, member: Member): Promise<string> {
  const { context, page } = await newPage(t, running);
  await page.goto(`${allowed}/`);
  const documents = page.locator('adh-documents-cles');
  await documents.getByRole('button', { name: 'Se connecter' }).waitFor();
  const popup = await logInThroughPopup(context, page, member);
  await popup.getByText(`Autoriser ${allowed} à afficher vos documents clés, `).waitFor();
  await clickClosing(popup, 'Autoriser');
  await documents.getByRole('cell', { name: /Guide de l'adhérent prévoyance 2026/ }).waitFor();
  const token = await storedToken(page);
  assert.ok(token, 'the widget keeps its token for this tab');
  return token;
}

test('W2 a widget bundle loads with one script tag from another site, cached as it should', async () => {
  const stable = await fetch(`${running.url}/widgets/mfe-adhesion.js`);
  assert.equal(stable.status, 200);
  assert.equal(stable.headers.get('access-control-allow-origin'), '*');
  assert.equal(stable.headers.get('cache-control'), 'no-cache');
  const bundle = /from "([^"]+)"/.exec(await stable.text())?.[1] ?? '';
  const manifest = JSON.parse(readFileSync(resolve(root, '.deploy/widgets.json'), 'utf8'));
  assert.equal(bundle, manifest['mfe-adhesion']);
  const immutable = await fetch(`${running.url}${bundle}`);
  assert.equal(immutable.headers.get('access-control-allow-origin'), '*');
  assert.match(immutable.headers.get('cache-control') ?? '', /immutable/);
  const popup = await fetch(`${running.url}/widgets/connexion?origin=${encodeURIComponent(allowed)}`);
  assert.equal(popup.headers.get('cross-origin-opener-policy'), 'unsafe-none');
  const portal = await fetch(`${running.url}/connexion`);
  assert.equal(portal.headers.get('cross-origin-opener-policy'), 'same-origin');
});

test('W2 from a registered intranet, the member logs in through the popup and sees their data', async (t) => {
  // A member who accepted the first CGU only (as Claire Martin in the demo), paid six times.
  const member = await freshMember(running, { cgu: 'previous' });
  const manager = await managerApi(running);
  for (let month = 6; month >= 1; month -= 1) {
    const start = addDays(todayIso(), -30 * month - 20);
    await recordIndemnity(manager, member, {
      nature: 'Maladie ordinaire',
      eventDate: addDays(todayIso(), -200),
      periodStart: start,
      periodEnd: addDays(start, 29),
      paidOn: addDays(start, 41),
      method: 'virement',
      grossCents: 129_000,
      deductions: [
        { label: 'CSG (6,7 %)', amountCents: 8_643 },
        { label: 'CRDS (0,5 %)', amountCents: 645 },
      ],
      fullPayDays: 30,
      halfPayDays: 0,
      dailyAmountCents: 4_300,
    });
  }
  const { context, page } = await newPage(t, running);
  await page.goto(`${allowed}/`);
  await page.getByRole('heading', { name: 'Ma prévoyance', level: 1 }).waitFor();
  const documents = page.locator('adh-documents-cles');
  await documents.getByRole('button', { name: 'Se connecter' }).waitFor();
  await page.locator('ind-historique-indemnisations').getByRole('button', { name: 'Se connecter' }).waitFor();
  await expectAccessible(page, 'intranet, member not connected');

  const popup = await logInThroughPopup(context, page, member);
  // The member has CGU v2 to accept first (A3), in the popup itself; then, this first time, is
  // asked whether this intranet may show their information; then it hands the token and closes.
  await popup.getByRole('heading', { name: "Conditions générales d'utilisation", level: 1 }).waitFor();
  await popup.getByRole('button', { name: 'Valider' }).click();
  await popup.getByText(`Autoriser ${allowed} à afficher vos documents clés, `).waitFor();
  assert.equal(await documents.getByRole('cell').count(), 0, 'nothing shown before the answer');
  await expectAccessible(popup, 'widget popup, consent');
  await clickClosing(popup, 'Autoriser');

  await documents.getByRole('cell', { name: /Guide de l'adhérent prévoyance 2026/ }).waitFor();
  const history = page.locator('ind-historique-indemnisations');
  await history
    .getByRole('cell', { name: /Prestations pour la Maladie ordinaire/ })
    .first()
    .waitFor();
  assert.equal(await history.locator('tbody tr').count(), 5);
  const declare = page
    .locator('ind-declarer-sinistre')
    .getByRole('link', { name: /^Déclarer un sinistre : / });
  await declare.waitFor();
  await expectAccessible(page, 'intranet, member connected');

  // « Déclarer un sinistre » opens the form of a new claim on the portal, in a new tab; opened and
  // left, it stores nothing: no draft, however often.
  for (let visit = 1; visit <= 3; visit += 1) {
    const [tab] = await Promise.all([context.waitForEvent('page'), declare.click()]);
    await tab.getByRole('heading', { name: CLAIM_TITLE, level: 1 }).waitFor();
    assert.equal(new URL(tab.url()).pathname, '/indemnisations/demande/nouvelle/arret-de-travail');
    if (visit === 1) await expectAccessible(tab, 'new claim opened from the intranet');
    await tab.close();
  }
  const drafts = await indemnisationsDb(running.kernel)
    .selectFrom('indemnisations.claims')
    .select('id')
    .where('member_id', '=', member.id)
    .execute();
  assert.deepEqual(drafts, [], 'no draft from the visits');
  await page.reload();
  await page
    .locator('ind-declarer-sinistre')
    .getByRole('link', { name: /^Déclarer un sinistre : / })
    .waitFor();
  assert.equal(
    await page.locator('ind-declarer-sinistre').getByRole('table').count(),
    0,
    'nothing in progress',
  );

  // A document downloads with the token (no portal cookie on this site).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    documents.getByRole('link', { name: /Télécharger Guide de l'adhérent/ }).click(),
  ]);
  assert.equal(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString(),
    '%PDF-',
  );
  assert.equal(download.suggestedFilename(), 'guide-adherent-prevoyance-2026.pdf');

  assert.ok(await storedToken(page), 'the widget keeps its token for this tab');
  // The intranet never received the portal's session cookie.
  assert.deepEqual(
    (await context.cookies(allowed)).map((c) => c.name),
    [],
  );
});

test('W2 + P6 on an intranet page in English, the widgets speak English, before and after the login', async (t) => {
  const member = await freshMember(running);
  const { context, page } = await newPage(t, running);
  await page.goto(`${allowed}/?lang=en`);
  const documents = page.locator('adh-documents-cles');
  const history = page.locator('ind-historique-indemnisations');
  await documents.getByRole('button', { name: 'Log in' }).waitFor();
  await history.getByRole('button', { name: 'Log in' }).waitFor();
  await documents.getByRole('heading', { name: 'My key documents', level: 2 }).waitFor();
  for (const widget of ['adh-documents-cles', 'ind-historique-indemnisations', 'ind-declarer-sinistre']) {
    assert.equal(await page.locator(widget).getByText('Se connecter').count(), 0, `${widget} in French`);
  }
  await expectAccessible(page, 'intranet in English, member not connected');

  // The popup is the portal's login, in the portal's language for this browser (French here).
  const popup = await logInThroughPopup(context, page, member, 'Log in');
  await popup.getByText(`Autoriser ${allowed} à afficher vos documents clés, `).waitFor();
  await clickClosing(popup, 'Autoriser');

  await documents.getByRole('cell', { name: /Guide de l'adhérent prévoyance 2026/ }).waitFor();
  await documents.getByRole('link', { name: /^Download Guide de l'adhérent/ }).waitFor();
  await history.getByText('No benefit payment yet').waitFor();
  await page
    .locator('ind-declarer-sinistre')
    .getByRole('link', { name: /^Make a claim: / })
    .waitFor();
  await expectAccessible(page, 'intranet in English, member connected');
  // The French page of the same intranet, in the same tab: the same widgets in French.
  await page.goto(`${allowed}/`);
  await documents.getByRole('heading', { name: 'Mes documents clés', level: 2 }).waitFor();
  await documents.getByRole('link', { name: /^Télécharger Guide de l'adhérent/ }).waitFor();
});

test('W2 a site the employer did not register gets no token and no data, and the widget says so', async (t) => {
  const member = await freshMember(running);
  const { context, page } = await newPage(t, running);
  const data = watchApi(page);
  await page.goto(`${refused}/`);
  const documents = page.locator('adh-documents-cles');
  await documents.getByRole('button', { name: 'Se connecter' }).waitFor();

  const popup = await logInThroughPopup(context, page, member);
  await popup.getByText(WIDGET_ORIGIN_REFUSED).waitFor();
  await expectAccessible(popup, 'widget popup, site refused');
  await documents.getByText(WIDGET_ORIGIN_REFUSED).waitFor();
  assert.equal(await documents.getByRole('button', { name: 'Se connecter' }).count(), 0);
  await expectAccessible(page, 'intranet, site refused');
  await clickClosing(popup, 'Fermer');

  const widgetData = data.filter((url) => /\/api\/(adhesion|indemnisations)\//.test(url));
  assert.deepEqual(widgetData, [], 'no member data reached the refused site');
  assert.equal(await storedToken(page), null);
});

test('W2 a token handed to one intranet is refused when replayed from another', async (t) => {
  const stolenToken = await tokenOfAllowedIntranet(t, await freshMember(running));
  const { page } = await newPage(t, running);
  await page.goto(`${refused}/`);
  // From the browser on the other site: the portal answers no CORS for it, nothing is readable.
  const inBrowser = await page.evaluate(
    async ({ portal, token }) => {
      try {
        const response = await fetch(`${portal}/api/adhesion/documents/documents-cles`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        return `status ${response.status}`;
      } catch {
        return 'blocked';
      }
    },
    { portal: running.url, token: stolenToken },
  );
  assert.equal(inBrowser, 'blocked');

  // Even a client that forges the Origin header: the token is bound to the allowed origin.
  const call = (origin: string) =>
    fetch(`${running.url}/api/adhesion/documents/documents-cles`, {
      headers: { Origin: origin, Authorization: `Bearer ${stolenToken}` },
    });
  const replayed = await call(refused);
  assert.equal(replayed.status, 401);
  assert.equal(replayed.headers.get('access-control-allow-origin'), null);
  assert.equal((await call(allowed)).status, 200, 'the same token still works from its own origin');
});

test('W2 Mon compte › Intranets autorisés: the member withdraws the intranet, and its token stops at once', async (t) => {
  const member = await freshMember(running);
  const stolenToken = await tokenOfAllowedIntranet(t, member);
  const { page } = await newPage(t, running);
  await logIn(page, running.url, member.identifier, member.password);
  await page.goto(`${running.url}/compte/intranets`);
  await page.getByRole('heading', { name: 'Intranets autorisés', level: 1 }).waitFor();
  await page.getByRole('heading', { name: allowed, level: 2 }).waitFor();
  await page.getByText(/Mairie de Bourges/).waitFor();
  await expectAccessible(page, 'Intranets autorisés');
  await page.getByRole('button', { name: `Retirer l'autorisation de ${allowed}` }).click();
  const dialog = page.getByRole('dialog', { name: "Retirer l'autorisation" });
  await dialog.getByText(`Retirer l'autorisation de ${allowed} ?`).waitFor();
  await expectAccessible(page, 'Intranets autorisés, confirmation');
  await dialog.getByRole('button', { name: 'Retirer' }).click();
  await page.getByText(`L'autorisation de ${allowed} est retirée`).waitFor();
  await page.getByText(/Aucun intranet n'est autorisé/).waitFor();
  await expectAccessible(page, 'Intranets autorisés, retirée');
  const after = await fetch(`${running.url}/api/adhesion/documents/documents-cles`, {
    headers: { Origin: allowed, Authorization: `Bearer ${stolenToken}` },
  });
  assert.equal(after.status, 401, 'the intranet reads nothing more');
});
