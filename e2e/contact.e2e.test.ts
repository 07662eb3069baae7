import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
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

test('E4 Suivi shows both as en cours; an answered one shows its answer and can be hidden', async () => {
  const db = running.portal.kernel.db;
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
  await page.getByRole('heading', { name: 'Message : Mes cotisations' }).waitFor();
  assert.equal(await page.locator('pa-badge', { hasText: 'En cours de traitement' }).count(), 2);
  await page.getByRole('heading', { name: 'Question : Garanties' }).waitFor();
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

  await running.portal.kernel.requests.answer({
    requestId: question.id,
    managerId: manager.id,
    text: 'Oui : 350 € tous les deux ans.',
    outbox: running.portal.kernel.outbox,
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
