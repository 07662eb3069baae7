// SPEC P8 « Second facteur sur un nouvel appareil », in Chromium (development and production modes):
// a member logging in from a new browser types the code e-mailed to them (read in the mailbox),
// ticks « Se souvenir de cet appareil », then logs in again without a code; « Appareils de
// confiance » in Mon compte lists that browser and « Retirer » brings the code back. A manager
// always types the code.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LOGIN_CODE_SUBJECT } from '@portail/kernel/contract/second-factor';
import type { Page } from 'playwright-core';
import { DEMO_MANAGER, expectAccessible, openMail, type RunningPortal, startPortal } from './harness.js';
import { codeArrives, codesSeen, passCodeStep } from './login-code.js';
import { freshMember, newPage } from './members.js';
import { menu, openFromMenu, sentTo } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

/** The element holding the focus, through shadow roots: its text. */
function focusedText(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.textContent;
  });
}

/** The code step's intro (SPEC P8): the same whether the password was right or not. */
const CODE_SENT =
  'Si votre identifiant et votre mot de passe sont exacts, un code à 6 chiffres vient de vous être envoyé, par e-mail ou par SMS selon vos préférences. Il est valable 10 minutes.';

/** The code step as a screen reader meets it (its countdown's seconds aside). */
async function codeStepSnapshot(page: Page): Promise<string> {
  await page.getByRole('heading', { name: 'Vérification de votre identité', level: 1 }).waitFor();
  await page.getByText(CODE_SENT).waitFor();
  const snapshot = await page.locator('portail-code-step').ariaSnapshot();
  return snapshot.replace(/Possible dans \d+ s/g, 'Possible dans … s');
}

async function typePassword(page: Page, identifier: string, password: string): Promise<void> {
  await page.goto(`${running.url}/connexion`);
  await page.getByLabel('Identifiant ou e-mail').fill(identifier);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Valider' }).click();
}

test('P8 a new browser asks for the e-mailed code; « Se souvenir de cet appareil » skips it next time; « Retirer » brings it back', async (t) => {
  const member = await freshMember(running);
  const { context, page } = await newPage(t, running);
  await typePassword(page, member.identifier, member.password);

  const heading = page.getByRole('heading', { name: 'Vérification de votre identité', level: 1 });
  await heading.waitFor();
  assert.equal(await focusedText(page), 'Vérification de votre identité', 'the focus is on the heading');
  await page.getByText(CODE_SENT).waitFor();
  await page.getByText(/^Pas de code après quelques minutes \?/).waitFor();
  assert.equal(await page.getByText(member.email).count(), 0, 'the step names no address');
  assert.equal(await page.getByLabel('Code reçu').getAttribute('autocomplete'), 'one-time-code');
  assert.equal(await page.getByLabel('Code reçu').getAttribute('inputmode'), 'numeric');
  await expectAccessible(page, 'code de vérification');

  // The member reads the code in their mailbox (another tab), first types it wrong.
  const mailbox = await context.newPage();
  const mail = await openMail(mailbox, running, LOGIN_CODE_SUBJECT, sentTo(member.email));
  const code = ((await mail.textContent()) ?? '').match(/au Portail Adhérent : (\d{6})/)?.[1] ?? '';
  assert.match(code, /^\d{6}$/);
  await mailbox.close();
  await page.getByLabel('Code reçu').fill(code === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText('Code incorrect. Il vous reste 4 essais.').first().waitFor();
  await expectAccessible(page, 'code incorrect');

  await page.getByLabel('Code reçu').fill(code);
  await page.getByLabel('Se souvenir de cet appareil').check();
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
  await menu(page).getByRole('link', { name: 'Appareils de confiance' }).waitFor();

  // Mon compte « Appareils de confiance »: this browser, added today.
  await openFromMenu(page, 'Appareils de confiance', 'Appareils de confiance');
  const device = page.getByRole('heading', { name: /\(cet appareil\)$/, level: 2 });
  await device.waitFor();
  assert.match((await device.textContent()) ?? '', /^Chrome sur Linux \(cet appareil\)$/);
  const today = new Date().toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });
  await page.getByText(new RegExp(`Ajouté le ${today.replace(/\//g, '\\/')}`)).waitFor();
  await expectAccessible(page, 'appareils de confiance');

  // Logged out and in again from this browser: no code.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByText('Vous êtes déconnecté.').waitFor();
  const seen = await codesSeen(running.url);
  await page.getByLabel('Identifiant ou e-mail').fill(member.identifier);
  await page.getByLabel('Mot de passe').fill(member.password);
  await page.getByRole('button', { name: 'Valider' }).click();
  assert.equal(await passCodeStep(page, running.url, seen), false, 'no code on a remembered device');

  // « Retirer » this device: the next login asks for the code again.
  await openFromMenu(page, 'Appareils de confiance', 'Appareils de confiance');
  await page
    .getByRole('button', { name: /^Retirer/ })
    .first()
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Retirer' }).click();
  await page.getByText(/L'appareil « Chrome sur Linux » est retiré/).waitFor();
  await page.getByText('Aucun appareil de confiance').waitFor();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByText('Vous êtes déconnecté.').waitFor();
  const seenAgain = await codesSeen(running.url);
  await page.getByLabel('Identifiant ou e-mail').fill(member.identifier);
  await page.getByLabel('Mot de passe').fill(member.password);
  await page.getByRole('button', { name: 'Valider' }).click();
  assert.equal(await passCodeStep(page, running.url, seenAgain), true, 'the code again');
  await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
});

