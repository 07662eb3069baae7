// SPEC H: the back office — its own login, decisions, answers, documents and payments — each
// journey with members of its own, whose requests it makes itself.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { day } from './dates.js';
import { pick, SMALL_PDF } from './files.js';
import {
  decisionRegion,
  detailStatus,
  MANAGER_NAME,
  managerPage,
  openGestionPage,
  openRequest,
} from './gestion.js';
import { DEMO_MANAGER, expectAccessible, openMail, type RunningPortal, startPortal } from './harness.js';
import { codeArrives, codesSeen } from './login-code.js';
import { freshMember, memberPage, newPage } from './members.js';
import { menu, openFromMenu, sentTo, textOf } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

const NEW_IBAN_TYPED = 'FR76 3000 1007 9412 3456 7890 185';
const NEW_IBAN_MASKED = 'FR76 **** **** **** **** **** 185';
/** The IBAN on the member's file before the change (as Claire Martin's in the demo). */
const IBAN_ON_FILE = 'FR7630006000011234567890189';
const IBAN_ON_FILE_MASKED = 'FR76 **** **** **** **** **** 189';
const BANK_CHANGE = 'Modification de vos coordonnées bancaires';
const CARD_REQUEST = 'Demande de carte de tiers payant';
/** `color-unread` of the design tokens (#e35d00): the orange marker of unread documents. */
const UNREAD_ORANGE = 'rgb(227, 93, 0)';

/** The article of a request in the member's Suivi (Contact → Suivi). */
async function suiviArticle(page: Page, label: string): Promise<Locator> {
  await openFromMenu(page, /^Suivi/, 'Suivi');
  return page.getByRole('article', { name: label });
}

/** The development mailbox's message whose heading (the subject, or "SMS") is `name`, sent to `to`. */
async function mailOf(mailbox: Page, name: string, to: RegExp): Promise<Locator> {
  const mail = await openMail(mailbox, running, name, to);
  await mail.waitFor();
  return mail;
}

test('H roles: /gestion has its own login; a member session does not open it, a manager session does not open member pages', async (t) => {
  const anonymous = await newPage(t, running);
  await anonymous.page.goto(`${running.url}/gestion`);
  await anonymous.page.getByRole('heading', { name: 'Connexion à la gestion', level: 1 }).waitFor();
  assert.equal(await menu(anonymous.page).count(), 0, 'no back-office menu before login');
  await expectAccessible(anonymous.page, 'gestion, connexion');
  // A wrong password (SPEC P8): the code step all the same, « par e-mail », where no code comes.
  await anonymous.page.getByLabel(/^Identifiant/).fill(DEMO_MANAGER.login);
  await anonymous.page.getByLabel(/^Mot de passe/).fill('Mauvais2026');
  const seen = await codesSeen(running.url);
  await anonymous.page.getByRole('button', { name: 'Se connecter' }).click();
  await anonymous.page.getByRole('heading', { name: 'Vérification de votre identité', level: 1 }).waitFor();
  await anonymous.page
    .getByText(
      'Si votre identifiant et votre mot de passe sont exacts, un code à 6 chiffres vient de vous être envoyé, par e-mail. Il est valable 10 minutes.',
    )
    .waitFor();
  assert.equal(await anonymous.page.getByText('Identifiant ou mot de passe incorrect.').count(), 0);
  await expectAccessible(anonymous.page, 'gestion, code après un mot de passe inexact');
  assert.equal(await codeArrives(running.url, seen, 3000), false, 'no code sent');
  await anonymous.page.getByLabel(/^Code reçu/).fill('123456');
  await anonymous.page.getByRole('button', { name: 'Valider' }).click();
  await anonymous.page.getByText('Code incorrect. Il vous reste 4 essais.').first().waitFor();
  await anonymous.page.getByRole('button', { name: 'Recommencer la connexion' }).click();
  await anonymous.page.getByRole('heading', { name: 'Connexion à la gestion', level: 1 }).waitFor();
  assert.equal(new URL(anonymous.page.url()).pathname, '/gestion');

  // A member's session: the back office still asks for a manager's login, its API answers 401.
  const adherent = await memberPage(t, running, await freshMember(running));
  await adherent.page.goto(`${running.url}/gestion/demandes`);
  await adherent.page.waitForURL(
    (u) => u.pathname === '/gestion' && u.searchParams.get('retour') === '/gestion/demandes',
  );
  await adherent.page.getByRole('heading', { name: 'Connexion à la gestion', level: 1 }).waitFor();
  assert.equal(await adherent.page.getByLabel(/^Identifiant ou e-mail/).count(), 0, 'not the member login');
  const memberOnGestionApi = await adherent.page.evaluate(
    async () => (await fetch('/api/gestion/demandes')).status,
  );
  assert.equal(memberOnGestionApi, 401);
  // …while her own session goes on in the member portal.
  assert.equal(await adherent.page.evaluate(async () => (await fetch('/api/menu')).status), 200);

  // A manager's session: the member pages ask for a member's login, the member API answers 401.
  const manager = await managerPage(t, running);
  await manager.page.getByText(MANAGER_NAME).first().waitFor();
  await manager.page.goto(`${running.url}/compte/donnees-personnelles`);
  await manager.page.waitForURL((u) => u.pathname === '/connexion');
  await manager.page.getByLabel('Identifiant ou e-mail').waitFor();
  assert.equal(await manager.page.evaluate(async () => (await fetch('/api/menu')).status), 401);
  // …while the back office still knows the manager.
  await manager.page.goto(`${running.url}/gestion`);
  await manager.page.waitForURL((u) => u.pathname === '/gestion/demandes');
  await manager.page.getByRole('heading', { name: 'Demandes', level: 1 }).waitFor();
});

