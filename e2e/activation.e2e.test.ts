// SPEC A9: « Créer mon espace » (by e-mail, by post) and « Identifiant oublié », each journey with a
// member of its own: one without an account yet (with or without an e-mail on file), or with one.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectAccessible, logInManager, openMail, type RunningPortal, startPortal } from './harness.js';
import { codesSeen, passCodeStep } from './login-code.js';
import { freshMember, newPage } from './members.js';
import { sentTo } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

async function solveRobotCheck(page: Page) {
  await page.locator('altcha-widget .altcha-checkbox-wrap label, altcha-widget label').first().click();
  await page
    .locator('altcha-widget[data-state="verified"], altcha-widget .altcha[data-state="verified"]')
    .first()
    .waitFor();
}

/** The text matching `pattern` in the message `subject` the mailbox received for `to`. */
async function mailboxLink(page: Page, subject: string, to: string, pattern: RegExp): Promise<string> {
  const message = await openMail(page, running, subject, sentTo(to));
  await message.waitFor();
  const text = (await message.textContent()) ?? '';
  const found = text.match(pattern)?.[0];
  assert.ok(found, `no ${pattern} in: ${text}`);
  return found;
}

test('A9 Créer mon espace: activation link from the mailbox, password, CGU, menu; then log in with the e-mail', async (t) => {
  // A member without an account yet, whose e-mail is on file.
  const member = await freshMember(running, { account: false });
  const { page } = await newPage(t, running);
  await page.goto(`${running.url}/connexion`);
  await page.getByRole('link', { name: 'Créer mon espace' }).click();
  await page.waitForURL(/\/creer-mon-espace$/);
  await expectAccessible(page, 'Créer mon espace');
  await page.getByLabel(/Numéro d'adhésion/).fill(member.membershipNumber);
  await page.getByLabel(/Date de naissance/).fill(member.birthDate);
  await page.getByLabel(/Adresse e-mail/).fill(member.email);
  await solveRobotCheck(page);
  await page.getByRole('button', { name: 'Valider' }).click();
  await page
    .getByText(/un e-mail contenant un lien d'activation \(valable 24 heures\) vient d'être envoyé/)
    .waitFor();
  await expectAccessible(page, 'Créer mon espace, demande envoyée');

  const link = await mailboxLink(
    page,
    'Portail Adhérent : activez votre espace',
    member.email,
    /http:\/\/127\.0\.0\.1:\d+\/activation\?jeton=[\w-]+/,
  );
  await page.goto(link);
  await page.getByLabel('Nouveau mot de passe').waitFor();
  await expectAccessible(page, 'Activer mon espace');
  await page.getByLabel('Nouveau mot de passe').fill('Moreau2026');
  await page.getByLabel(/Confirm/).fill('Moreau2026');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.waitForURL(/\/cgu/);
  await page.getByRole('button', { name: 'Valider' }).click();
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Contrat/ })
    .waitFor();
  await page.locator('portail-app').getByText(member.identifier).first().waitFor();

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL(/\/connexion/);
  await page.getByLabel('Identifiant ou e-mail').fill(member.email);
  await page.getByLabel('Mot de passe').fill('Moreau2026');
  const seen = await codesSeen(running.url);
  await page.getByRole('button', { name: 'Valider' }).click();
  await passCodeStep(page, running.url, seen);
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Contrat/ })
    .waitFor();

  // The link is single use. (Logged out first: leaving at once could cut the logout request.)
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL(/\/connexion/);
  await page.goto(link);
  await page.getByLabel('Nouveau mot de passe').fill('Autre2027x');
  await page.getByLabel(/Confirm/).fill('Autre2027x');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page
    .getByText(/n'est plus valable/)
    .first()
    .waitFor();
  await expectAccessible(page, 'lien d’activation expiré');
});

