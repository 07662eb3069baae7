// SPEC E: « Contact » — messages, questions, documents sent, their Suivi, the FAQ — each journey
// with a member of its own (what Suivi shows is sent by its own journey, through the API).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { memberApi } from './api.js';
import { askQuestion, sendMessage, transmitDocuments } from './contact.js';
import { FOUR_MB_PDF, GIF_AS_PDF, pick as pickFile, refusalOf, SMALL_PDF } from './files.js';
import { expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { freshMember, memberPage } from './members.js';
import { menu } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

/** Picks a file as the member does: "Choisir un fichier" opens the file chooser. */
function pick(page: Page, field: Locator, name: string, bytes: Buffer): Promise<void> {
  return pickFile(page, field, 'Choisir un fichier', name, bytes);
}

test('E1 a message is required, then sent; shown as text, never executed', async (t) => {
  const { page } = await memberPage(t, running, await freshMember(running));
  await menu(page)
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

test('E2 a question on a theme becomes a request', async (t) => {
  const { page } = await memberPage(t, running, await freshMember(running));
  await menu(page)
    .getByRole('link', { name: /^Vous avez une question/ })
    .click();
  await page.getByRole('heading', { name: 'Vous avez une question', level: 1 }).waitFor();
  await expectAccessible(page, 'Vous avez une question');
  await page.getByLabel(/Thème/).selectOption({ label: 'Garanties' });
  await page.getByLabel(/Votre question/).fill("L'optique est-elle couverte ?");
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page.getByText(/question a bien été envoyée/i).waitFor();
});

test('E3 Nous transmettre: the natures in two groups, a wrong format and too large a file refused, then sent', async (t) => {
  const { page } = await memberPage(t, running, await freshMember(running));
  await menu(page)
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

  await pick(page, field, 'certificat.pdf', GIF_AS_PDF);
  assert.equal(await refusalOf(field, 'certificat.pdf'), 'certificat.pdf : Formats acceptés : JPG, PNG, PDF');
  await pick(page, field, 'certificat-scanne.pdf', FOUR_MB_PDF);
  assert.equal(
    await refusalOf(field, 'certificat-scanne.pdf'),
    'certificat-scanne.pdf : Taille maximale de fichier acceptée : 3.5Mo.',
  );
  assert.equal(await field.getByRole('list', { name: 'Fichiers joints' }).count(), 0, 'nothing kept');
  await expectAccessible(page, 'Nous envoyer un certificat de scolarité, fichiers refusés');

  await pick(page, field, 'certificat-lea.pdf', SMALL_PDF);
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
  await page.getByRole('progressbar', { name: /^Envoi de certificat-lea\.pdf…/ }).waitFor();
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

test('E4 Suivi shows the message, the question and the transmission as en cours; an answered one shows its answer and can be hidden', async (t) => {
  // What E1, E2 and E3 send, sent by this member through the API.
  const member = await freshMember(running);
  const api = await memberApi(running, member);
  await sendMessage(
    api,
    'cotisation',
    'Bonjour <img src=x onerror="window.pwned=1">, mon prélèvement a échoué.',
  );
  await askQuestion(api, 'garanties', "L'optique est-elle couverte ?");
  await transmitDocuments(
    api,
    'certificat-de-scolarite',
    [{ name: 'certificat-lea.pdf', bytes: SMALL_PDF }],
    'Léa, année scolaire en cours.',
  );
  const { page } = await memberPage(t, running, member);
  const db = running.kernel.db;
  const question = await db
    .selectFrom('core.requests')
    .select('id')
    .where('kind', '=', 'question')
    .where('member_id', '=', member.id)
    .executeTakeFirstOrThrow();
  const manager = await db.selectFrom('core.managers').select('id').executeTakeFirstOrThrow();
  await menu(page)
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

test('E5 FAQ and contact details', async (t) => {
  const { page } = await memberPage(t, running, await freshMember(running));
  await menu(page)
    .getByRole('link', { name: /^Questions fréquentes/ })
    .click();
  await page.getByRole('heading', { name: 'Questions fréquentes', level: 1 }).waitFor();
  await page.getByText('Comment déclarer un arrêt de travail ?').click();
  await page.getByText(/si votre employeur l'autorise/).waitFor();
  await expectAccessible(page, 'Questions fréquentes');
  await menu(page)
    .getByRole('link', { name: /^Nous contacter/ })
    .click();
  await page.getByRole('heading', { name: 'Nous contacter', level: 1 }).waitFor();
  await page
    .getByText(/02 48 00 00 00/)
    .first()
    .waitFor();
  await expectAccessible(page, 'Nous contacter');
});
