// SPEC D: « Mon compte » — personal data and their changes (D1, D2), alerts (D3), password (D4),
// notifications (D5). The journeys that change a member's file each have a member of their own; D5
// reads Julien Bernard's demo file (his notifications), which no journey of this file changes.
import assert from 'node:assert/strict';
import { after, before, type TestContext, test } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { pick as pickFile, SMALL_PDF } from './files.js';
import { decisionRegion, detailStatus, managerPage, openGestionPage } from './gestion.js';
import { expectAccessible, logIn, openMail, type RunningPortal, startPortal } from './harness.js';
import { codeArrives, codesSeen } from './login-code.js';
import { freshMember, type Member, memberPage } from './members.js';
import { ERROR_RED, fieldState, menu, sentTo, textOf } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

const NEW_IBAN = 'FR7630001007941234567890185';
/** As printed on a RIB, in groups of four. */
const NEW_IBAN_TYPED = 'FR76 3000 1007 9412 3456 7890 185';
const NEW_IBAN_MASKED = 'FR76 **** **** **** **** **** 185';
/** The IBAN on the member's file (as Claire Martin's in the demo). */
const IBAN_ON_FILE = 'FR7630006000011234567890189';
const IBAN_ON_FILE_MASKED = 'FR76 **** **** **** **** **** 189';
const BANK_CHANGE_PENDING =
  "Une demande « Modification de vos coordonnées bancaires » est déjà en attente de validation : attendez son traitement avant d'en faire une autre.";
/** Julien Bernard (santé, individual contract): his file raises the D5 notifications. */
const JULIEN = { identifier: 'S200002' };

/** A member of the journey's own, with bank details on file, logged in in a context of their own. */
async function memberWithBankDetails(
  t: TestContext,
): Promise<{ member: Member; context: BrowserContext; page: Page }> {
  const member = await freshMember(running, { iban: IBAN_ON_FILE, bic: 'AGRIFRPP' });
  return { member, ...(await memberPage(t, running, member)) };
}

async function openDonnees(page: Page): Promise<void> {
  await menu(page).getByRole('link', { name: 'Données personnelles' }).click();
  await page.getByRole('heading', { name: 'Données personnelles', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Identité', level: 2 }).waitFor();
}

/** Adds a justificatif as the member does (the file chooser), and waits for it to be listed. */
async function pick(page: Page, region: Locator, name: string): Promise<void> {
  await pickFile(page, region, 'Ajouter un justificatif', name, SMALL_PDF);
  await region.getByRole('list', { name: 'Fichiers joints' }).getByText(name, { exact: true }).waitFor();
}

/** Every text of the page, through the shadow roots, with the values of the fields. */
async function deepPageText(page: Page): Promise<string> {
  // A loop, not a named inner function: the page must not depend on tsx's helpers.
  return page.evaluate(() => {
    const parts: string[] = [];
    const stack: Node[] = [document.documentElement];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) parts.push(node.value);
      if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot);
      stack.push(...node.childNodes);
    }
    return parts.join(' ');
  });
}

/** The element that has the focus, through the shadow roots. */
async function focused(page: Page): Promise<{ tag: string; text: string } | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? { tag: el.tagName, text: el.textContent?.trim() ?? '' } : null;
  });
}

async function waitForFocusOn(page: Page, id: string): Promise<void> {
  await page.waitForFunction((wanted) => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.id === wanted;
  }, id);
}

/** POSTs of D2 changes the page sends. */
function recordChanges(page: Page): string[] {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/compte/modifications') {
      posts.push(request.url());
    }
  });
  return posts;
}

/** The member's requests of « Mon compte » of this kind. */
async function pendingRequests(member: Member, kind: string) {
  return running.kernel.db
    .selectFrom('core.requests')
    .select(['kind', 'status', 'payload'])
    .where('member_id', '=', member.id)
    .where('section', '=', 'compte')
    .where('kind', '=', kind)
    .execute();
}

