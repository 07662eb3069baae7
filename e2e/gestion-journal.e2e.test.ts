// SPEC H6, H7, N1: the employers, the audit log of the managers' decisions and the messages the
// portal sent, as a manager reads them — after decisions, an answer and a payment this journey makes
// itself through the API, for members of its own.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Locator } from 'playwright-core';
import { requestCard } from './adhesion.js';
import { managerApi, memberApi } from './api.js';
import { requestBankChange } from './compte.js';
import { askQuestion } from './contact.js';
import { day } from './dates.js';
import { SMALL_PDF } from './files.js';
import {
  answer,
  decide,
  MANAGER_NAME,
  managerPage,
  openAttachments,
  openGestionPage,
  recordIndemnity,
} from './gestion.js';
import { expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { freshMember } from './members.js';
import { textOf } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

const NEW_IBAN_TYPED = 'FR76 3000 1007 9412 3456 7890 185';
const BANK_CHANGE = 'Modification de vos coordonnées bancaires';
const CARD_REQUEST = 'Demande de carte de tiers payant';

/** Waits until the outbox has delivered everything (the development transports keep it all). */
async function outboxDelivered(): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const pending = await running.kernel.db
      .selectFrom('core.outbox')
      .select('id')
      .where('status', '!=', 'sent')
      .execute();
    if (pending.length === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending.length} message(s) still not sent`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

test('H6 + H7 + N1 the employers, the audit log of the decisions and the messages sent, as a manager reads them', async (t) => {
  // What the managers decided and the portal sent: a member's IBAN change accepted (its RIB opened
  // first), another's card request refused and question answered, an indemnity paid to the first.
  const first = await freshMember(running, {
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPP',
    mobile: '06 12 34 56 78',
    smsAlert: true,
  });
  const second = await freshMember(running, { employer: null, contracts: ['sante'] });
  const firstApi = await memberApi(running, first);
  const secondApi = await memberApi(running, second);
  const manager = await managerApi(running);
  const change = await requestBankChange(
    firstApi,
    { iban: NEW_IBAN_TYPED, bic: 'BDFEFRPPCCT' },
    { name: 'rib-adherent.pdf', bytes: SMALL_PDF },
  );
  await openAttachments(manager, change.requestId);
  await decide(manager, change.requestId, 'accepted');
  const card = await requestCard(secondApi);
  await decide(
    manager,
    card.id,
    'refused',
    'Votre carte actuelle est valable jusqu’au 31/12 : une nouvelle carte vous sera envoyée en janvier.',
  );
  const question = await askQuestion(
    secondApi,
    'garanties',
    "Les lunettes de Hugo sont-elles prises en charge si je les achète à l'étranger ?",
  );
  await answer(
    manager,
    question.id,
    'Oui, sur facture détaillée, dans la limite de 350 € tous les deux ans.',
  );
  await recordIndemnity(manager, first, {
    nature: 'Accident du travail',
    eventDate: day(-40).iso,
    periodStart: day(-35).iso,
    periodEnd: day(-6).iso,
    paidOn: day(0).iso,
    method: 'virement',
    grossCents: 150_000,
    deductions: [
      { label: 'CSG (6,7 %)', amountCents: 10_050 },
      { label: 'CRDS (0,5 %)', amountCents: 750 },
    ],
    fullPayDays: 30,
    halfPayDays: 0,
    dailyAmountCents: 5_000,
  });

  const { page } = await managerPage(t, running);

  await openGestionPage(page, 'Employeurs');
  const employers = page.getByRole('table');
  const bourges = employers
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Mairie de Bourges' }) });
  const vierzon = employers
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Centre hospitalier de Vierzon' }) });
  await bourges.waitFor();
  await vierzon.waitFor();
  // Two employers, with a header row: three rows.
  assert.equal(await employers.getByRole('row').count(), 3);
  assert.match(await textOf(bourges), /BOURGES-2026/);
  assert.match(await textOf(vierzon), /VIERZON-2026/);
  await expectAccessible(page, 'gestion, employeurs');

  await openGestionPage(page, "Journal d'audit");
  const journalFilters = page.getByRole('search', { name: 'Filtrer le journal' });
  await journalFilters.getByLabel(/^Action/).fill('demande.');
  await journalFilters.getByRole('button', { name: 'Filtrer' }).click();
  await page.waitForURL((u) => u.searchParams.get('action') === 'demande.');
  // The two decisions, the answer, and the manager's opening of the RIB (audited too): this
  // journey's, the only one of this file.
  await page.getByText('4 actions', { exact: true }).waitFor();
  const entry = (action: string) =>
    page.getByRole('row').filter({ has: page.locator('code', { hasText: new RegExp(`^${action}$`) }) });
  const accepted = entry('demande\\.acceptation');
  const refused = entry('demande\\.refus');
  const answered = entry('demande\\.reponse');
  for (const row of [accepted, refused, answered]) {
    assert.match(await textOf(row), new RegExp(`${MANAGER_NAME} \\(gestionnaire\\)`));
    assert.match(await textOf(row), /request [0-9a-f-]{36}/);
  }
  assert.match(await textOf(entry('demande\\.fichier\\.ouverture')), new RegExp(MANAGER_NAME));
  // Before and after, in their own shadow roots (found by locator, not by textContent); a long one
  // is folded to its start and opens to the whole JSON, indented (jsonb orders the keys).
  const json = (row: Locator, text: RegExp) => row.locator('bo-json-value code', { hasText: text }).first();
  const unfolded = async (row: Locator, start: RegExp) => {
    await json(row, start).click();
    return textOf(row.locator('bo-json-value pre').first());
  };
  await json(accepted, /^\{"status":"accepted"\}$/).waitFor();
  const acceptedBefore = await unfolded(accepted, /^\{"status":"pending","demande":/);
  assert.match(acceptedBefore, /"status": "pending"/);
  assert.ok(acceptedBefore.includes(`"IBAN : ${NEW_IBAN_TYPED}"`), acceptedBefore);
  await json(refused, /^\{"status":"pending","demande":/).waitFor();
  const refusedAfter = await unfolded(refused, /^\{"motif":"Votre carte actuelle/);
  assert.match(refusedAfter, /"status": "refused"/);
  await json(answered, /^\{"status":"pending"\}$/).waitFor();
  const answeredAfter = await unfolded(answered, /^\{"answer":"Oui, sur facture/);
  assert.match(answeredAfter, /"status": "accepted"/);
  await expectAccessible(page, "gestion, journal d'audit");

  await outboxDelivered();
  await openGestionPage(page, 'Messages envoyés');
  const messages = page.getByRole('table');
  const message = (subject: string, recipient: string) =>
    messages.getByRole('row').filter({ hasText: subject }).filter({ hasText: recipient });
  for (const [subject, recipient] of [
    [`Portail Adhérent : votre demande « ${BANK_CHANGE} » a été prise en compte`, first.email],
    [`Portail Adhérent : votre demande « ${CARD_REQUEST} » a été refusée`, second.email],
    ['Portail Adhérent : réponse à votre demande « Question : Garanties »', second.email],
    ['Portail Adhérent : un règlement de vos indemnités a été émis', first.email],
  ] as const) {
    const row = message(subject, recipient);
    await row.first().waitFor();
    assert.equal(await row.count(), 1, subject);
    const text = await textOf(row);
    assert.match(text, /E-mail/);
    assert.match(text, /Envoyé le \d{2}\/\d{2}\/\d{4}/);
    assert.equal(
      await row
        .locator('pa-badge')
        .textContent()
        .then((t) => t?.trim()),
      'Envoyé',
    );
  }
  const sms = messages
    .getByRole('row')
    .filter({ hasText: 'SMS' })
    .filter({ hasText: /06 ?12 ?34 ?56 ?78/ });
  await sms.first().waitFor();
  await expectAccessible(page, 'gestion, messages envoyés');

  // Logging out ends the manager's session.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByText('Vous êtes déconnecté.', { exact: true }).waitFor();
  await page.getByRole('heading', { name: 'Connexion à la gestion', level: 1 }).waitFor();
  assert.equal(await page.evaluate(async () => (await fetch('/api/gestion/demandes')).status), 401);
});
