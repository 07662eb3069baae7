import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, expectAccessible, logIn, type RunningPortal, startPortal } from './harness.js';
import { codesSeen, passCodeStep } from './login-code.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

async function loggedIn(login: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await running.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${running.url}/connexion`);
  await page.getByLabel('Identifiant ou e-mail').fill(login);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  const seen = await codesSeen(running.url);
  await page.getByRole('button', { name: 'Valider' }).click();
  await passCodeStep(page, running.url, seen);
  await page.waitForURL(/\/cgu|\/accueil$/);
  if (page.url().includes('/cgu')) {
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/cgu'));
  }
  return { context, page };
}

test("a second member gets nothing from the first member's document URL", async () => {
  const claire = await loggedIn('A100001');
  const url = await claire.page.evaluate(async () => {
    const list = (await (await fetch('/api/adhesion/documents/contrat')).json()) as {
      items: { title: string; downloadUrl: string }[];
    };
    return list.items.find((d) => d.title === "Bulletin d'adhésion individuelle")?.downloadUrl;
  });
  assert.ok(url);
  const sophie = await loggedIn('A300003');
  const answer = await sophie.page.evaluate(async (path) => {
    const response = await fetch(path);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.text(),
    };
  }, url);
  assert.equal(answer.status, 404);
  assert.equal(answer.type, 'application/problem+json');
  assert.doesNotMatch(answer.body, /Claire|PDF/);
  await claire.context.close();
  await sophie.context.close();
});

test('A6 an employer without online claims (Sophie Petit): the blank paper form stays, online claims answer 403', async () => {
  const { context, page } = await loggedIn('A300003');
  await page.goto(`${running.url}/adhesion/contrat`);
  const menu = page.locator('pa-menu');
  await menu.getByRole('link', { name: /^Historique des envois/ }).waitFor();
  await menu.getByRole('link', { name: /^Mes règlements/ }).waitFor();
  // The page stays, for the paper form the FAQ sends her to; the online declaration does not.
  await menu.getByRole('link', { name: /^Demande d'indemnisation/ }).click();
  await page.getByRole('heading', { name: "Demande d'indemnisation", level: 1 }).waitFor();
  await page
    .getByText("Le service « Demande d'indemnisation en ligne » n'est pas ouvert par votre employeur.", {
      exact: true,
    })
    .waitFor();
  await page
    .getByText('Téléchargez le formulaire ci-dessous, complétez-le et renvoyez-le par courrier')
    .waitFor();
  assert.equal(await page.getByRole('button', { name: /^Déclarer un sinistre/ }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Envoyer' }).count(), 0, 'no online transmission');
  const blank = page.getByRole('link', { name: /^Télécharger Déclaration d'arrêt de travail/ });
  const [download] = await Promise.all([page.waitForEvent('download'), blank.click()]);
  assert.equal(download.suggestedFilename(), 'declaration-arret-de-travail.pdf');
  assert.equal(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString(),
    '%PDF-',
  );
  await expectAccessible(page, 'demande en ligne non ouverte, formulaire papier (A6)');
  const statuses = await page.evaluate(async () => {
    const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const start = await fetch('/api/indemnisations/demandes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
      body: JSON.stringify({ formCode: 'arret-de-travail' }),
    });
    return {
      forms: (await fetch('/api/indemnisations/formulaires')).status,
      online: (await fetch('/api/indemnisations/demandes')).status,
      start: start.status,
    };
  });
  assert.deepEqual(statuses, { forms: 200, online: 403, start: 403 });
  await context.close();
});

test('a section that fails to load shows a message while the rest keeps working', async () => {
  const { context, page } = await loggedIn('A100001');
  await context.route('**/assets/mfe-compte/**', (route) => route.abort());
  await page.goto(`${running.url}/compte/donnees-personnelles`);
  await page.getByText(/La rubrique « Mon compte » est momentanément indisponible/).waitFor();
  await expectAccessible(page, 'rubrique indisponible');
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Contrat/ })
    .click();
  await page.getByRole('heading', { name: 'Contrat', level: 1 }).waitFor();
  await context.close();
});

test('A8 an expired session brings the member back to login, then to where they were', async () => {
  const { context, page } = await loggedIn('A100001');
  await page.goto(`${running.url}/adhesion/formulaires`);
  await page.getByRole('heading', { name: 'Formulaires', level: 1 }).waitFor();
  // Nothing in flight: the expiry must be met by the member's next click, not by a late request.
  await page.waitForLoadState('networkidle');
  await running.kernel.db
    .updateTable('core.sessions')
    .set({ last_seen_at: new Date(Date.now() - 3_600_000) })
    .where('revoked_at', 'is', null)
    .execute();
  // The clock moved in the database only: sessions the portal read a moment ago are stale.
  await running.forgetSessions();
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Contrat/ })
    .click();
  await page.waitForURL(/\/connexion/);
  await page.getByText('Votre session a expiré. Veuillez vous reconnecter.').waitFor();
  await page.getByLabel('Identifiant ou e-mail').fill('A100001');
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  const seen = await codesSeen(running.url);
  await page.getByRole('button', { name: 'Valider' }).click();
  await passCodeStep(page, running.url, seen);
  await page.waitForURL(/\/adhesion\/contrat$/);
  await page.getByRole('heading', { name: 'Contrat', level: 1 }).waitFor();
  await context.close();
});

test('A8 idle past the limit for real: back to login with the message, the cookie cleared, then to the page', async () => {
  // Its own portal with a 6-second inactivity limit (production mode: a `__Host-` cookie to clear).
  const idle = await startPortal({ sessionIdleMinutes: 0.1 });
  try {
    const context = await idle.browser.newContext();
    const page = await context.newPage();
    await logIn(page, idle.url, 'A300003');
    await page.goto(`${idle.url}/adhesion/formulaires`);
    await page.getByRole('heading', { name: 'Formulaires', level: 1 }).waitFor();
    // Nobody touches the page: once the limit has passed, the shell asks the server, which answers 401.
    await page.waitForURL(/\/connexion/, { timeout: 20_000 });
    await page.getByText('Votre session a expiré. Veuillez vous reconnecter.').waitFor();
    const cookies = await context.cookies(idle.url);
    assert.deepEqual(
      cookies.filter((c) => c.name.endsWith('portail_session')).map((c) => c.name),
      [],
      'the expired session cookie is cleared',
    );
    await expectAccessible(page, 'session expirée');
    await page.getByLabel('Identifiant ou e-mail').fill('A300003');
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    const seen = await codesSeen(idle.url);
    await page.getByRole('button', { name: 'Valider' }).click();
    await passCodeStep(page, idle.url, seen);
    await page.waitForURL(/\/adhesion\/formulaires$/);
    await page.getByRole('heading', { name: 'Formulaires', level: 1 }).waitFor();
    await context.close();
  } finally {
    await idle.close();
  }
});

test('unknown pages get a 404 page; W3 one copy of Lit whatever sections mounted', async () => {
  const { context, page } = await loggedIn('A300003');
  await page.goto(`${running.url}/nulle-part`);
  await page.getByRole('heading', { name: 'Page introuvable' }).waitFor();
  await expectAccessible(page, '404');
  await page.goto(`${running.url}/services/reglements`);
  await page.getByRole('heading', { name: 'Mes règlements', level: 1 }).waitFor();
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Contrat/ })
    .click();
  await page.getByRole('heading', { name: 'Contrat', level: 1 }).waitFor();
  const versions = await page.evaluate(() => {
    const w = window as unknown as Record<string, string[] | undefined>;
    return [w.litHtmlVersions?.length, w.reactiveElementVersions?.length, w.litElementVersions?.length];
  });
  assert.deepEqual(versions, [1, 1, 1]);
  await page.goto(`${running.url}/navigateurs`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expectAccessible(page, 'navigateurs');
  await context.close();
});