test('D1 + D2 a new IBAN with its RIB: confirmed in a dialog, pending and masked, e-mailed; a second change is refused', async (t) => {
  const { member, context, page } = await memberWithBankDetails(t);
  // A second tab, opened before the change: its form does not know a change is pending.
  const other = await context.newPage();
  await other.goto(`${running.url}/compte/donnees-personnelles`);
  await other.getByRole('heading', { name: 'Coordonnées bancaires', level: 2 }).waitFor();

  await openDonnees(page);
  const bank = page.getByRole('region', { name: 'Coordonnées bancaires' });
  await bank.getByText(IBAN_ON_FILE_MASKED, { exact: true }).waitFor();
  await expectAccessible(page, 'Données personnelles');

  await bank.getByLabel(/^IBAN/).fill(NEW_IBAN_TYPED);
  await bank.getByLabel(/^BIC/).fill('BDFEFRPPCCT');
  await pick(page, bank, 'rib-adherent.pdf');
  await bank.getByRole('button', { name: 'Enregistrer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modification de vos coordonnées bancaires' });
  await dialog
    .getByText('Vous avez modifié vos coordonnées bancaires, souhaitez-vous les valider ?', { exact: true })
    .waitFor();
  await expectAccessible(page, 'Données personnelles, confirmation des coordonnées bancaires');
  await dialog.getByRole('button', { name: 'Valider' }).click();

  await bank.getByText(/^Votre demande a été transmise/).waitFor();
  // (The alert's text is slotted into its role=status box: found from the section, not from the box.)
  await bank.getByText('Modification en attente de validation', { exact: true }).waitFor();
  await bank.getByText(`IBAN ${NEW_IBAN_MASKED} — BIC BDFEFRPPCCT`, { exact: true }).waitFor();
  // Nothing changes before a manager's validation: the IBAN on file is still the old one.
  await bank.getByText(IBAN_ON_FILE_MASKED, { exact: true }).waitFor();
  assert.equal(await bank.getByLabel(/^IBAN/).count(), 0, 'the form gives way to the pending change');
  const text = (await deepPageText(page)).replace(/\s+/g, '');
  assert.ok(text.includes(NEW_IBAN_MASKED.replace(/\s+/g, '')), 'the text read is the page’s');
  assert.ok(!text.includes(NEW_IBAN), 'the full IBAN is nowhere in the page');
  assert.ok(!text.includes(NEW_IBAN.slice(4, 23)), 'nor its middle digits');
  await expectAccessible(page, 'Données personnelles, modification en attente');
  const requests = await pendingRequests(member, 'coordonnees_bancaires');
  assert.equal(requests.length, 1);
  assert.equal(requests[0]!.status, 'pending');

  // The confirmation e-mail, as the development mailbox shows it.
  const mailbox = await context.newPage();
  const mail = await openMail(
    mailbox,
    running,
    'Portail Adhérent : votre demande « Modification de vos coordonnées bancaires » est enregistrée',
  );
  await mail.getByText(sentTo(member.email)).waitFor();
  await mail
    .getByText(/Nous avons bien reçu votre demande « Modification de vos coordonnées bancaires »/)
    .waitFor();
  const mailText = ((await mail.textContent()) ?? '').replace(/\s+/g, '');
  assert.ok(!mailText.includes(NEW_IBAN.slice(4, 23)), 'no IBAN in the e-mail');
  await expectAccessible(mailbox, 'boîte mail de développement');

  // The other tab tries a second change: the server refuses it, nothing more is recorded.
  const otherBank = other.getByRole('region', { name: 'Coordonnées bancaires' });
  await otherBank.getByLabel(/^IBAN/).fill('FR14 2004 1010 0505 0001 3M02 606');
  await otherBank.getByLabel(/^BIC/).fill('PSSTFRPPSCE');
  await pick(other, otherBank, 'autre-rib.pdf');
  await otherBank.getByRole('button', { name: 'Enregistrer' }).click();
  await other
    .getByRole('dialog', { name: 'Modification de vos coordonnées bancaires' })
    .getByRole('button', { name: 'Valider' })
    .click();
  await otherBank.getByText(BANK_CHANGE_PENDING, { exact: true }).waitFor();
  await expectAccessible(other, 'Données personnelles, seconde modification refusée');
  assert.equal((await pendingRequests(member, 'coordonnees_bancaires')).length, 1);

  // Seen again later: the pending change, no form to make another.
  await page.reload();
  await bank.getByText(`IBAN ${NEW_IBAN_MASKED} — BIC BDFEFRPPCCT`, { exact: true }).waitFor();
  assert.equal(await bank.getByLabel(/^IBAN/).count(), 0);
  assert.equal(await bank.getByRole('button', { name: 'Enregistrer' }).count(), 0);
  await context.close();
});