test('H1 + H2 an IBAN change with its RIB, accepted by a manager: applied, "Pris en compte" in Suivi, e-mailed', async (t) => {
  const member = await freshMember(running, { iban: IBAN_ON_FILE, bic: 'AGRIFRPP' });
  const adherent = await memberPage(t, running, member);
  await openFromMenu(adherent.page, /^Données personnelles/, 'Données personnelles');
  const bank = adherent.page.getByRole('region', { name: 'Coordonnées bancaires' });
  await bank.getByText(IBAN_ON_FILE_MASKED, { exact: true }).waitFor();
  await bank.getByLabel(/^IBAN/).fill(NEW_IBAN_TYPED);
  await bank.getByLabel(/^BIC/).fill('BDFEFRPPCCT');
  await pick(adherent.page, bank, 'Ajouter un justificatif', 'rib-adherent.pdf', SMALL_PDF);
  await bank
    .getByRole('list', { name: 'Fichiers joints' })
    .getByText('rib-adherent.pdf', { exact: true })
    .waitFor();
  await bank.getByRole('button', { name: 'Enregistrer' }).click();
  await adherent.page
    .getByRole('dialog', { name: BANK_CHANGE })
    .getByRole('button', { name: 'Valider' })
    .click();
  await bank.getByText('Modification en attente de validation', { exact: true }).waitFor();
  await bank.getByText(`IBAN ${NEW_IBAN_MASKED} — BIC BDFEFRPPCCT`, { exact: true }).waitFor();

  // The manager finds it in the queue, filtered on « Mon compte ».
  const manager = await managerPage(t, running);
  await expectAccessible(manager.page, 'gestion, demandes');
  const filters = manager.page.getByRole('search', { name: 'Filtrer les demandes' });
  await filters.getByLabel(/^Section/).selectOption({ label: 'Mon compte' });
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await manager.page.waitForURL((u) => u.searchParams.get('section') === 'compte');
  // The filtered results (the seeded claims of « Mes indemnisations » were listed before): this
  // member's change only, no other journey of this file asking anything of « Mon compte ».
  await manager.page.getByText('1 demande', { exact: true }).waitFor();
  const rows = manager.page.getByRole('row').filter({ hasText: member.identifier });
  await rows.getByRole('link', { name: BANK_CHANGE, exact: true }).waitFor();
  const row = rows.filter({ hasText: BANK_CHANGE });
  assert.ok((await textOf(row)).includes(`${member.firstName} ${member.lastName}`));
  assert.match(await textOf(row), /Mon compte/);
  assert.match(await textOf(row), /En cours de traitement/);
  assert.equal(await manager.page.getByRole('row').filter({ hasText: 'Mes indemnisations' }).count(), 0);
  await expectAccessible(manager.page, 'gestion, demandes filtrées');

  await row.getByRole('link', { name: BANK_CHANGE, exact: true }).click();
  await manager.page.getByRole('heading', { name: BANK_CHANGE, level: 1 }).waitFor();
  const file = manager.page.getByRole('region', { name: "Dossier de l'adhérent" });
  await file.getByText(`Mme ${member.firstName} ${member.lastName}`, { exact: true }).waitFor();
  await file.getByText(member.identifier, { exact: true }).waitFor();
  await file.getByText(member.email, { exact: true }).waitFor();
  await file
    .getByText(
      `Prévoyance complémentaire — maintien de salaire n° ${member.membershipNumber}, Mairie de Bourges`,
      { exact: false },
    )
    .waitFor();
  // The new IBAN in full, for the manager to check against the RIB.
  const content = manager.page.getByRole('region', { name: 'Contenu de la demande' });
  await content.getByText(`IBAN : ${NEW_IBAN_TYPED}`, { exact: true }).waitFor();
  await content.getByText('BIC : BDFEFRPPCCT', { exact: true }).waitFor();
  const attachment = manager.page
    .getByRole('region', { name: 'Pièces jointes' })
    .getByRole('link', { name: /^rib-adherent\.pdf/ });
  const href = await attachment.getAttribute('href');
  assert.ok(href, 'the attachment is a link');
  assert.equal(await attachment.getAttribute('target'), '_blank');
  const download = await manager.context.request.get(`${running.url}${href}`);
  assert.equal(download.status(), 200);
  assert.equal((await download.body()).subarray(0, 5).toString(), '%PDF-');
  assert.equal(await detailStatus(manager.page).textContent(), 'En cours de traitement');
  await expectAccessible(manager.page, 'gestion, demande');

  await decisionRegion(manager.page).getByRole('button', { name: 'Accepter' }).click();
  const dialog = manager.page.getByRole('dialog', { name: 'Accepter la demande' });
  await dialog
    .getByText(`Accepter la demande « ${BANK_CHANGE} » de ${member.firstName} ${member.lastName} ?`, {
      exact: false,
    })
    .waitFor();
  await expectAccessible(manager.page, 'gestion, demande, confirmation');
  await dialog.getByRole('button', { name: 'Accepter' }).click();
  await manager.page
    .getByText("La demande a été prise en compte. L'adhérent en est informé par e-mail.", { exact: true })
    .waitFor();
  assert.equal(await detailStatus(manager.page).textContent(), 'Pris en compte');
  await manager.page.getByText(MANAGER_NAME, { exact: true }).first().waitFor();
  assert.equal(await decisionRegion(manager.page).count(), 0, 'no second decision offered');
  await expectAccessible(manager.page, 'gestion, demande acceptée');

  // The member: the new IBAN is theirs now (masked), the request « Pris en compte », the e-mail sent.
  await adherent.page.reload();
  await adherent.page.getByRole('heading', { name: 'Identité', level: 2 }).waitFor();
  await bank.getByText(NEW_IBAN_MASKED, { exact: true }).waitFor();
  assert.equal(await bank.getByText(IBAN_ON_FILE_MASKED, { exact: true }).count(), 0);
  assert.equal(await bank.getByText('Modification en attente de validation', { exact: true }).count(), 0);
  const article = await suiviArticle(adherent.page, BANK_CHANGE);
  await article.getByText('Pris en compte', { exact: true }).first().waitFor();
  await expectAccessible(adherent.page, 'Suivi, demande prise en compte');
  const mail = await mailOf(
    await adherent.context.newPage(),
    `Portail Adhérent : votre demande « ${BANK_CHANGE} » a été prise en compte`,
    sentTo(member.email),
  );
  assert.match(await textOf(mail), new RegExp(`Votre demande « ${BANK_CHANGE} » a été prise en compte\\.`));
});

