import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, expectAccessible, type RunningPortal, startPortal } from './harness.js';

let running: RunningPortal;
let page: Page;

before(async () => {
  running = await startPortal();
  page = await running.browser.newPage();
});
after(() => running.close());

const menu = () => page.locator('pa-menu');
const contratEntry = () => menu().getByRole('link', { name: /^Contrat/ });

test('A1 a wrong password gets the generic message and nothing else', async () => {
  await page.goto(`${running.url}/adhesion/contrat`);
  await page.waitForURL(/\/connexion\?retour=%2Fadhesion%2Fcontrat$/);
  await expectAccessible(page, 'connexion');
  await page.getByLabel('Identifiant ou e-mail').fill('A100001');
  await page.getByLabel('Mot de passe').fill('Mauvais2026');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText('Identifiant ou mot de passe incorrect.').waitFor();
  assert.match(page.url(), /\/connexion/);
  await expectAccessible(page, 'connexion avec erreur');
});

test('A1 + A3 login, then the CGU v2 must be accepted before anything else', async () => {
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.waitForURL(/\/cgu/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await menu().count(), 0, 'no menu behind the CGU gate');
  await expectAccessible(page, 'CGU à accepter');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.waitForURL(/\/adhesion\/contrat$/);
});

test('A4 + A5 + B1 Contrat lists the documents with the orange marker in list and menu', async () => {
  await page.getByRole('heading', { name: 'Contrat', level: 1 }).waitFor();
  await page.getByRole('cell', { name: /Bulletin d'adhésion individuelle/ }).waitFor();
  assert.equal(await page.getByRole('cell', { name: 'Mairie de Bourges' }).count(), 2);
  assert.equal(await page.getByText('Nouveau', { exact: true }).count(), 2);
  await menu()
    .getByRole('link', { name: /^Contrat.*2 nouveaux documents$/ })
    .waitFor();
  const focused = await page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.tagName;
  });
  assert.equal(focused, 'H1', 'focus moves to the page title (A4)');
  await page.locator('portail-app').getByText('A100001').first().waitFor();
  await expectAccessible(page, 'Contrat');
});

test('B1 opening a document downloads the PDF and clears its marker without reload', async () => {
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Télécharger Bulletin d'adhésion individuelle/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'bulletin-adhesion-0451237.pdf');
  const path = await download.path();
  assert.equal(readFileSync(path).subarray(0, 5).toString(), '%PDF-');
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  assert.match(text, /Bulletin d'adhésion individuelle/);
  assert.match(text, /Claire Martin/);
  await menu()
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
  await contratEntry().waitFor();
});

test('A4 other sections mount in the layout; the CGU stay readable from the footer', async () => {
  await menu()
    .getByRole('link', { name: /^Documents clés/ })
    .click();
  await page.getByRole('heading', { name: 'Documents clés', level: 1 }).waitFor();
  await page.getByRole('cell', { name: /Guide de l'adhérent prévoyance 2026/ }).waitFor();
  await menu().getByRole('link', { name: 'Données personnelles' }).click();
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

test('A8 logout ends the session', async () => {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL(/\/connexion/);
  await page.getByText('Vous êtes déconnecté.').waitFor();
  const status = await page.evaluate(async () => (await fetch('/api/menu')).status);
  assert.equal(status, 401);
  await page.goto(`${running.url}/adhesion/contrat`);
  await page.waitForURL(/\/connexion/);
});