test('D1 a 4-digit postal code is marked in red with its message; nothing is sent', async (t) => {
  const { member, context, page } = await memberWithBankDetails(t);
  const posts = recordChanges(page);
  await openDonnees(page);
  const address = page.getByRole('region', { name: 'Adresse postale' });
  const postalCode = address.getByLabel(/^Code postal/);
  await postalCode.fill('1800');
  await pick(page, address, 'facture-energie.pdf');
  await address.getByRole('button', { name: 'Enregistrer' }).click();
  await address.getByText('Le code postal compte 5 chiffres.', { exact: true }).waitFor();
  const state = await fieldState(postalCode);
  assert.equal(state.invalid, 'true');
  assert.equal(state.border, ERROR_RED);
  assert.equal(state.description[0], 'Le code postal compte 5 chiffres.');
  assert.equal(
    await page.getByRole('dialog').count(),
    0,
    'no confirmation is asked while a field is in error',
  );
  assert.deepEqual(posts, []);
  assert.equal((await pendingRequests(member, 'adresse')).length, 0);
  await expectAccessible(page, 'Données personnelles, erreurs');
  await context.close();
});

test('D1 a 39-character address line is marked in red with its message; nothing is sent', async (t) => {
  const { context, page } = await memberWithBankDetails(t);
  try {
    const posts = recordChanges(page);
    await openDonnees(page);
    const address = page.getByRole('region', { name: 'Adresse postale' });
    const line1 = address.getByLabel(/^N° et libellé de la voie/);
    const line = '12 RUE DU COMMANDANT MARTIN DE BOURGES'.padEnd(39, 'X');
    assert.equal(line.length, 39);
    await line1.fill(line);
    await pick(page, address, 'facture-energie.pdf');
    await address.getByRole('button', { name: 'Enregistrer' }).click();
    assert.equal((await fieldState(line1)).value, line, 'the line is kept as typed, not cut');
    await address.getByText("38 caractères au plus sur une ligne d'adresse.", { exact: true }).waitFor();
    const state = await fieldState(line1);
    assert.equal(state.invalid, 'true');
    assert.equal(state.border, ERROR_RED);
    assert.equal(state.description[0], "38 caractères au plus sur une ligne d'adresse.");
    assert.equal(await page.getByRole('dialog').count(), 0);
    assert.deepEqual(posts, []);
  } finally {
    await context.close();
  }
});

test('D2 a mistyped IBAN is said as soon as the field is left: no confirmation, nothing uploaded', async (t) => {
  const { member, context, page } = await memberWithBankDetails(t);
  const posts = recordChanges(page);
  await openDonnees(page);
  const bank = page.getByRole('region', { name: 'Coordonnées bancaires' });
  const iban = bank.getByLabel(/^IBAN/);
  // The last digit mistyped (185 → 186): its check digits no longer match.
  await iban.fill(NEW_IBAN_TYPED.replace(/185$/, '186'));
  await iban.press('Tab');
  await bank.getByText('IBAN invalide : vérifiez-le sur votre RIB.', { exact: true }).waitFor();
  const state = await fieldState(iban);
  assert.equal(state.invalid, 'true');
  assert.equal(state.border, ERROR_RED);
  await expectAccessible(page, 'Données personnelles, IBAN erroné');
  await bank.getByLabel(/^BIC/).fill('BDFEFRPPCCT');
  await pick(page, bank, 'rib.pdf');
  await bank.getByRole('button', { name: 'Enregistrer' }).click();
  await page.waitForTimeout(300);
  assert.equal(await page.getByRole('dialog').count(), 0, 'no confirmation for a wrong IBAN');
  assert.deepEqual(posts, [], 'nothing uploaded');
  // Corrected: the message goes as the field is left.
  await iban.fill(NEW_IBAN_TYPED);
  await iban.press('Tab');
  await bank
    .getByText('IBAN invalide : vérifiez-le sur votre RIB.', { exact: true })
    .waitFor({ state: 'detached' });
  assert.equal((await pendingRequests(member, 'coordonnees_bancaires')).length, 0);
  await context.close();
});

