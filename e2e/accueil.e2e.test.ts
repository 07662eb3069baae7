// « Accueil »: the page a member lands on after the login (and the CGU), the menu's first entry —
// what is new (unread documents, answers and decisions), the requests in progress, the last payment
// or reimbursement, and shortcuts, each block from its section's manifest and only those the
// member's contracts and employer open (SPEC A4, A5, A6, C, E4, G). Two demo members: Claire Martin
// (prévoyance only, Mairie de Bourges) and Julien Bernard (santé only), each in a browser of their own.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { download } from './files.js';
import { DEMO_PASSWORD, expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { codesSeen, passCodeStep } from './login-code.js';
import { newPage } from './members.js';
import { menu, textOf } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

/** Logs in from the login page itself (no return path), accepting the CGU on the way when asked. */
async function logInToAccueil(page: Page, identifier: string): Promise<void> {
  await page.goto(`${running.url}/connexion`);
  await page.getByLabel('Identifiant ou e-mail').fill(identifier);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  const seen = await codesSeen(running.url);
  await page.getByRole('button', { name: 'Valider' }).click();
  await passCodeStep(page, running.url, seen);
  await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
  if (new URL(page.url()).pathname === '/cgu') {
    await page.getByRole('button', { name: 'Valider' }).click();
  }
  await page.waitForURL((u) => u.pathname === '/accueil');
  await page.getByRole('heading', { name: 'Accueil', level: 1 }).waitFor();
}

const block = (page: Page, title: string) =>
  page.locator('portail-home-page section.block').filter({
    has: page.getByRole('heading', { name: title, level: 2, exact: true }),
  });

/** The titles of the blocks and the labels of the shortcuts the page shows, once every block has loaded. */
async function homeOf(page: Page) {
  const home = page.locator('portail-home-page');
  await home.getByRole('navigation', { name: 'Accès rapides' }).waitFor();
  // Every block done loading: no skeleton left.
  await page.waitForFunction(() => {
    const root = document.querySelector('portail-home-page')?.shadowRoot;
    const contents = [...(root?.querySelectorAll('section.block .content') ?? [])];
    return (
      contents.length > 1 &&
      contents.every(
        (content) =>
          !content.querySelector('.home-skeleton') &&
          [...content.children].every((child) => !child.shadowRoot?.querySelector('.home-skeleton')),
      )
    );
  });
  return {
    blocks: await home.getByRole('heading', { level: 2 }).allTextContents(),
    shortcuts: await home
      .getByRole('navigation', { name: 'Accès rapides' })
      .getByRole('link')
      .allTextContents(),
  };
}

test('Claire (prévoyance): lands on « Accueil »; her payment, requests, unread documents and shortcuts; a read document is counted', async (t) => {
  const { page } = await newPage(t, running);
  await logInToAccueil(page, 'A100001');
  assert.equal(await page.title(), 'Accueil – Portail Adhérent');
  const first = menu(page).getByRole('link').first();
  assert.equal(await textOf(first), 'Accueil');
  assert.equal(await first.getAttribute('aria-current'), 'page');

  assert.deepEqual(await homeOf(page), {
    blocks: [
      'Accès rapides',
      'Nouveaux documents',
      'Dernier paiement',
      'Réponses et décisions',
      'Mes demandes en cours',
    ],
    shortcuts: ['Déclarer un sinistre', 'Envoyer un justificatif', 'Envoyer un message'],
  });
  const payment = block(page, 'Dernier paiement');
  await payment.getByText(/^\d[\d\s]*,\d{2}\s€$/).waitFor();
  await payment.getByText(/^Prestations pour la .+ du \d{2}\/\d{2}\/\d{4} - \d{2}\/\d{2}\/\d{4}$/).waitFor();
  await payment.getByText(/Émis le \d{2}\/\d{2}\/\d{4}\s+par\s+(Virement|Chèque)/).waitFor();
  // Her sent claim and justificatifs wait for the back office.
  const requests = block(page, 'Mes demandes en cours');
  await requests.getByText(/^\d+ demandes? en cours$/).waitFor();
  await requests.getByText('En cours de traitement').first().waitFor();

  // A5: the unread documents, as the menu counts them.
  const contratEntry = menu(page).getByRole('link', { name: /^Contrat/ });
  const unread = Number((await contratEntry.locator('.badge').textContent()) ?? '0');
  assert.ok(unread >= 1, `Claire has unread contract documents (${unread})`);
  const news = block(page, 'Nouveaux documents');
  const counted = (n: number) => `Contrat : ${n} ${n === 1 ? 'nouveau document' : 'nouveaux documents'}`;
  await news.getByRole('link', { name: counted(unread) }).waitFor();
  await expectAccessible(page, 'Accueil (prévoyance)');

  // The count leads to the documents; one opened, « Accueil » counts one less.
  await news.getByRole('link', { name: counted(unread) }).click();
  await page.getByRole('heading', { name: 'Contrat', level: 1 }).waitFor();
  const title = await page.evaluate(async () => {
    const list = (await (await fetch('/api/adhesion/documents/contrat')).json()) as {
      items: { title: string; unread: boolean }[];
    };
    return list.items.find((item) => item.unread)?.title ?? '';
  });
  assert.ok(title, 'an unread document in the list');
  await download(page, page.getByRole('link', { name: `Télécharger ${title}` }).first());
  await menu(page).getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('heading', { name: 'Accueil', level: 1 }).waitFor();
  const left = unread - 1;
  if (left > 0)
    await block(page, 'Nouveaux documents')
      .getByRole('link', { name: counted(left) })
      .waitFor();
  else await block(page, 'Nouveaux documents').getByText('Aucun nouveau document').waitFor();

  // A shortcut opens its page.
  await page.getByRole('link', { name: 'Envoyer un justificatif', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/indemnisations/justificatifs');
  await page.getByRole('heading', { name: 'Envoi de justificatifs', level: 1 }).waitFor();
});

test('Julien (santé): lands on « Accueil » after accepting the CGU; his last reimbursement, nothing of prévoyance', async (t) => {
  const { page } = await newPage(t, running);
  await logInToAccueil(page, 'S200002');
  assert.deepEqual(await homeOf(page), {
    blocks: [
      'Accès rapides',
      'Nouveaux documents',
      'Dernier remboursement',
      'Réponses et décisions',
      'Mes demandes en cours',
    ],
    shortcuts: ['Mes règlements', 'Envoyer un message'],
  });
  const reimbursement = block(page, 'Dernier remboursement');
  await reimbursement.getByText(/^\d[\d\s]*,\d{2}\s€$/).waitFor();
  const paid = await textOf(reimbursement.getByText(/^Remboursement du/));
  const date = /^Remboursement du (\d{2}\/\d{2}\/\d{4}) par (Virement|Chèque)$/.exec(paid)?.[1];
  assert.ok(date, paid);
  await expectAccessible(page, 'Accueil (santé)');

  // The block's detail link opens that very reimbursement.
  await reimbursement.getByRole('link', { name: `Voir le détail du remboursement du ${date}` }).click();
  await page.getByRole('heading', { name: `Remboursement du ${date}`, level: 1 }).waitFor();
  // The shortcut « Mes règlements » opens the list.
  await menu(page).getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('link', { name: 'Mes règlements', exact: true }).first().waitFor();
  await page
    .locator('portail-home-page')
    .getByRole('navigation', { name: 'Accès rapides' })
    .getByRole('link', { name: 'Mes règlements' })
    .click();
  await page.waitForURL((u) => u.pathname === '/services/reglements');
  await page.getByRole('heading', { name: 'Mes règlements', level: 1 }).waitFor();
});
