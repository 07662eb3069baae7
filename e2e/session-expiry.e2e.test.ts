// SPEC A8 with WCAG 2.2.1: a warning before the idle limit (« Rester connecté » keeps the session,
// in every tab), typing counts as activity, and a message typed when the session expires is there
// again after the next login. A portal of its own with a 15-second idle limit: the warning comes a
// third of it before (2 minutes before 30 with the real one).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { codesSeen, passCodeStep } from './login-code.js';
import { freshMember, memberPage } from './members.js';
import { menu } from './pages.js';

const IDLE_MINUTES = 0.25;
const WARNING = 'Votre session va expirer';
const MESSAGE = 'Bonjour, mon prélèvement du mois dernier a échoué alors que mon compte était approvisionné.';

let running: RunningPortal;

before(async () => {
  running = await startPortal({ sessionIdleMinutes: IDLE_MINUTES });
});
after(() => running.close());

const warningOf = (page: Page) => page.getByRole('dialog', { name: WARNING });

/** Whether the pa-button named `name` holds the focus (its native button, in its shadow root). */
function hasFocus(button: Locator): Promise<boolean> {
  return button.evaluate((element) => element.matches(':focus'));
}

async function openMessageForm(page: Page): Promise<void> {
  await menu(page)
    .getByRole('link', { name: /^Envoyer un message/ })
    .click();
  await page.getByRole('heading', { name: 'Envoyer un message', level: 1 }).waitFor();
}

test('A8 warned before the limit, « Rester connecté » keeps the session; typing keeps it too; a message typed at the expiry is back after the login', async (t) => {
  const member = await freshMember(running);
  const { page } = await memberPage(t, running, member);
  await openMessageForm(page);
  const keepalives: number[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('/api/auth/session/keepalive')) keepalives.push(response.status());
  });

  // Nobody touches the page: the warning, the focus on « Rester connecté », read with its time left.
  const warning = warningOf(page);
  await warning.waitFor({ timeout: 20_000 });
  await warning.getByText(/^Sans action de votre part, votre session se terminera dans \d+ s\.$/).waitFor();
  const stay = warning.getByRole('button', { name: 'Rester connecté' });
  assert.ok(await hasFocus(stay), 'the focus is on « Rester connecté »');
  await warning.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  await expectAccessible(page, 'avertissement avant expiration');
  const openedAt = Date.now();
  const kept = page.waitForResponse((response) => response.url().endsWith('/api/auth/session/keepalive'));
  await stay.click();
  assert.equal((await kept).status(), 200);
  await warning.waitFor({ state: 'hidden' });
  assert.deepEqual(keepalives, [200]);

  // Past the limit the session had before: still there, the page still works.
  await page.waitForTimeout(Math.max(0, 6_000 - (Date.now() - openedAt)));
  assert.equal(new URL(page.url()).pathname, '/contact/message');

  // Typing for longer than the limit, slowly: never warned, never logged out (WCAG 2.2.1).
  await page.getByLabel(/Sujet/).selectOption({ label: 'Mes cotisations' });
  const text = page.getByLabel(/^Message/);
  await text.pressSequentially(MESSAGE, { delay: 200 });
  assert.equal(await warning.count(), 0, 'typing is activity: no warning');
  assert.equal(new URL(page.url()).pathname, '/contact/message');
  assert.ok(keepalives.length >= 2 && keepalives.length <= 5, `${keepalives.length} keepalives`);

  // The member stops there: warned, then the session ends with the message unsent.
  await warning.waitFor({ timeout: 20_000 });
  await page.waitForURL(/\/connexion\?retour=%2Fcontact%2Fmessage$/, { timeout: 20_000 });
  await page.getByText('Votre session a expiré. Veuillez vous reconnecter.').waitFor();
  await expectAccessible(page, 'session expirée après avertissement');

  await page.getByLabel('Identifiant ou e-mail').fill(member.identifier);
  await page.getByLabel('Mot de passe').fill(member.password);
  const seen = await codesSeen(running.url);
  await page.getByRole('button', { name: 'Valider' }).click();
  await passCodeStep(page, running.url, seen);
  await page.waitForURL((url) => url.pathname === '/contact/message');
  await page.getByRole('heading', { name: 'Envoyer un message', level: 1 }).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: 'Nous avons restauré ce que vous aviez saisi.' })
    .first()
    .waitFor();
  assert.equal(await text.inputValue(), MESSAGE);
  assert.equal(await page.getByLabel(/Sujet/).inputValue(), 'cotisation');
  await expectAccessible(page, 'message restauré');

  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page.getByText(/Votre message a bien été envoyé/).waitFor();
  assert.equal(
    await page.evaluate(() => sessionStorage.getItem('portail:form-drafts')),
    null,
    'the draft is gone once sent',
  );
});

test('A8 another tab: no warning while it is active; « Rester connecté » there closes the warning here', async (t) => {
  const member = await freshMember(running);
  const { context, page: first } = await memberPage(t, running, member);
  await openMessageForm(first);
  const second = await context.newPage();
  // The member goes on in a second tab, a few seconds later.
  await first.waitForTimeout(4_000);
  await second.goto(`${running.url}/contact/questions-frequentes`);
  await second.getByRole('heading', { level: 1 }).waitFor();

  // The first tab's own limit passes, but the server says the session was used since: no warning yet.
  await first.waitForTimeout(7_000);
  assert.equal(await warningOf(first).count(), 0, 'warned while the other tab was in use');

  // Both tabs idle: both warn; « Rester connecté » in the second closes the first's warning too.
  await warningOf(first).waitFor({ timeout: 20_000 });
  await warningOf(second).waitFor({ timeout: 20_000 });
  await warningOf(second).getByRole('button', { name: 'Rester connecté' }).click();
  await warningOf(first).waitFor({ state: 'hidden', timeout: 5_000 });
  await warningOf(second).waitFor({ state: 'hidden' });
  assert.equal(new URL(first.url()).pathname, '/contact/message');
});
