import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { expectAccessible, logIn, type RunningPortal, startPortal } from './harness.js';

let running: RunningPortal;
let page: Page;

before(async () => {
  running = await startPortal();
  page = await running.browser.newPage();
  await logIn(page, running.url, 'A100001');
});
after(() => running.close());

const menu = () => page.locator('pa-menu');

/** A small but genuine PDF (the server judges the format from the first bytes, `%PDF-`). */
const SMALL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** A GIF (GIF89a) under a .pdf name: refused on its content, whatever its name says. */
const GIF_AS_PDF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
/** 4 MB starting with `%PDF-`: a PDF, but over the 3.5 MB limit. */
const FOUR_MB_PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(4 * 1024 * 1024 - 9, 0x20)]);

/** Picks a file as the member does: "Choisir un fichier" opens the file chooser. */
async function pick(field: Locator, name: string, buffer: Buffer): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    field.getByRole('button', { name: 'Choisir un fichier' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/pdf', buffer });
}

/** The text of the refusal of `name` under the file field ("name : message"), whitespace folded. */
async function refusalOf(field: Locator, name: string): Promise<string> {
  const item = field.getByRole('alert').getByRole('listitem').filter({ hasText: name });
  await item.waitFor();
  return ((await item.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

test('E1 a message is required, then sent; shown as text, never executed', async () => {
  await menu()
    .getByRole('link', { name: /^Envoyer un message/ })
    .click();
  await page.getByRole('heading', { name: 'Envoyer un message', level: 1 }).waitFor();
  await expectAccessible(page, 'Envoyer un message');
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page.getByText('Sélectionnez un sujet.', { exact: true }).first().waitFor();
  await page.getByText('Saisissez votre message.', { exact: true }).first().waitFor();
  await expectAccessible(page, 'Envoyer un message, erreurs');
  await page.getByLabel(/Sujet/).selectOption({ label: 'Mes cotisations' });
  await page
    .getByLabel(/^Message/)
    .fill('Bonjour <img src=x onerror="window.pwned=1">, mon prélèvement a échoué.');
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page.getByText(/Votre message a bien été envoyé/).waitFor();
});

test('E2 a question on a theme becomes a request', async () => {
  await menu()
    .getByRole('link', { name: /^Vous avez une question/ })
    .click();
  await page.getByRole('heading', { name: 'Vous avez une question', level: 1 }).waitFor();
  await expectAccessible(page, 'Vous avez une question');
  await page.getByLabel(/Thème/).selectOption({ label: 'Garanties' });
  await page.getByLabel(/Votre question/).fill("L'optique est-elle couverte ?");
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page.getByText(/question a bien été envoyée/i).waitFor();
});

test('E3 Nous transmettre: the natures in two groups, a wrong format and too large a file refused, then sent', async () => {
  await menu()
    .getByRole('link', { name: /^Nous transmettre/ })
    .click();
  await page.getByRole('heading', { name: 'Nous transmettre', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'État civil ou situation familiale', level: 2 }).waitFor();
  await page.getByRole('heading', { name: 'Remboursements frais de santé', level: 2 }).waitFor();
  await page.getByRole('link', { name: 'Devis optique', exact: true }).waitFor();
  await expectAccessible(page, 'Nous transmettre');

  await page.getByRole('link', { name: 'Certificat de scolarité', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/contact/transmettre/certificat-de-scolarite');
  await page.getByRole('heading', { name: 'Nous envoyer un certificat de scolarité', level: 1 }).waitFor();
  // The deep link (a D5 notification's) opens the same page on its own.
  await page.reload();
  await page.getByRole('heading', { name: 'Nous envoyer un certificat de scolarité', level: 1 }).waitFor();
  const field = page.locator('pa-file-field');

  await pick(field, 'certificat.pdf', GIF_AS_PDF);
  assert.equal(await refusalOf(field, 'certificat.pdf'), 'certificat.pdf : Formats acceptés : JPG, PNG, PDF');
  await pick(field, 'certificat-scanne.pdf', FOUR_MB_PDF);
  assert.equal(
    await refusalOf(field, 'certificat-scanne.pdf'),
    'certificat-scanne.pdf : Taille maximale de fichier acceptée : 3.5Mo.',
  );
  assert.equal(await field.getByRole('list', { name: 'Fichiers joints' }).count(), 0, 'nothing kept');
  await expectAccessible(page, 'Nous envoyer un certificat de scolarité, fichiers refusés');

  await pick(field, 'certificat-lea.pdf', SMALL_PDF);
  await field
    .getByRole('list', { name: 'Fichiers joints' })
    .getByText('certificat-lea.pdf', { exact: true })
    .waitFor();
  assert.equal(await field.getByRole('alert').getByRole('listitem').count(), 0, 'refusals cleared');
  await page.getByLabel(/Commentaire/).fill('Léa, année scolaire en cours.');
  // The sending is held until the progress has been seen, then goes on to the real server.
  let release = () => {};
  const held = new Promise<void>((done) => {
    release = done;
  });
  await page.route('**/api/contact/transmissions', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page.getByRole('progressbar', { name: /^Envoi en cours…/ }).waitFor();
  assert.equal(
    await page.getByRole('button', { name: /^Envoyer/ }).getAttribute('aria-busy'),
    'true',
    'the button stays busy while sending',
  );
  release();
  await page
    .getByText(
      'Votre fichier a été correctement transmis à nos services. Vous recevrez ultérieurement une confirmation du traitement de votre demande.',
      { exact: true },
    )
    .waitFor();
  await page.unroute('**/api/contact/transmissions');
  assert.equal(await field.getByRole('list', { name: 'Fichiers joints' }).count(), 0, 'the form is emptied');
  assert.equal(await page.getByRole('progressbar').count(), 0);
  await expectAccessible(page, 'Nous envoyer un certificat de scolarité, envoyé');

  await page.getByRole('link', { name: 'Suivre ma demande dans « Suivi »' }).click();
  await page.getByRole('heading', { name: 'Suivi', level: 1 }).waitFor();
  const transmission = page.getByRole('article', { name: 'Transmission : Certificat de scolarité' });
  await transmission.getByText('En cours de traitement', { exact: true }).waitFor();
  await transmission.getByText('Léa, année scolaire en cours.').waitFor();
  await transmission.getByRole('link', { name: /certificat-lea\.pdf/ }).waitFor();
});

test('E4 Suivi shows the message, the question and the transmission as en cours; an answered one shows its answer and can be hidden', async () => {
  const db = running.kernel.db;
  const question = await db
    .selectFrom('core.requests')
    .select('id')
    .where('kind', '=', 'question')
    .executeTakeFirstOrThrow();
  const manager = await db.selectFrom('core.managers').select('id').executeTakeFirstOrThrow();
  await menu()
    .getByRole('link', { name: /^Suivi/ })
    .click();
  await page.getByRole('heading', { name: 'Suivi', level: 1 }).waitFor();
  for (const name of [
    'Message : Mes cotisations',
    'Question : Garanties',
    'Transmission : Certificat de scolarité',
  ]) {
    await page.getByRole('article', { name }).getByText('En cours de traitement', { exact: true }).waitFor();
  }
  assert.equal(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    undefined,
    'the message is text, not HTML',
  );
  await page
    .getByText(/<img src=x/)
    .first()
    .waitFor();
  await expectAccessible(page, 'Suivi');

  await running.kernel.requests.answer({
    requestId: question.id,
    managerId: manager.id,
    text: 'Oui : 350 € tous les deux ans.',
  });
  await page.reload();
  await page.getByText('Oui : 350 € tous les deux ans.').waitFor();
  await page.getByText('Pris en compte').first().waitFor();
  await page.getByRole('button', { name: /Ne plus afficher/ }).click();
  await page.getByRole('heading', { name: 'Question : Garanties' }).waitFor({ state: 'detached' });
  await expectAccessible(page, 'Suivi après masquage');
  await page.reload();
  await page.getByRole('heading', { name: 'Message : Mes cotisations' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Question : Garanties' }).count(), 0);
});

test('E5 FAQ and contact details', async () => {
  await menu()
    .getByRole('link', { name: /^Questions fréquentes/ })
    .click();
  await page.getByRole('heading', { name: 'Questions fréquentes', level: 1 }).waitFor();
  await page.getByText('Comment déclarer un arrêt de travail ?').click();
  await page.getByText(/si votre employeur l'autorise/).waitFor();
  await expectAccessible(page, 'Questions fréquentes');
  await menu()
    .getByRole('link', { name: /^Nous contacter/ })
    .click();
  await page.getByRole('heading', { name: 'Nous contacter', level: 1 }).waitFor();
  await page
    .getByText(/02 48 00 00 00/)
    .first()
    .waitFor();
  await expectAccessible(page, 'Nous contacter');
});
