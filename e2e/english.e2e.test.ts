// SPEC P6: a member switches the portal to English and walks it — login (with the P8 code step),
// « Accueil », the sections' pages through the menu — then back to French. Each page says it is
// English (`<html lang="en">`), shows no French heading, button, label or menu entry, and passes
// axe-core; the choice follows the member to another browser (their file).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { codesSeen, newLoginCode, passCodeStep } from './login-code.js';
import { freshMember, newPage } from './members.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

/** French words no English page shows in its headings, buttons, labels or menu. */
const FRENCH =
  /\b(?:votre|vos|les|des|une|mes|mon|accueil|connexion|déconnecter|valider|envoyer|mot de passe|identifiant|aide|rechercher|télécharger|retour)\b|[éèàçù]/i;

/**
 * The texts a member reads first on the page — headings, buttons, field labels, menu links — that
 * still look French (data, such as a document's title or a contract's name, is not looked at).
 */
async function frenchLeft(page: Page): Promise<string[]> {
  const texts = await page
    .locator('h1, h2, h3, button, label, pa-menu a, [role="navigation"] a')
    .evaluateAll((nodes) =>
      nodes
        .filter((node) => (node as HTMLElement).offsetParent !== null && !node.closest('[lang="fr"]'))
        .map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    );
  return [...new Set(texts.filter((text) => FRENCH.test(text) && text !== 'Portail Adhérent'))];
}

async function expectEnglish(page: Page, label: string): Promise<void> {
  await page.locator('h1').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', `${label}: <html lang="en">`);
  assert.deepEqual(await frenchLeft(page), [], `${label}: French left`);
  await expectAccessible(page, `${label} (English)`);
}

test('P6 a member switches to English, walks the portal, and back to French; the choice follows them', async (t) => {
  const member = await freshMember(running, { contracts: ['prevoyance', 'sante'] });
  const { page } = await newPage(t, running);
  await page.goto(`${running.url}/connexion`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');

  // « English », named in English, in the header.
  const english = page.getByRole('button', { name: 'English', exact: true });
  assert.equal(await english.getAttribute('lang'), 'en');
  await english.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await expectEnglish(page, 'login page');
  assert.equal(await page.getByRole('button', { name: 'Français', exact: true }).getAttribute('lang'), 'fr');

  // The login, the code step included, in English.
  await page.locator('input[name="login"], input[autocomplete="username"]').first().fill(member.identifier);
  await page.locator('input[type="password"]').first().fill(DEMO_PASSWORD);
  const seen = await codesSeen(running.url);
  await page.locator('form button[type="submit"], form pa-button[type="submit"]').first().click();
  await page.locator('input[autocomplete="one-time-code"]').waitFor();
  await expectEnglish(page, 'code step');
  await page.locator('input[autocomplete="one-time-code"]').fill(await newLoginCode(running.url, seen));
  await page.locator('portail-code-step form pa-button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === '/accueil');
  await expectEnglish(page, '« Accueil »');

  // Every page of the menu, in English.
  const links = await page
    .locator('pa-menu a[href^="/"]')
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  assert.ok(links.length >= 8, `the menu lists the member's pages (${links.length})`);
  for (const href of links) {
    await page.locator(`pa-menu a[href="${href}"]`).first().click();
    await page.waitForURL((url) => url.pathname === href);
    await expectEnglish(page, href);
  }

  // Another browser: the member's file says English.
  const other = await newPage(t, running);
  await other.page.goto(`${running.url}/connexion`);
  assert.equal(
    await other.page.evaluate(() => document.documentElement.lang),
    'fr',
    'a new browser starts in French',
  );
  await other.page.getByLabel('Identifiant ou e-mail').fill(member.identifier);
  await other.page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  const seenAgain = await codesSeen(running.url);
  await other.page.getByRole('button', { name: 'Valider' }).click();
  await passCodeStep(other.page, running.url, seenAgain);
  await other.page.waitForFunction(() => document.documentElement.lang === 'en');
  await expectEnglish(other.page, '« Accueil » in another browser');

  // Back to French, from the keyboard.
  await page.getByRole('button', { name: 'Français', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.locator('h1').first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'English', exact: true }).getAttribute('lang'), 'en');
  await expectAccessible(page, 'back in French');
});