test('A9 Identifiant oublié: the identifier arrives by e-mail', async (t) => {
  const member = await freshMember(running);
  const { page } = await newPage(t, running);
  await page.goto(`${running.url}/connexion`);
  await page.getByRole('link', { name: 'Identifiant oublié' }).click();
  await page.waitForURL(/\/identifiant-oublie$/);
  await expectAccessible(page, 'Identifiant oublié');
  await page.getByLabel(/Adresse e-mail/).fill(member.email);
  await page.getByLabel(/Date de naissance/).fill(member.birthDate);
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText(/son identifiant vient d'être envoyé/).waitFor();
  assert.equal(
    await mailboxLink(
      page,
      'Portail Adhérent : votre identifiant',
      member.email,
      new RegExp(member.identifier),
    ),
    member.identifier,
  );
});

test('A9 by post: no e-mail on file, a code goes by post through the back office, and activates the space', async (t) => {
  // A member without an account yet nor an e-mail on file, whose postal address is known.
  const member = await freshMember(running, {
    account: false,
    email: false,
    address: { line1: '8 RUE DES ARENES', postalCode: '18000', city: 'BOURGES' },
  });
  const { page } = await newPage(t, running);
  await page.goto(`${running.url}/creer-mon-espace`);
  await page.getByLabel(/Numéro d'adhésion/).fill(member.membershipNumber);
  await page.getByLabel(/Date de naissance/).fill(member.birthDate);
  await page.getByLabel(/Adresse e-mail/).fill('lucie@example.org');
  await solveRobotCheck(page);
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText(/vous recevrez un code d'activation par courrier/).waitFor();

  // The manager finds the letter to send in the queue: the code, the address, the letter itself.
  const { context, page: manager } = await newPage(t, running);
  await logInManager(manager, running.url);
  await manager.goto(`${running.url}/gestion/demandes?section=core`);
  const label = 'Envoi de votre code d’activation par courrier';
  const row = manager.getByRole('row').filter({ hasText: member.identifier }).filter({ hasText: label });
  await row.getByRole('link', { name: label, exact: true }).click();
  await manager.getByRole('heading', { name: label, level: 1 }).waitFor();
  const content = manager.getByRole('region', { name: 'Contenu de la demande' });
  const line = (await content.getByText(/^Code d'activation à imprimer : /).textContent()) ?? '';
  const code = line.match(/[A-Z2-9]{4}-[A-Z2-9]{4}/)?.[0] ?? '';
  assert.ok(code, line);
  await content.getByText('Adresse : 8 RUE DES ARENES, 18000 BOURGES', { exact: true }).waitFor();
  const letter = manager.getByRole('region', { name: 'Pièces jointes' }).getByRole('link', {
    name: new RegExp(`^courrier-activation-${member.identifier}\\.pdf`),
  });
  const download = await context.request.get(`${running.url}${await letter.getAttribute('href')}`);
  assert.equal((await download.body()).subarray(0, 5).toString(), '%PDF-');
  await expectAccessible(manager, 'gestion, courrier d’activation');
  await manager.getByRole('region', { name: 'Décision' }).getByRole('button', { name: 'Accepter' }).click();
  await manager
    .getByRole('dialog', { name: 'Accepter la demande' })
    .getByRole('button', { name: 'Accepter' })
    .click();
  await manager.getByText(/La demande a été prise en compte/).waitFor();
  await context.close();

  // The member, with the letter: their membership number, birth date and code; they choose an
  // e-mail and a password.
  await page.goto(`${running.url}/creer-mon-espace`);
  await page.getByRole('link', { name: 'Activer mon espace avec ce code' }).click();
  await page.waitForURL(/\/creer-mon-espace\/courrier$/);
  await page.getByRole('heading', { name: 'Activer mon espace avec un code', level: 1 }).waitFor();
  await expectAccessible(page, 'Activer mon espace avec un code');
  await page.getByLabel(/Numéro d'adhésion/).fill(member.membershipNumber);
  await page.getByLabel(/Date de naissance/).fill(member.birthDate);
  await page.getByLabel(/Code d'activation/).fill(code.toLowerCase());
  await page.getByLabel(/Adresse e-mail/).fill(`${member.identifier.toLowerCase()}@example.org`);
  await page.getByLabel('Nouveau mot de passe').fill('Garnier2026');
  await page.getByLabel(/Confirm/).fill('Garnier2026');
  await page.getByRole('button', { name: 'Activer mon espace' }).click();
  await page.waitForURL(/\/cgu/);
  await page.getByRole('button', { name: 'Valider' }).click();
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Contrat/ })
    .waitFor();
  await page.locator('portail-app').getByText(member.identifier).first().waitFor();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL(/\/connexion/);
});
