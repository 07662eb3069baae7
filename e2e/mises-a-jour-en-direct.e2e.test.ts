// SPEC P2 live updates: a member has « Suivi » open in two tabs; a manager, in the back office (their
// own browser), answers her question, then publishes a key document to her. Without reloading, each
// tab shows the toast (announced), the answer in Suivi and the menu's unread marker of « Documents
// clés » — within seconds.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { managerApi, memberApi } from './api.js';
import { askQuestion } from './contact.js';
import { day } from './dates.js';
import { pick, SMALL_PDF } from './files.js';
import { managerPage, openGestionPage, openRequest, recordIndemnity } from './gestion.js';
import { expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { freshMember, memberPage } from './members.js';
import { menu, openFromMenu } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

/** What a live update must show within: « within seconds ». */
const SECONDS = { timeout: 8_000 };

/** The toast of live updates, in the shell. */
const liveToast = (page: Page) => page.locator('pa-toast.portail-live-toast');

/** The unread count of « Documents clés » in the menu (0 without a badge). */
async function keyDocumentsUnread(page: Page): Promise<number> {
  const text =
    (await menu(page)
      .getByRole('link', { name: /^Documents clés/ })
      .textContent()) ?? '';
  return Number(/(\d+) nouveaux? documents?/.exec(text)?.[1] ?? 0);
}

test('P2 an answer, a published document and a payment reach both open tabs of the member without reload', async (t) => {
  const member = await freshMember(running);
  await askQuestion(await memberApi(running, member), 'garanties', 'Mes lunettes sont-elles remboursées ?');

  const adherent = await memberPage(t, running, member);
  const tabs = [adherent.page, await adherent.context.newPage()];
  await openFromMenu(tabs[0] as Page, /^Suivi/, 'Suivi');
  await (tabs[1] as Page).goto(`${running.url}/contact/suivi`);
  for (const tab of tabs) {
    await tab.getByRole('heading', { name: 'Suivi', level: 1 }).waitFor();
    await tab.getByRole('article', { name: 'Question : Garanties' }).waitFor();
  }
  const unreadBefore = await keyDocumentsUnread(tabs[0] as Page);

  // The manager answers, in the back office.
  const manager = await managerPage(t, running);
  await openRequest(manager.page, 'Contact', member.identifier, 'Question : Garanties');
  const answer = 'Oui, sur facture détaillée, dans la limite de 350 € tous les deux ans.';
  const answerRegion = manager.page.getByRole('region', { name: 'Répondre' });
  await answerRegion.getByLabel(/^Réponse/).fill(answer);
  await answerRegion.getByRole('button', { name: 'Envoyer la réponse' }).click();
  await manager.page.getByText("La réponse a été envoyée à l'adhérent.", { exact: true }).waitFor();

  for (const tab of tabs) {
    const toast = liveToast(tab);
    await toast
      .getByRole('status')
      .getByText('Nos services ont répondu à votre demande « Question : Garanties ».')
      .waitFor(SECONDS);
    assert.equal(
      await toast.getByRole('link', { name: 'Voir le détail' }).getAttribute('href'),
      '/contact/suivi',
    );
    // The list reloaded itself: the answer is there, the page was not reloaded.
    const article = tab.getByRole('article', { name: 'Question : Garanties' });
    await article.getByText(answer, { exact: true }).waitFor(SECONDS);
  }
  await expectAccessible(tabs[1] as Page, 'Suivi, réponse arrivée en direct');

  // A key document published to her: the menu's marker rises in both tabs.
  await openGestionPage(manager.page, 'Documents');
  const form = manager.page.getByRole('form', { name: 'Publier un document' });
  await form.getByLabel(/^Catégorie/).selectOption({ label: 'Documents clés' });
  await form.getByLabel(/^Titre/).fill('Avenant 2027');
  await form.getByRole('radio', { name: 'Un adhérent' }).check();
  await form.getByLabel(/^Identifiant de l'adhérent/).fill(member.identifier);
  await pick(manager.page, form, 'Choisir le fichier', 'avenant-2027.pdf', SMALL_PDF);
  await form.getByText('avenant-2027.pdf', { exact: true }).waitFor();
  await form.getByRole('button', { name: 'Publier' }).click();
  await manager.page
    .getByText('Document publié : visible par 1 adhérent, signalé comme non lu.', { exact: true })
    .waitFor();

  for (const tab of tabs) {
    await liveToast(tab).getByText('Un nouveau document est disponible : « Avenant 2027 ».').waitFor(SECONDS);
    const deadline = Date.now() + SECONDS.timeout;
    while ((await keyDocumentsUnread(tab)) !== unreadBefore + 1) {
      assert.ok(Date.now() < deadline, 'the menu marker of « Documents clés » did not rise');
      await tab.waitForTimeout(100);
    }
    assert.equal(new URL(tab.url()).pathname, '/contact/suivi', 'no navigation, no reload');
  }
  await expectAccessible(tabs[0] as Page, 'Suivi, document signalé en direct');

  // An indemnity payment recorded (H5): its toast links to the history.
  await recordIndemnity(await managerApi(running), member, {
    nature: 'Accident du travail',
    eventDate: day(-40).iso,
    periodStart: day(-35).iso,
    periodEnd: day(-6).iso,
    paidOn: day(0).iso,
    method: 'virement',
    grossCents: 150_000,
    deductions: [{ label: 'CSG (6,7 %)', amountCents: 10_050 }],
    fullPayDays: 30,
    halfPayDays: 0,
    dailyAmountCents: 5_000,
  });
  for (const tab of tabs) {
    const toast = liveToast(tab);
    await toast.getByText(/Un règlement de 1\s399,50\s€ a été émis le \d\d\/\d\d\/\d{4}\./).waitFor(SECONDS);
    assert.equal(
      await toast.getByRole('link', { name: 'Voir le détail' }).getAttribute('href'),
      '/indemnisations/historique-indemnisations',
    );
  }
});