test('D2 + H1 a pending change of address: shown beside the current one, to the member and the manager (found by name); the member cancels it', async (t) => {
  const member = await freshMember(running, {
    address: { line1: '12 RUE MOYENNE', postalCode: '18000', city: 'BOURGES' },
  });
  const { page } = await memberPage(t, running, member);
  await openDonnees(page);
  const address = page.getByRole('region', { name: 'Adresse postale' });
  await address.getByLabel(/^N° et libellé de la voie/).fill('9 PLACE GORDAINE');
  await pick(page, address, 'facture-energie.pdf');
  await address.getByRole('button', { name: 'Enregistrer' }).click();
  await page
    .getByRole('dialog', { name: 'Modification de votre adresse postale' })
    .getByRole('button', { name: 'Valider' })
    .click();
  await address.getByText('Modification en attente de validation', { exact: true }).waitFor();
  await address.getByText('9 PLACE GORDAINE, 18000 BOURGES', { exact: true }).waitFor();
  // The form gives way to the pending change, but the address on file stays in sight.
  assert.match(
    await textOf(address.locator('.current')),
    /^Adresse actuelle : 12 RUE MOYENNE, 18000 BOURGES$/,
  );
  await expectAccessible(page, 'Données personnelles, modification en attente');

  // The manager finds it by the member's name, and reads the current address beside the new one.
  const manager = await managerPage(t, running);
  const filters = manager.page.getByRole('search', { name: 'Filtrer les demandes' });
  await filters.getByLabel(/^Adhérent/).fill(`${member.lastName} ${member.firstName}`);
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await manager.page.waitForURL((u) => u.searchParams.has('adherent'));
  const row = manager.page.getByRole('row').filter({ hasText: member.identifier });
  await row.waitFor();
  // Only members of that name (another journey's member may share it).
  for (const cell of await manager.page.getByRole('cell', { name: /^T\d{6}/ }).allTextContents()) {
    assert.ok(cell.includes(`${member.firstName} ${member.lastName}`), cell);
  }
  await expectAccessible(manager.page, 'gestion, demandes d’un adhérent');
  await row.getByRole('link', { name: 'Modification de votre adresse postale', exact: true }).click();
  const content = manager.page.getByRole('region', { name: 'Contenu de la demande' });
  const current = content.locator('.current');
  const requested = content.locator('.requested');
  await current.getByRole('heading', { name: "Dans le dossier aujourd'hui", level: 3 }).waitFor();
  assert.deepEqual(await current.getByRole('listitem').allTextContents(), [
    '12 RUE MOYENNE',
    '18000 BOURGES',
  ]);
  await requested.getByRole('heading', { name: 'Modification demandée', level: 3 }).waitFor();
  assert.deepEqual(await requested.getByRole('listitem').allTextContents(), [
    '9 PLACE GORDAINE',
    '18000 BOURGES',
  ]);
  await expectAccessible(manager.page, 'gestion, changement d’adresse');
  const detailUrl = manager.page.url();

  // The member cancels it, after a confirmation: the form is back, the request withdrawn.
  await address.getByRole('button', { name: 'Annuler cette demande' }).click();
  const dialog = page.getByRole('dialog', { name: 'Annuler la demande' });
  await dialog
    .getByText('Souhaitez-vous annuler votre demande « Modification de votre adresse postale »', {
      exact: false,
    })
    .waitFor();
  await expectAccessible(page, 'Données personnelles, annulation demandée');
  await dialog.getByRole('button', { name: 'Annuler la demande' }).click();
  await address
    .getByText('Votre demande a été annulée : elle ne sera pas appliquée.', { exact: false })
    .waitFor();
  assert.equal(await address.getByLabel(/^N° et libellé de la voie/).inputValue(), '12 RUE MOYENNE');
  assert.equal(await address.getByText('Modification en attente de validation', { exact: true }).count(), 0);
  await expectAccessible(page, 'Données personnelles, demande annulée');
  assert.deepEqual(
    (await pendingRequests(member, 'adresse')).map((r) => r.status),
    ['withdrawn'],
  );

  // The manager: « Annulé », nothing left to decide, and no longer among the requests in progress.
  await manager.page.goto(detailUrl);
  await manager.page.getByRole('heading', { name: "Dossier de l'adhérent", level: 2 }).waitFor();
  assert.equal(await detailStatus(manager.page).textContent(), 'Annulé');
  assert.equal(await decisionRegion(manager.page).count(), 0);
  await expectAccessible(manager.page, 'gestion, demande annulée');
  await openGestionPage(manager.page, 'Demandes');
  await filters.getByLabel(/^Adhérent/).fill(member.identifier);
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await manager.page.waitForURL((u) => u.searchParams.get('adherent') === member.identifier);
  await manager.page.getByText('Aucune demande', { exact: true }).waitFor();
});

