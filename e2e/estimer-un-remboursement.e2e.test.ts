// SPEC P5 « Estimer un remboursement »: a santé member of the demo contract (« Complémentaire santé
// individuelle », its guarantee table published by the demo data) estimates a dental crown and a
// pair of glasses for their daughter — whose optical forfait is partly used by a reimbursement of
// this year (G1) — and the amounts shown are those the table gives, worked out here from its rows;
// then sends the glasses' quote; a manager answers it in the back office with the estimate made
// again; the member reads the answer in Suivi and gets the e-mail (N1).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { todayIso } from '@portail/kernel/contract/format';
import type { Locator, Page } from 'playwright-core';
import type { SanteTables } from '../mfe-sante/api/tables.js';
import type { GuaranteeTableDefinition } from '../mfe-sante/contract/index.js';
import { pick, SMALL_PDF } from './files.js';
import { managerPage, openRequest } from './gestion.js';
import { expectAccessible, openMail, type RunningPortal, startPortal } from './harness.js';
import { freshMember, memberPage } from './members.js';
import { menu, sentTo, textOf } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
    .format(cents / 100)
    .replace(/\s/g, ' ');

/** The rows of the estimate's table as shown: care, price, Sécurité sociale, organisme, reste à charge. */
async function estimateRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: /^Estimation du remboursement/ });
  await table.waitFor();
  const rows = table.getByRole('row');
  const texts: string[][] = [];
  for (let i = 1; i < (await rows.count()); i++) {
    const cells = rows.nth(i).getByRole('rowheader').or(rows.nth(i).getByRole('cell'));
    texts.push((await cells.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim()));
  }
  return texts;
}

/** Fills line `index` (0-based) of the quote: its care and price. */
async function fillLine(page: Page, index: number, care: string, price: string): Promise<void> {
  const line = page.getByRole('group', { name: index === 0 ? /^(Soin|Ligne 1)$/ : `Ligne ${index + 1}` });
  await line.getByLabel(/^Soin/).selectOption({ label: care });
  await line.getByLabel(/^Prix/).fill(price);
}