test('H2 a refusal needs a reason; the member reads it in Suivi; a second decision from a stale page is refused', async (t) => {
  const member = await freshMember(running, { employer: null, contracts: ['sante'] });
  const adherent = await memberPage(t, running, member);
  await adherent.page.goto(`${running.url}/adhesion/carte-tiers-payant`);
  await adherent.page.getByRole('heading', { name: 'Carte de tiers payant', level: 1 }).waitFor();
  await adherent.page.getByRole('button', { name: 'Demander une carte' }).click();
  await adherent.page
    .getByText(/est en cours de traitement/)
    .first()
    .waitFor();

  const manager = await managerPage(t, running);
  await openRequest(manager.page, 'Mon adhésion', member.identifier, CARD_REQUEST);
  // A second page of the same manager, opened on the request before it is decided.
  const stale = await manager.context.newPage();
  await stale.goto(manager.page.url());
  await stale.getByRole('heading', { name: CARD_REQUEST, level: 1 }).waitFor();
  await decisionRegion(stale).getByRole('button', { name: 'Accepter' }).waitFor();

  const decision = decisionRegion(manager.page);
  await decision.getByRole('button', { name: 'Refuser' }).click();
  await decision.getByText('Indiquez le motif du refus.', { exact: true }).waitFor();
  assert.equal(await manager.page.getByRole('dialog').count(), 0, 'nothing to confirm without a reason');
  assert.equal(await decision.getByLabel(/^Motif du refus/).getAttribute('aria-invalid'), 'true');
  await expectAccessible(manager.page, 'gestion, refus sans motif');

  const reason =
    'Votre carte actuelle est valable jusqu’au 31/12 : une nouvelle carte vous sera envoyée en janvier.';
  await decision.getByLabel(/^Motif du refus/).fill(reason);
  await decision.getByRole('button', { name: 'Refuser' }).click();
  const dialog = manager.page.getByRole('dialog', { name: 'Refuser la demande' });
  await dialog.getByText(/L'adhérent recevra le motif par e-mail\./).waitFor();
  await dialog.getByRole('button', { name: 'Refuser' }).click();
  await manager.page
    .getByText("La demande a été refusée. L'adhérent en est informé par e-mail.", { exact: true })
    .waitFor();
  assert.equal(await detailStatus(manager.page).textContent(), 'Refusé');
  await manager.page.getByRole('heading', { name: 'Motif du refus', level: 2 }).waitFor();
  await manager.page.getByText(reason, { exact: true }).first().waitFor();
  await expectAccessible(manager.page, 'gestion, demande refusée');

  // The stale page still offers a decision: the server refuses the second one, the page catches up.
  await decisionRegion(stale).getByRole('button', { name: 'Accepter' }).click();
  await stale
    .getByRole('dialog', { name: 'Accepter la demande' })
    .getByRole('button', { name: 'Accepter' })
    .click();
  await stale.getByText('Cette demande a déjà été traitée.', { exact: true }).waitFor();
  await stale.locator('bo-request-page pa-badge.status', { hasText: 'Refusé' }).waitFor();
  assert.equal(await decisionRegion(stale).count(), 0);
  await expectAccessible(stale, 'gestion, demande déjà traitée');
  const statuses = await running.kernel.db
    .selectFrom('core.requests')
    .select(['status', 'refusal_reason'])
    .where('kind', '=', 'carte_tiers_payant')
    .where('member_id', '=', member.id)
    .execute();
  assert.deepEqual(statuses, [{ status: 'refused', refusal_reason: reason }], 'the first decision stands');

  const article = await suiviArticle(adherent.page, CARD_REQUEST);
  await article.getByText('Refusé', { exact: true }).first().waitFor();
  assert.equal(await textOf(article.locator('.refusal')), `Motif du refus : ${reason}`);
  await expectAccessible(adherent.page, 'Suivi, demande refusée');
});

test('H3 a manager answers a member’s question; the member reads the answer in Suivi', async (t) => {
  const member = await freshMember(running, { employer: null, contracts: ['sante'] });
  const adherent = await memberPage(t, running, member);
  await openFromMenu(adherent.page, /^Vous avez une question/, 'Vous avez une question');
  await adherent.page.getByLabel(/Thème/).selectOption({ label: 'Garanties' });
  const question = "Les lunettes de Hugo sont-elles prises en charge si je les achète à l'étranger ?";
  await adherent.page.getByLabel(/Votre question/).fill(question);
  await adherent.page.getByRole('button', { name: 'Envoyer' }).click();
  await adherent.page.getByText(/question a bien été envoyée/i).waitFor();

  const manager = await managerPage(t, running);
  await openRequest(manager.page, 'Contact', member.identifier, 'Question : Garanties');
  await manager.page.getByText(question, { exact: true }).waitFor();
  const answerRegion = manager.page.getByRole('region', { name: 'Répondre' });
  await answerRegion.getByRole('button', { name: 'Envoyer la réponse' }).click();
  await answerRegion.getByText('Saisissez votre réponse.', { exact: true }).waitFor();
  await expectAccessible(manager.page, 'gestion, réponse manquante');
  const answer = 'Oui, sur facture détaillée, dans la limite de 350 € tous les deux ans.';
  await answerRegion.getByLabel(/^Réponse/).fill(answer);
  await answerRegion.getByRole('button', { name: 'Envoyer la réponse' }).click();
  await manager.page.getByText("La réponse a été envoyée à l'adhérent.", { exact: true }).waitFor();
  await manager.page.getByRole('heading', { name: 'Réponse envoyée', level: 2 }).waitFor();
  assert.equal(await detailStatus(manager.page).textContent(), 'Pris en compte');
  assert.equal(await answerRegion.count(), 0, 'answered once');
  await expectAccessible(manager.page, 'gestion, question répondue');

  const article = await suiviArticle(adherent.page, 'Question : Garanties');
  await article.getByText(answer, { exact: true }).waitFor();
  await article.getByText('Pris en compte', { exact: true }).first().waitFor();
  await article.getByRole('heading', { name: /^Réponse du/, level: 3 }).waitFor();
  await expectAccessible(adherent.page, 'Suivi, question répondue');
});

/** The member's menu entry "Documents clés": its unread count (0 without a badge) and border colour. */
async function keyDocumentsEntry(page: Page): Promise<{ unread: number; border: string }> {
  const link = menu(page).getByRole('link', { name: /^Documents clés/ });
  await link.waitFor();
  const count = /(\d+) nouveaux? documents?/.exec((await link.textContent()) ?? '');
  return {
    unread: count ? Number(count[1]) : 0,
    border: await link.evaluate((el) => getComputedStyle(el).borderInlineStartColor),
  };
}

test('H4 a key document published to a member shows in « Documents clés » with the orange unread marker and the menu count', async (t) => {
  const member = await freshMember(running);
  const adherent = await memberPage(t, running, member);
  await openFromMenu(adherent.page, /^Documents clés/, 'Documents clés');
  await adherent.page.getByRole('table').first().waitFor();
  const before = (await keyDocumentsEntry(adherent.page)).unread;

  const manager = await managerPage(t, running);
  await openGestionPage(manager.page, 'Documents');
  const form = manager.page.getByRole('form', { name: 'Publier un document' });
  await form.getByLabel(/^Catégorie/).waitFor();
  await expectAccessible(manager.page, 'gestion, documents');
  const title = 'Avenant 2027 au contrat de prévoyance';
  await form.getByLabel(/^Catégorie/).selectOption({ label: 'Documents clés' });
  await form.getByLabel(/^Titre/).fill(title);
  await form.getByRole('radio', { name: 'Un adhérent' }).check();
  await form.getByLabel(/^Identifiant de l'adhérent/).fill(member.identifier);
  await pick(manager.page, form, 'Choisir le fichier', 'avenant-2027.pdf', SMALL_PDF);
  await form.getByText('avenant-2027.pdf', { exact: true }).waitFor();
  await form.getByRole('button', { name: 'Publier' }).click();
  await manager.page
    .getByText('Document publié : visible par 1 adhérent, signalé comme non lu.', { exact: true })
    .waitFor();
  await expectAccessible(manager.page, 'gestion, document publié');

  await adherent.page.reload();
  await adherent.page.getByRole('heading', { name: 'Documents clés', level: 1 }).waitFor();
  const header = adherent.page.getByRole('rowheader', { name: new RegExp(title) });
  await header.waitFor();
  assert.deepEqual(
    await keyDocumentsEntry(adherent.page),
    { unread: before + 1, border: UNREAD_ORANGE },
    'one more unread document, marked in orange, in the menu',
  );
  await menu(adherent.page)
    .getByRole('link', { name: new RegExp(`^Documents clés.*${before + 1} nouveaux? documents?$`) })
    .waitFor();
  assert.match(await textOf(header), /Nouveau \(non consulté\)/);
  const row = adherent.page.getByRole('row').filter({ has: header });
  assert.equal(
    await row.evaluate((tr) => getComputedStyle(tr.firstElementChild!).borderInlineStartColor),
    UNREAD_ORANGE,
    'the orange border of the unread row',
  );
  await expectAccessible(adherent.page, 'Documents clés, nouveau document');
});

test('H5 an indemnity payment for a member: first in their history, alerted by e-mail and SMS', async (t) => {
  const member = await freshMember(running, { mobile: '06 12 34 56 78' });
  const adherent = await memberPage(t, running, member);
  // SMS alerts on first (e-mail alerts are on by default), so that both channels are used.
  await openFromMenu(adherent.page, /^Données personnelles/, 'Données personnelles');
  const alerts = adherent.page.getByRole('region', { name: 'Alertes de paiement' });
  await alerts.getByRole('switch', { name: /par SMS/ }).check();
  await alerts.getByRole('status').getByText('Alerte par SMS activée.', { exact: true }).waitFor();
  assert.equal(await alerts.getByRole('switch', { name: /par Email/ }).isChecked(), true);

  const manager = await managerPage(t, running);
  await openGestionPage(manager.page, 'Paiements');
  await manager.page.getByLabel(/^Identifiant de l'adhérent/).fill(member.identifier);
  await manager.page.getByRole('button', { name: 'Rechercher' }).click();
  const payee = manager.page.getByRole('region', {
    name: `Adhérent : ${member.firstName} ${member.lastName}`,
  });
  await payee
    .getByText("L'adhérent sera alerté du paiement par e-mail et par SMS.", { exact: true })
    .waitFor();
  await manager.page.getByRole('heading', { name: 'Indemnité prévoyance', level: 2 }).waitFor();
  const form = manager.page.getByRole('form', { name: 'Indemnité prévoyance' });
  await expectAccessible(manager.page, 'gestion, paiements');

  const [event, start, end, paid] = [day(-40), day(-35), day(-6), day(0)];
  await form.getByLabel(/^Nature/).selectOption({ label: 'Accident du travail' });
  await form.getByLabel(/^Date de l'évènement/).fill(event.iso);
  await form.getByLabel(/^Début de la période/).fill(start.iso);
  await form.getByLabel(/^Fin de la période/).fill(end.iso);
  assert.equal(await form.getByLabel(/^Payé le/).inputValue(), paid.iso, 'paid today by default');
  await form.getByLabel(/^Montant brut/).fill('1 500,00');
  await form
    .getByRole('group', { name: 'Retenue 1' })
    .getByLabel(/^Montant/)
    .fill('100,50');
  await form
    .getByRole('group', { name: 'Retenue 2' })
    .getByLabel(/^Montant/)
    .fill('7,50');
  await form.getByLabel(/^Jours à plein traitement/).fill('30');
  await form.getByLabel(/^Indemnité journalière/).fill('50');
  assert.match(await textOf(form.locator('.total')), /^Net à payer : 1 392,00 €$/);
  await form.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await manager.page
    .getByText(/^Paiement enregistré : 1\s392,00\s€\. Alerte envoyée par e-mail et SMS\.$/)
    .waitFor();
  await expectAccessible(manager.page, 'gestion, paiement enregistré');

  // The member: on top of « Historique des indemnisations », sorted by date of payment.
  await openFromMenu(adherent.page, /^Historique des indemnisations/, 'Historique des indemnisations');
  const sort = adherent.page.getByRole('radio', { name: "Date d'indemnisation" });
  await sort.check();
  assert.equal(await sort.isChecked(), true);
  const list = adherent.page.getByRole('list', { name: 'Historique des indemnisations' });
  const first = list.getByRole('listitem').first();
  await first
    .getByRole('heading', {
      name: `Prestations pour la Accident du travail du ${start.fr} - ${end.fr}`,
      level: 2,
    })
    .waitFor();
  assert.match(await textOf(first), new RegExp(`émis en date du ${paid.fr} par Virement`));
  assert.match(await textOf(first), /1 392,00 €/);
  await expectAccessible(adherent.page, 'Historique des indemnisations, nouveau paiement');

  const mailbox = await adherent.context.newPage();
  const mail = await mailOf(
    mailbox,
    'Portail Adhérent : un règlement de vos indemnités a été émis',
    sentTo(member.email),
  );
  assert.match(
    await textOf(mail),
    new RegExp(
      `Un règlement de 1 392,00 € a été émis le ${paid.fr} pour la période du ${start.fr} au ${end.fr}`,
    ),
  );
  const sms = mailbox
    .getByRole('article', { name: 'SMS', exact: true })
    .filter({ hasText: /règlement de 1 392,00/ });
  await sms.waitFor();
  assert.match(await textOf(sms), /À : .*06 ?12 ?34 ?56 ?78/);
  assert.match(
    await textOf(sms),
    new RegExp(`Portail Adhérent : règlement de 1 392,00 € émis le ${paid.fr}`),
  );
});