test('D3 the SMS alert switched on stays on after a reload', async (t) => {
  const { context, page } = await memberPage(
    t,
    running,
    await freshMember(running, { mobile: '06 12 34 56 78' }),
  );
  await openDonnees(page);
  const alerts = page.getByRole('region', { name: 'Alertes de paiement' });
  const sms = alerts.getByRole('switch', { name: /par SMS/ });
  assert.equal(await sms.isChecked(), false);
  assert.equal(await alerts.getByRole('switch', { name: /par Email/ }).isChecked(), true);
  await sms.check();
  await alerts.getByRole('status').getByText('Alerte par SMS activée.', { exact: true }).waitFor();
  await expectAccessible(page, 'Données personnelles, alerte SMS activée');
  await page.reload();
  await page.getByRole('heading', { name: 'Identité', level: 2 }).waitFor();
  assert.equal(await sms.isChecked(), true, 'kept on the server');
  assert.equal(
    await alerts.getByRole('switch', { name: /par Email/ }).isChecked(),
    true,
    'the other one unchanged',
  );
  await context.close();
});

test('D4 a wrong current password is refused; the right one changes it, other sessions end, the new one logs in', async (t) => {
  const member = await freshMember(running);
  const { context, page } = await memberPage(t, running, member);
  const elsewhere = await memberPage(t, running, member);
  await menu(page).getByRole('link', { name: 'Mot de passe' }).click();
  await page.getByRole('heading', { name: 'Mot de passe', level: 1 }).waitFor();
  await expectAccessible(page, 'Mot de passe');

  const current = page.getByLabel(/^Mot de passe actuel/);
  await current.fill('Mauvais2026');
  await page.getByLabel(/^Nouveau mot de passe/).fill('Vierzon2027');
  await page.getByLabel(/^Confirmation du nouveau mot de passe/).fill('Vierzon2027');
  await page.getByRole('button', { name: 'Modifier le mot de passe' }).click();
  await page.getByText('Le mot de passe actuel est incorrect.', { exact: true }).waitFor();
  const state = await fieldState(current);
  assert.equal(state.invalid, 'true');
  assert.equal(state.description[0], 'Le mot de passe actuel est incorrect.');
  await expectAccessible(page, 'Mot de passe, erreur');

  await current.fill(member.password);
  await page.getByRole('button', { name: 'Modifier le mot de passe' }).click();
  await page
    .getByText(
      'Votre mot de passe a été modifié. Vos autres sessions ont été fermées et un e-mail vous le confirme.',
      { exact: true },
    )
    .waitFor();
  assert.equal(await current.inputValue(), '', 'the fields are emptied');
  assert.equal(await page.getByLabel(/^Nouveau mot de passe/).inputValue(), '');
  await expectAccessible(page, 'Mot de passe modifié');

  const elsewhereStatus = await elsewhere.page.evaluate(async () => (await fetch('/api/menu')).status);
  assert.equal(elsewhereStatus, 401, 'the other session is closed');
  const stillHere = await page.evaluate(async () => (await fetch('/api/menu')).status);
  assert.equal(stillHere, 200, 'this session goes on');

  const mailbox = await context.newPage();
  const passwordMail = await openMail(
    mailbox,
    running,
    'Portail Adhérent : votre mot de passe a été modifié',
    sentTo(member.email),
  );
  await passwordMail.waitFor();

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByText('Vous êtes déconnecté.').waitFor();
  // The old password no longer opens: from this browser (not remembered) the code step, as always
  // (SPEC P8), but no code comes.
  await page.getByLabel('Identifiant ou e-mail').fill(member.identifier);
  await page.getByLabel('Mot de passe').fill(member.password);
  const seen = await codesSeen(running.url);
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByRole('heading', { name: 'Vérification de votre identité', level: 1 }).waitFor();
  await expectAccessible(page, "code après l'ancien mot de passe");
  assert.equal(await codeArrives(running.url, seen, 3000), false, 'no code for the old password');
  await logIn(page, running.url, member.identifier, 'Vierzon2027');
  await menu(page).getByRole('link', { name: 'Mot de passe' }).waitFor();
  await elsewhere.context.close();
  await context.close();
});

