import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_PASSWORD, expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { codesSeen, passCodeStep } from './login-code.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

test('A4 on a small screen the menu hides behind a button at the top right, next to the identifier', async () => {
  const context = await running.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${running.url}/connexion`);
  await expectAccessible(page, 'connexion (mobile)');
  await page.getByLabel('Identifiant ou e-mail').fill('A300003');
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  const seen = await codesSeen(running.url);
  await page.getByRole('button', { name: 'Valider' }).click();
  await passCodeStep(page, running.url, seen);
  await page.waitForURL(/\/cgu/);
  await page.getByRole('button', { name: 'Valider' }).click();
  // The landing page after the login and the CGU: « Accueil ».
  await page.waitForURL(/\/accueil$/);
  await page.getByRole('heading', { name: 'Accueil', level: 1 }).waitFor();

  const toggle = page.getByRole('button', { name: 'Menu' });
  const contrat = page.locator('pa-menu').getByRole('link', { name: /^Contrat/ });
  assert.equal(await contrat.isVisible(), false, 'menu hidden at first');
  const button = await toggle.boundingBox();
  const identifier = await page.locator('portail-app').getByText('A300003').first().boundingBox();
  assert.ok(button && identifier);
  assert.ok(button.x > 390 / 2 && button.y < 40, 'button at the top right');
  assert.ok(
    identifier.x > 390 / 4 && identifier.y - (button.y + button.height) < 40,
    'next to the identifier',
  );
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await expectAccessible(page, 'Accueil (mobile)');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await contrat.waitFor({ state: 'visible' });
  await expectAccessible(page, 'menu ouvert (mobile)');
  await page
    .locator('pa-menu')
    .getByRole('link', { name: /^Formulaires/ })
    .click();
  await page.getByRole('heading', { name: 'Formulaires', level: 1 }).waitFor();
  assert.equal(await contrat.isVisible(), false, 'menu closes after navigation');
  await page.screenshot({ path: '/tmp/mobile.png' });
  await context.close();
});
