import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Download, Page } from 'playwright-core';
import { day } from './dates.js';
import { pdfLayoutText } from './files.js';
import { expectAccessible, logIn, type RunningPortal, startPortal } from './harness.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

async function pdfTextOf(download: Download): Promise<string> {
  const path = await download.path();
  assert.equal(readFileSync(path).subarray(0, 5).toString(), '%PDF-');
  return pdfLayoutText(path);
}

async function downloadBy(page: Page, name: RegExp | string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name }).first().click(),
  ]);
  return download;
}

test('B4 a prospective member solves the robot check and downloads the kit d’adhésion', async () => {
  const context = await running.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${running.url}/connexion`);
  await page.getByRole('link', { name: 'Espace Adhésion' }).click();
  await page.waitForURL(/\/espace-adhesion$/);
  await page.getByRole('heading', { name: 'Espace Adhésion', level: 1 }).waitFor();
  await expectAccessible(page, 'Espace Adhésion');
  const identifier = page.getByLabel(/Identifiant fourni par votre employeur/);

  // Unknown identifier: one neutral message.
  await identifier.fill('NANTES-2026');
  await page.locator('altcha-widget .altcha-checkbox-wrap label, altcha-widget label').first().click();
  await page
    .locator('altcha-widget[data-state="verified"], altcha-widget .altcha[data-state="verified"]')
    .first()
    .waitFor();
  await page.getByRole('button', { name: 'Valider' }).click();
  await page
    .getByText(/Identifiant non reconnu/)
    .first()
    .waitFor();
  await expectAccessible(page, 'Espace Adhésion, identifiant inconnu');

  await identifier.fill('BOURGES-2026');
  if (
    (await page
      .locator('altcha-widget[data-state="verified"], altcha-widget .altcha[data-state="verified"]')
      .count()) === 0
  ) {
    await page.locator('altcha-widget .altcha-checkbox-wrap label, altcha-widget label').first().click();
    await page
      .locator('altcha-widget[data-state="verified"], altcha-widget .altcha[data-state="verified"]')
      .first()
      .waitFor();
  }
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByRole('heading', { name: /Kit d'adhésion — Mairie de Bourges/ }).waitFor();
  await expectAccessible(page, "Kit d'adhésion");
  const download = await downloadBy(page, /Bulletin d'adhésion à compléter/);
  assert.match(await pdfTextOf(download), /Mairie de Bourges/);
  await context.close();
});

test('B5 a member downloads the certificate: a valid PDF naming them', async () => {
  const context = await running.browser.newContext();
  const page = await context.newPage();
  await logIn(page, running.url, 'A300003');
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Certificat d'affiliation/ })
    .click();
  await page.getByRole('heading', { name: "Certificat d'affiliation", level: 1 }).waitFor();
  await expectAccessible(page, "Certificat d'affiliation");
  const text = await pdfTextOf(await downloadBy(page, /Télécharger le certificat/));
  assert.match(text, /Certificat d'affiliation/);
  assert.match(text, /Sophie Petit/);
  assert.match(text, /Centre hospitalier de Vierzon/);
  assert.match(text, /CA-[A-Z0-9]{4}-/);
  await context.close();
});

test('B6 the card downloads as a PDF; "Demander une carte" shows the pending request, also after a reload', async () => {
  const context = await running.browser.newContext();
  const page = await context.newPage();
  await logIn(page, running.url, 'S200002');
  await page.goto(`${running.url}/adhesion/carte-tiers-payant`);
  await page.getByRole('heading', { name: 'Carte de tiers payant', level: 1 }).waitFor();
  await expectAccessible(page, 'Carte de tiers payant');
  const text = await pdfTextOf(await downloadBy(page, /Télécharger la carte/));
  assert.match(text, /Recto/);
  assert.match(text, /Hugo Bernard/);
  await page.getByRole('button', { name: 'Demander une carte' }).click();
  await page
    .getByText(/est en cours de traitement/)
    .first()
    .waitFor();
  await page.reload();
  await page
    .getByText(/est en cours de traitement/)
    .first()
    .waitFor();
  // No second request: the button is gone or disabled (asked at once, not after a 30 s wait).
  const askAgain = page.getByRole('button', { name: 'Demander une carte' });
  assert.ok((await askAgain.count()) === 0 || (await askAgain.isDisabled()), 'no second request');
  const pending = await running.kernel.db
    .selectFrom('core.requests')
    .select(['kind', 'status'])
    .where('member_id', '=', (await running.kernel.members.idByIdentifier('S200002'))!)
    .where('section', '=', 'adhesion')
    .execute();
  assert.deepEqual(pending, [{ kind: 'carte_tiers_payant', status: 'pending' }]);
  await expectAccessible(page, 'Carte de tiers payant, demande en cours');
  await context.close();
});

test('B7 a hospital guarantee: errors in red, then issued at once and listed in the history', async () => {
  const context = await running.browser.newContext();
  const page = await context.newPage();
  await logIn(page, running.url, 'A300003');
  await page.goto(`${running.url}/adhesion/prise-en-charge`);
  await page.getByRole('heading', { name: 'Prise en charge hospitalière', level: 1 }).waitFor();
  await expectAccessible(page, 'Prise en charge hospitalière');
  await page.getByRole('button', { name: 'Obtenir la prise en charge' }).click();
  await page.locator('[aria-invalid="true"]').first().waitFor();
  await expectAccessible(page, 'Prise en charge, erreurs');

  await page.getByLabel(/Bénéficiaire/).selectOption({ label: 'Marc Petit (Conjoint)' });
  await page.getByLabel(/Établissement/).fill('Clinique des Grainetières, Vierzon');
  await page.getByLabel(/Date d'admission/).fill(day(3).iso);
  await page.getByLabel(/Type de séjour/).selectOption({ label: 'Chirurgie ambulatoire' });
  await page.getByRole('button', { name: 'Obtenir la prise en charge' }).click();
  await page
    .getByText(/Votre prise en charge est prête/)
    .first()
    .waitFor();
  await page
    .getByRole('cell', { name: /Clinique des Grainetières/ })
    .first()
    .waitFor();
  const text = await pdfTextOf(await downloadBy(page, /Télécharger la prise en charge/));
  assert.match(text, /Marc Petit/);
  assert.match(text, /Chirurgie ambulatoire/);
  await expectAccessible(page, 'Prise en charge émise');
  await context.close();
});

test('B2 blank forms and B3 key documents carry the unread marker in list and menu, cleared on opening', async () => {
  const context = await running.browser.newContext();
  const page = await context.newPage();
  await logIn(page, running.url, 'A300003');
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Formulaires.*2 nouveaux documents$/ })
    .click();
  await page.getByRole('heading', { name: 'Formulaires', level: 1 }).waitFor();
  await page.getByRole('cell', { name: /Déclaration de situation familiale/ }).waitFor();
  const form = await downloadBy(page, /Télécharger Déclaration de situation familiale/);
  assert.match(await pdfTextOf(form), /Déclaration de situation familiale/);
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Formulaires.*1 nouveau document$/ })
    .waitFor();
  await expectAccessible(page, 'Formulaires');
  const entry = page.locator('pa-menu').getByRole('link', { name: /^Documents clés.*1 nouveau document$/ });
  await entry.click();
  await page.getByRole('heading', { name: 'Documents clés', level: 1 }).waitFor();
  await page.getByRole('cell', { name: /Garanties en bref 2026/ }).waitFor();
  await downloadBy(page, /Télécharger Garanties en bref 2026/);
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Documents clés$/ })
    .waitFor();
  await expectAccessible(page, 'Documents clés');
  await context.close();
});