test('D5 Julien: the school certificate and the health payments by cheque, each link leading to its form', async (t) => {
  const { context, page } = await memberPage(t, running, JULIEN);
  await menu(page).getByRole('link', { name: 'Notifications' }).click();
  await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
  const certificate = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Certificat de scolarité manquant', level: 2 }),
  });
  await certificate.getByText(/Afin de mettre à jour les droits de LÉA/).waitFor();
  const payments = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Règlement de vos prestations santé', level: 2 }),
  });
  await payments.getByText(/réglées par chèque/).waitFor();
  assert.equal(
    await page.getByRole('heading', { name: 'Adresse postale erronée' }).count(),
    0,
    "Claire's NPAI is not Julien's",
  );
  await expectAccessible(page, 'Notifications');

  await payments.getByRole('link', { name: 'Modification de votre mode de règlement' }).click();
  await page.waitForURL(
    (u) => u.pathname === '/compte/donnees-personnelles' && u.hash === '#coordonnees-bancaires',
  );
  await page.getByRole('heading', { name: 'Données personnelles', level: 1 }).waitFor();
  const bankTitle = page.getByRole('heading', { name: 'Coordonnées bancaires', level: 2 });
  await bankTitle.waitFor();
  await waitForFocusOn(page, 'coordonnees-bancaires-titre');
  assert.deepEqual(await focused(page), { tag: 'H2', text: 'Coordonnées bancaires' });
  await page
    .getByRole('region', { name: 'Coordonnées bancaires' })
    .getByText('Aucune coordonnée bancaire enregistrée', { exact: true })
    .waitFor();
  await expectAccessible(page, 'Données personnelles, coordonnées bancaires');

  await page.goBack();
  await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
  await certificate.getByRole('link', { name: 'Transmettre un certificat de scolarité' }).click();
  await page.waitForURL((u) => u.pathname === '/contact/transmettre/certificat-de-scolarite');
  await page.getByRole('heading', { name: 'Nous envoyer un certificat de scolarité', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Choisir un fichier' }).waitFor();
  await context.close();
});

test('D5 the bank section a notification leads to is scrolled into view, its focused title visible', async (t) => {
  const { context, page } = await memberPage(t, running, JULIEN);
  try {
    await menu(page).getByRole('link', { name: 'Notifications' }).click();
    await page.getByRole('link', { name: 'Modification de votre mode de règlement' }).click();
    await page.waitForURL((u) => u.hash === '#coordonnees-bancaires');
    await waitForFocusOn(page, 'coordonnees-bancaires-titre');
    const box = await page.getByRole('heading', { name: 'Coordonnées bancaires', level: 2 }).boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box && viewport, 'laid out');
    assert.ok(
      box.y >= 0 && box.y + box.height <= viewport.height,
      `the focused title is at y=${box.y}, outside the ${viewport.height}px high window`,
    );
  } finally {
    await context.close();
  }
});
