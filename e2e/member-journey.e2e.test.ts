// SPEC A1, A3, A4, A5, A8, B1: a member's first steps in the portal — login, the CGU to accept, the
// contract documents and their unread marker, the other sections, logout — each journey with a
// member of its own (and, for Contrat, the member's own bulletin d'adhésion).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { publishMembershipForm } from './adhesion.js';
import { download, pdfText } from './files.js';
import { expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { codeArrives, codesSeen, passCodeStep } from './login-code.js';
import { freshMember, type Member, memberPage, newPage } from './members.js';
import { menu } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

const contratEntry = (page: Page) => menu(page).getByRole('link', { name: /^Contrat/ });

/** Asks for Contrat without a session: the login page, which leads back there once logged in. */
async function openContratLoggedOut(page: Page): Promise<void> {
  await page.goto(`${running.url}/adhesion/contrat`);
  await page.waitForURL(/\/connexion\?retour=%2Fadhesion%2Fcontrat$/);
}

/** Types the member's identifier and password on the login page and validates. */
async function submitLogin(page: Page, member: Member): Promise<void> {
  await page.getByLabel('Identifiant ou e-mail').fill(member.identifier);
  await page.getByLabel('Mot de passe').fill(member.password);
  const seen = await codesSeen(running.url);
  await page.getByRole('button', { name: 'Valider' }).click();
  await passCodeStep(page, running.url, seen);
}

test('A1 + P8 from a new browser, a wrong password gets the same code step, where no code comes and none is right', async (t) => {
  const member = await freshMember(running);
  const { page } = await newPage(t, running);
  await openContratLoggedOut(page);
  await expectAccessible(page, 'connexion');
  await page.getByLabel('Identifiant ou e-mail').fill(member.identifier);
  await page.getByLabel('Mot de passe').fill('Mauvais2026');
  const seen = await codesSeen(running.url);
  await page.getByRole('button', { name: 'Valider' }).click();
  // Nothing tells the password was wrong: the code step, as after a right one.
  await page.getByRole('heading', { name: 'Vérification de votre identité', level: 1 }).waitFor();
  await page
    .getByText(
      'Si votre identifiant et votre mot de passe sont exacts, un code à 6 chiffres vient de vous être envoyé, par e-mail ou par SMS selon vos préférences. Il est valable 10 minutes.',
    )
    .waitFor();
  await page.getByText(/^Pas de code après quelques minutes \?/).waitFor();
  assert.equal(await page.getByText('Identifiant ou mot de passe incorrect.').count(), 0);
  assert.equal(await page.getByText(member.email).count(), 0, 'no address');
  assert.match(page.url(), /\/connexion/);
  await expectAccessible(page, 'code après un mot de passe inexact');
  assert.equal(await codeArrives(running.url, seen, 3000), false, 'no code sent');
  await page.getByLabel('Code reçu').fill('123456');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText('Code incorrect. Il vous reste 4 essais.').first().waitFor();
  assert.match(page.url(), /\/connexion/);
  await page.getByRole('button', { name: 'Recommencer la connexion' }).click();
  await page.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();
  await page.getByLabel('Identifiant ou e-mail').waitFor();
  assert.equal(await page.getByLabel('Code reçu').count(), 0);
  await expectAccessible(page, 'connexion recommencée');
});

test('A1 from a remembered device, a wrong password gets the generic message at once, and nothing else', async (t) => {
  const member = await freshMember(running);
  const { page } = await newPage(t, running);
  await page.goto(`${running.url}/connexion`);
  await page.getByLabel('Identifiant ou e-mail').fill(member.identifier);
  await page.getByLabel('Mot de passe').fill(member.password);
  const seen = await codesSeen(running.url);
  await page.getByRole('button', { name: 'Valider' }).click();
  assert.equal(await passCodeStep(page, running.url, seen, { remember: true }), true);
  await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByText('Vous êtes déconnecté.').waitFor();

  await page.getByLabel('Identifiant ou e-mail').fill(member.identifier);
  await page.getByLabel('Mot de passe').fill('Mauvais2026');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText('Identifiant ou mot de passe incorrect.').waitFor();
  assert.equal(
    await page.getByRole('heading', { name: 'Vérification de votre identité' }).count(),
    0,
    'no code step',
  );
  assert.match(page.url(), /\/connexion/);
  await expectAccessible(page, 'connexion avec erreur');
});

test('A1 + A3 login, then the CGU v2 must be accepted before anything else', async (t) => {
  // A member who accepted the first CGU only (as Claire Martin in the demo).
  const member = await freshMember(running, { cgu: 'previous' });
  const { page } = await newPage(t, running);
  await openContratLoggedOut(page);
  await submitLogin(page, member);
  await page.waitForURL(/\/cgu/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await menu(page).count(), 0, 'no menu behind the CGU gate');
  await expectAccessible(page, 'CGU à accepter');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.waitForURL(/\/adhesion\/contrat$/);
});

test('A4 + A5 + B1 Contrat lists the documents with the orange marker in list and menu', async (t) => {
  const member = await freshMember(running);
  await publishMembershipForm(running, member);
  const { page } = await newPage(t, running);
  await openContratLoggedOut(page);
  await submitLogin(page, member);
  await page.waitForURL(/\/adhesion\/contrat$/);
  await page.getByRole('heading', { name: 'Contrat', level: 1 }).waitFor();
  await page.getByRole('cell', { name: /Bulletin d'adhésion individuelle/ }).waitFor();
  assert.equal(await page.getByRole('cell', { name: 'Mairie de Bourges' }).count(), 2);
  assert.equal(await page.getByText('Nouveau', { exact: true }).count(), 2);
  await menu(page)
    .getByRole('link', { name: /^Contrat.*2 nouveaux documents$/ })
    .waitFor();
  const focused = await page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.tagName;
  });
  assert.equal(focused, 'H1', 'focus moves to the page title (A4)');
  await page.locator('portail-app').getByText(member.identifier).first().waitFor();
  await expectAccessible(page, 'Contrat');
});

test('B1 opening a document downloads the PDF and clears its marker without reload', async (t) => {
  const member = await freshMember(running);
  const fileName = await publishMembershipForm(running, member);
  const { page } = await memberPage(t, running, member);
  await page.goto(`${running.url}/adhesion/contrat`);
  await page.getByRole('heading', { name: 'Contrat', level: 1 }).waitFor();
  await menu(page)
    .getByRole('link', { name: /^Contrat.*2 nouveaux documents$/ })
    .waitFor();
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  const opened = await download(
    page,
    page.getByRole('link', { name: /Télécharger Bulletin d'adhésion individuelle/ }),
  );
  assert.equal(opened.download.suggestedFilename(), fileName);
  assert.equal(opened.bytes.subarray(0, 5).toString(), '%PDF-');
  const text = pdfText(opened.path);
  assert.match(text, /Bulletin d'adhésion individuelle/);
  assert.ok(text.includes(`${member.firstName} ${member.lastName}`), text);
  await menu(page)
    .getByRole('link', { name: /^Contrat.*1 nouveau document$/ })
    .waitFor();
  assert.equal(await page.getByText('Nouveau', { exact: true }).count(), 1);
  assert.ok(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded));
  await page.reload();
  await page.getByRole('cell', { name: /Notice information/ }).waitFor();
  assert.equal(
    await page.getByText('Nouveau', { exact: true }).count(),
    1,
    'the read state is kept on the server',
  );
  await contratEntry(page).waitFor();
});

test('A4 other sections mount in the layout; the CGU stay readable from the footer', async (t) => {
  const { page } = await memberPage(t, running, await freshMember(running));
  await menu(page)
    .getByRole('link', { name: /^Documents clés/ })
    .click();
  await page.getByRole('heading', { name: 'Documents clés', level: 1 }).waitFor();
  await page.getByRole('cell', { name: /Guide de l'adhérent prévoyance 2026/ }).waitFor();
  await menu(page).getByRole('link', { name: 'Données personnelles' }).click();
  await page.getByRole('heading', { name: 'Données personnelles', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Coordonnées bancaires' }).waitFor();
  await expectAccessible(page, 'Données personnelles');
  await page.getByRole('link', { name: 'Conditions générales' }).click();
  await page.waitForURL(/\/conditions-generales$/);
  await page
    .getByText('Opposabilité et évolution des conditions générales', { exact: false })
    .first()
    .waitFor();
  await expectAccessible(page, 'Conditions générales');
});

test('A8 logout ends the session', async (t) => {
  const { page } = await memberPage(t, running, await freshMember(running));
  await contratEntry(page).waitFor();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL(/\/connexion/);
  await page.getByText('Vous êtes déconnecté.').waitFor();
  const status = await page.evaluate(async () => (await fetch('/api/menu')).status);
  assert.equal(status, 401);
  await page.goto(`${running.url}/adhesion/contrat`);
  await page.waitForURL(/\/connexion/);
});
