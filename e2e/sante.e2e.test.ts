// SPEC G: « Mes services santé » as Julien Bernard reads his demo file (reimbursements, statements,
// contributions), which no journey of this file changes; each journey in a browser context of its own.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { pdfLayoutText } from './files.js';
import { expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { memberPage } from './members.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

/** Julien Bernard (santé, individual contract), with two years of reimbursements in the demo. */
const JULIEN = { identifier: 'S200002' };

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
    .format(cents / 100)
    .replace(/\s/g, ' ');

test('G1 a reimbursement opens its detail with the acts and who paid what', async (t) => {
  const { page } = await memberPage(t, running, JULIEN);
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Mes règlements/ })
    .click();
  await page.getByRole('heading', { name: 'Mes règlements', level: 1 }).waitFor();
  await page
    .getByRole('link', { name: /Voir le détail/ })
    .first()
    .waitFor();
  // When the care was given and what it was, beside the date of payment.
  for (const column of ['Date du règlement', 'Date des soins', 'Soins']) {
    await page.getByRole('columnheader', { name: column, exact: true }).waitFor();
  }
  const firstRow = page.getByRole('row').nth(1);
  const cells = await firstRow.getByRole('cell').allInnerTexts();
  assert.match(
    cells[0] ?? '',
    /^(du )?\d{2}\/\d{2}\/\d{4}( au \d{2}\/\d{2}\/\d{4})?$/,
    `care dates: ${cells}`,
  );
  assert.ok((cells[1] ?? '').length > 3, `care: ${cells}`);
  await expectAccessible(page, 'Mes règlements');
  await page
    .getByRole('link', { name: /Voir le détail/ })
    .first()
    .click();
  await page.waitForURL(/\/services\/reglements\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: /^Remboursement du \d{2}\/\d{2}\/\d{4}$/, level: 1 }).waitFor();
  // Its own title, not its section's: the heading, the section, the portal.
  await page.waitForFunction(() =>
    /^Remboursement du \d{2}\/\d{2}\/\d{4} – Mes services santé – Portail Adhérent$/.test(document.title),
  );
  for (const column of [
    'Frais réels',
    'Remboursement Sécurité sociale',
    "Part de l'organisme",
    'Reste à charge',
  ]) {
    await page.getByRole('columnheader', { name: column }).first().waitFor();
  }
  // Julien's file has no bank details: he is paid by cheque, as « Notifications » tells him.
  await page.getByText('Payé par chèque.').waitFor();
  await page.getByText(/^Soins du \d{2}\/\d{2}\/\d{4}/).waitFor();
  await expectAccessible(page, 'détail du remboursement');
  await page.getByRole('link', { name: 'Retour à mes règlements' }).click();
  await page.getByRole('heading', { name: 'Mes règlements', level: 1 }).waitFor();
});

test('G2 a statement downloads as a PDF whose text holds the right total', async (t) => {
  const { page } = await memberPage(t, running, JULIEN);
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Décomptes/ })
    .click();
  await page.getByRole('heading', { name: 'Décomptes', level: 1 }).waitFor();
  await expectAccessible(page, 'Décomptes');
  const statements = (await page.evaluate(async () => (await fetch('/api/sante/decomptes')).json())) as {
    items: { totalCents: number; reference: string }[];
  };
  const newest = statements.items[0];
  assert.ok(newest);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      // A statement's link (« Télécharger le … (PDF) »), not the menu's « Télécharger mes données ».
      .getByRole('link', { name: /^Télécharger le / })
      .first()
      .click(),
  ]);
  const text = pdfLayoutText(await download.path()).replace(/\s/g, ' ');
  assert.ok(text.includes(newest.reference), text);
  assert.ok(
    text.includes(`Total réglé : ${euros(newest.totalCents)}`),
    `${euros(newest.totalCents)} not in ${text}`,
  );
});

test('G3 contributions with the balance', async (t) => {
  const { page } = await memberPage(t, running, JULIEN);
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Cotisations/ })
    .click();
  await page.getByRole('heading', { name: 'Cotisations', level: 1 }).waitFor();
  await page
    .getByText(/Cotisation novembre 2026/)
    .first()
    .waitFor();
  await page
    .getByText(/Reste à payer/)
    .first()
    .waitFor();
  await expectAccessible(page, 'Cotisations');
});