test('P5 a member estimates a crown and glasses from their own guarantees, sends the quote, a manager answers, the member reads it', async (t) => {
  const { kernel } = running;
  const year = Number(todayIso().slice(0, 4));
  // Not named Léa like the daughter below: « Pour qui ? » would then offer two « Léa … ».
  const member = await freshMember(running, { contracts: ['sante'], employer: null, firstName: 'Hugo' });
  const [self, daughter] = await Promise.all(
    [
      { first_name: member.firstName, relationship: 'adherent' as const, birth_date: member.birthDate },
      { first_name: 'Léa', relationship: 'enfant' as const, birth_date: '2012-05-14' },
    ].map((b) =>
      kernel.db
        .insertInto('core.beneficiaries')
        .values({ member_id: member.id, last_name: member.lastName, ...b })
        .returning('id')
        .executeTakeFirstOrThrow(),
    ),
  );
  assert.ok(self && daughter);
  // G1: Léa's lenses of January, 120 € paid by the organisme out of her optical forfait of the year.
  const sante = kernel.database<SanteTables>();
  const payment = await sante
    .insertInto('sante.health_payments')
    .values({
      member_id: member.id,
      paid_on: `${year}-01-20`,
      amount_cents: 12_000,
      method: 'cheque',
      iban_masked: null,
      statement_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sante
    .insertInto('sante.health_acts')
    .values({
      payment_id: payment.id,
      beneficiary_id: daughter.id,
      act_date: `${year}-01-10`,
      label: 'Optique — verres et monture',
      real_cost_cents: 26_000,
      base_cents: 10,
      social_security_cents: 6,
      organisation_cents: 12_000,
      care: 'optical-lenses',
    })
    .execute();

  // The contract's guarantee table as the demo data published it: the expected amounts come from it.
  const contractId = (await kernel.members.contractId('SANTE-IND-2025')) ?? '';
  const { definition } = await sante
    .selectFrom('sante.guarantee_tables')
    .select('definition')
    .where('contract_id', '=', contractId)
    .orderBy('version', 'desc')
    .executeTakeFirstOrThrow();
  const table = definition as GuaranteeTableDefinition;
  const row = (care: string) => {
    const found = table.guarantees.find((g) => g.care === care);
    assert.ok(found, care);
    return found;
  };
  const pool = (id: string) => table.pools.find((p) => p.id === id)?.yearlyCents ?? 0;

  const { page } = await memberPage(t, running, member);
  await menu(page)
    .getByRole('link', { name: /^Estimer un remboursement/ })
    .click();
  await page.getByRole('heading', { name: 'Estimer un remboursement', level: 1 }).waitFor();
  await page.getByText(table.title).first().waitFor();
  await expectAccessible(page, 'Estimer un remboursement');

  // A crown for the member: the Sécurité sociale's rate of its base, the contract up to its % of base.
  const crown = row('dental-crown');
  assert.equal(crown.organisation.kind, 'percent-of-base');
  const crownBase = crown.socialSecurity.baseCents ?? 0;
  const crownSs = Math.round((crownBase * crown.socialSecurity.ratePercent) / 100);
  const crownOrg = Math.min(
    Math.round(
      (crownBase * (crown.organisation.kind === 'percent-of-base' ? crown.organisation.percent : 0)) / 100,
    ) - crownSs,
    55_000 - crownSs,
  );
  await page.getByLabel(/^Pour qui/).selectOption({ label: `${member.firstName} ${member.lastName}` });
  await fillLine(page, 0, crown.label, '550,00');
  await page.getByRole('button', { name: 'Estimer' }).click();
  assert.deepEqual(await estimateRows(page), [
    [crown.label, euros(55_000), euros(crownSs), euros(crownOrg), euros(55_000 - crownSs - crownOrg)],
  ]);
  assert.deepEqual(
    [crownSs, crownOrg],
    [7200, 28_800],
    'Formule Confort: 60 % of 120 €, then up to 300 % of 120 €',
  );
  const result = page.locator('.result');
  assert.equal(await result.getAttribute('aria-live'), 'polite');
  await result.getByText(/300 % de la base de remboursement/).waitFor();
  await expectAccessible(page, 'estimation de la couronne');

  // Glasses for Léa: frame and lenses, within her optical forfait minus the 120 € of January.
  await page.getByLabel(/^Pour qui/).selectOption({ label: `Léa ${member.lastName}` });
  await fillLine(page, 0, row('optical-frame').label, '150');
  await page.getByRole('button', { name: 'Ajouter une ligne du devis' }).click();
  await fillLine(page, 1, row('optical-lenses').label, '300');
  await page.getByRole('button', { name: 'Estimer' }).click();
  const ssOf = (care: string) => {
    const { baseCents, ratePercent } = row(care).socialSecurity;
    return Math.round(((baseCents ?? 0) * ratePercent) / 100);
  };
  const frameSs = ssOf('optical-frame');
  const lensesSs = ssOf('optical-lenses');
  const optiqueLeft = pool('optique') - 12_000;
  const frameOrg = Math.min(15_000 - frameSs, optiqueLeft, pool('monture'));
  const lensesOrg = Math.min(30_000 - lensesSs, optiqueLeft - frameOrg);
  assert.deepEqual(await estimateRows(page), [
    [
      row('optical-frame').label,
      euros(15_000),
      euros(frameSs),
      euros(frameOrg),
      euros(15_000 - frameSs - frameOrg),
    ],
    [
      row('optical-lenses').label,
      euros(30_000),
      euros(lensesSs),
      euros(lensesOrg),
      euros(30_000 - lensesSs - lensesOrg),
    ],
    [
      'Total',
      euros(45_000),
      euros(frameSs + lensesSs),
      euros(frameOrg + lensesOrg),
      euros(45_000 - frameSs - lensesSs - frameOrg - lensesOrg),
    ],
  ]);
  assert.equal(frameOrg + lensesOrg, 23_000, 'what is left of the 350 € forfait after 120 €');
  // The forfait's use of the year, from the G1 reimbursement of January.
  assert.match(await textOf(result), new RegExp(`déjà utilisé : ${euros(12_000)}`));
  await expectAccessible(page, 'estimation des lunettes');

  // « Envoyer mon devis » with the quote (a PDF, SPEC C4 rules of the shared file field).
  const send = page.getByRole('region', { name: 'Envoyer mon devis' });
  const files = send.locator('pa-file-field');
  await pick(page, files, 'Joindre mon devis', 'devis-opticien.pdf', SMALL_PDF);
  await send.getByRole('button', { name: 'Envoyer mon devis' }).click();
  const sent = page.locator('pa-alert.sent');
  await sent.getByText('Votre devis a bien été envoyé.', { exact: false }).waitFor();
  assert.match(await textOf(sent), /Traitement estimé le \d{2}\/\d{2}\/\d{4}/);
  await expectAccessible(page, 'devis envoyé');

  // The manager answers it in the back office: the estimate made again, the answer drafted from it.
  const label = `Devis : ${row('optical-frame').label}, ${row('optical-lenses').label}`;
  const { page: gestion } = await managerPage(t, running);
  await openRequest(gestion, 'Mes services santé', member.identifier, label);
  const handling = gestion.getByRole('region', { name: 'Répondre' });
  await handling.getByRole('table', { name: /^Estimation du remboursement/ }).waitFor();
  await gestion.getByText('devis-opticien.pdf').first().waitFor();
  const answer = handling.getByLabel(/^Réponse/);
  assert.match(
    (await answer.inputValue()).replace(/\s+/g, ' '),
    new RegExp(`organisme ${euros(23_000)}`.replace(/\s/g, '\\s')),
  );
  await expectAccessible(gestion, 'réponse au devis');
  await handling.getByRole('button', { name: 'Envoyer la réponse' }).click();
  await gestion.getByText("La réponse a été envoyée à l'adhérent.").waitFor();

  // The member reads the answer in Suivi, and got the e-mail.
  await menu(page)
    .getByRole('link', { name: /^Suivi/ })
    .click();
  await page.getByRole('heading', { name: 'Suivi', level: 1 }).waitFor();
  const request: Locator = page.getByRole('article', { name: label });
  await request.getByText('Pris en compte').first().waitFor();
  await request.getByText(/Nous avons étudié votre devis pour Léa/).waitFor();
  await expectAccessible(page, 'Suivi du devis');
  const mail = await openMail(
    page,
    running,
    `Portail Adhérent : réponse à votre demande « ${label} »`,
    sentTo(member.email),
  );
  assert.match(await textOf(mail), /Nous avons étudié votre devis pour Léa/);
});
