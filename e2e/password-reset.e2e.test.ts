import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectAccessible, openMail, type RunningPortal, startPortal } from './harness.js';
import { codesSeen, passCodeStep } from './login-code.js';

let running: RunningPortal;
let page: Page;

before(async () => {
  running = await startPortal();
  page = await running.browser.newPage();
});
after(() => running.close());

test("A2 + A7 + N1 Besoin d'aide: the e-mailed link sets a new password following the rule, once", async () => {
  await page.goto(`${running.url}/connexion`);
  await page.getByRole('link', { name: "Besoin d'aide" }).click();
  await page.waitForURL(/\/aide$/);
  await expectAccessible(page, "Besoin d'aide");
  await page.getByLabel('Identifiant ou e-mail').fill('julien.bernard@example.fr');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText(/Si un compte correspond à ces informations/).waitFor();

  await (await openMail(page, running, 'Portail Adhérent : choisissez un nouveau mot de passe')).waitFor();
  await expectAccessible(page, 'boîte mail de développement');
  const link = page.getByRole('link', { name: /\/mot-de-passe\/nouveau\?jeton=/ }).first();
  const href = (await link.getAttribute('href')) ?? '';
  await link.click();
  await page.waitForURL(/\/mot-de-passe\/nouveau\?jeton=/);
  await expectAccessible(page, 'nouveau mot de passe');

  await page.getByLabel('Nouveau mot de passe').fill('court');
  await page.getByText('non respecté').first().waitFor();
  await page.getByLabel('Nouveau mot de passe').fill('Bourges2027');
  await page.getByLabel(/Confirm/).fill('Bourges2027');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText('Votre mot de passe a été modifié').waitFor();
  await expectAccessible(page, 'mot de passe modifié');

  // The same link a second time: refused as the page opens, no form to fill in vain, and the way
  // to ask for a new link.
  await page.goto(href);
  await page
    .getByText(/n'est plus valable/)
    .first()
    .waitFor();
  assert.equal(await page.getByLabel('Nouveau mot de passe').count(), 0, 'no form for a used link');
  assert.equal(await page.getByRole('button', { name: 'Valider' }).count(), 0);
  await expectAccessible(page, 'lien de réinitialisation déjà utilisé');
  await page.getByRole('link', { name: 'Demander un nouveau lien' }).click();
  await page.waitForURL(/\/aide$/);
  await page.getByLabel('Identifiant ou e-mail').waitFor();

  // The new password works.
  await page.goto(`${running.url}/connexion`);
  await page.getByLabel('Identifiant ou e-mail').fill('S200002');
  await page.getByLabel('Mot de passe').fill('Bourges2027');
  const seen = await codesSeen(running.url);
  await page.getByRole('button', { name: 'Valider' }).click();
  await passCodeStep(page, running.url, seen);
  await page.waitForURL(/\/cgu/);
});