test('P8 a manager always types the code e-mailed to them, at the back office', async (t) => {
  const { page } = await newPage(t, running);
  for (let round = 0; round < 2; round++) {
    await page.goto(`${running.url}/gestion`);
    await page.getByLabel(/^Identifiant/).fill(DEMO_MANAGER.login);
    await page.getByLabel(/^Mot de passe/).fill(DEMO_MANAGER.password);
    const seen = await codesSeen(running.url);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Vérification de votre identité', level: 1 }).waitFor();
    assert.equal(await page.getByText('Se souvenir de cet appareil').count(), 0, 'never remembered');
    if (round === 0) await expectAccessible(page, 'gestion, code de vérification');
    assert.equal(
      await passCodeStep(page, running.url, seen, { leaves: (u) => u.pathname === '/gestion/demandes' }),
      true,
    );
    await page.waitForURL((u) => u.pathname === '/gestion/demandes');
    await page.getByRole('heading', { name: 'Demandes', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Connexion à la gestion', level: 1 }).waitFor();
  }
});

test('P8 from a new browser the code step is the same after a right password, a wrong one or an unknown login; only the right one gets a code', async (t) => {
  const member = await freshMember(running);
  const seen = await codesSeen(running.url);
  const wrong = await newPage(t, running);
  await typePassword(wrong.page, member.identifier, 'Mauvais2026');
  const afterWrong = await codeStepSnapshot(wrong.page);
  await expectAccessible(wrong.page, 'code après un mot de passe inexact');
  const unknown = await newPage(t, running);
  await typePassword(unknown.page, `INCONNU${Date.now()}`, member.password);
  const afterUnknown = await codeStepSnapshot(unknown.page);
  assert.equal(await codeArrives(running.url, seen, 3000), false, 'no code for either');
  // Every code is wrong there, counted down as a real one.
  await unknown.page.getByLabel('Code reçu').fill('123456');
  await unknown.page.getByRole('button', { name: 'Valider' }).click();
  await unknown.page.getByText('Code incorrect. Il vous reste 4 essais.').first().waitFor();

  const right = await newPage(t, running);
  await typePassword(right.page, member.identifier, member.password);
  const afterRight = await codeStepSnapshot(right.page);
  assert.equal(afterWrong, afterRight, 'a wrong password shows the same step as a right one');
  assert.equal(afterUnknown, afterRight, 'an unknown login shows the same step as a known one');
  assert.doesNotMatch(afterRight, /@|•/, 'no address, even partly hidden');
  assert.equal(await codeArrives(running.url, seen, 20_000), true, 'the right password sends a code');
});
