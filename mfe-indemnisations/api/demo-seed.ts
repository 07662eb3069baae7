import { jsonb, type Kernel, renderTextPdf } from '@portail/kernel';
import type { ClaimValues } from '../contract/index.js';
import { SICK_LEAVE_FORM } from '../contract/sick-leave-form.js';
import { publishClaimForm } from './claim-forms.js';
import { submitClaim } from './claims.js';
import { recordSupportingDocuments } from './supporting-documents.js';
import { indemnisationsDb } from './tables.js';

const PREVOYANCE_CONTRACT = 'PREV-MS-2024';

const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** The stops of Claire's demo file, each paid month by month (`paymentsOf`). */
const DEMO_STOPS = [
  { nature: 'Maladie ordinaire', event: '2013-10-07', months: 2 },
  { nature: 'Maladie ordinaire', event: '2016-02-15', months: 3 },
  // i18n-ignore: demo data
  { nature: 'Accident de la vie privée', event: '2018-06-04', months: 5 },
  { nature: 'Longue maladie', event: '2021-01-11', months: 14 },
  { nature: 'Maladie ordinaire', event: '2023-11-20', months: 6 },
  { nature: 'Maladie ordinaire', event: '2025-09-01', months: 10 },
];

/**
 * About forty indemnity payments over several years (two before 2014, which C6 does not show): each
 * stop paid month by month, full pay for the first ninety days, half pay after. P4: the last
 * calendar year always has payments (an attestation fiscale to download) — when the dated stops
 * paid nothing that year (from 2028 on), one more stop of two months,
 * from the 2nd of March of that year.
 */
export function paymentsOf(
  memberId: string,
  membershipId: string,
  today = new Date().toISOString().slice(0, 10),
) {
  const lastYear = String(Number(today.slice(0, 4)) - 1);
  const rows = paymentsOfStops(memberId, membershipId, DEMO_STOPS).filter((r) => r.paid_on <= today);
  if (rows.some((r) => r.paid_on.startsWith(lastYear))) return rows;
  const extra = { nature: 'Maladie ordinaire', event: `${lastYear}-03-02`, months: 2 };
  return [...rows, ...paymentsOfStops(memberId, membershipId, [extra])];
}

function paymentsOfStops(
  memberId: string,
  membershipId: string,
  stops: readonly { nature: string; event: string; months: number }[],
) {
  const rows = [];
  for (const stop of stops) {
    let start = stop.event;
    let daysOff = 0;
    for (let month = 0; month < stop.months; month += 1) {
      const end = addDays(start, 29);
      const fullPayDays = Math.max(0, Math.min(30, 90 - daysOff));
      const halfPayDays = 30 - fullPayDays;
      const daily = 4275 + month * 3;
      const gross = daily * fullPayDays + Math.round((daily * halfPayDays) / 2);
      const csg = Math.round(gross * 0.067);
      const crds = Math.round(gross * 0.005);
      rows.push({
        member_id: memberId,
        membership_id: membershipId,
        nature: stop.nature,
        event_date: stop.event,
        period_start: start,
        period_end: end,
        paid_on: addDays(end, 12),
        method: 'virement' as const,
        gross_cents: gross,
        deductions: jsonb([
          { label: 'CSG (6,7 %)', amountCents: csg },
          { label: 'CRDS (0,5 %)', amountCents: crds },
        ]),
        net_cents: gross - csg - crds,
        full_pay_days: fullPayDays,
        half_pay_days: halfPayDays,
        daily_amount_cents: daily,
      });
      daysOff += 30;
      start = addDays(end, 1);
    }
  }
  return rows;
}

/** The values of a complete sick-leave claim, ready to send. */
function sentClaimValues(prefilled: ClaimValues): ClaimValues {
  return {
    ...prefilled,
    serviceRh: 'Direction des sports', // i18n-ignore: demo data
    telephone: '02 48 24 56 10',
    nature: 'maladie',
    circonstances: '',
    tiersResponsable: 'non',
    typeArret: 'initial',
    dateOrigine: '2025-09-01',
    periodes: [
      { start: '2025-09-01', end: '2025-09-30', rate: 'plein' },
      { start: '2025-10-01', end: '2025-10-31', rate: 'plein' },
    ],
    arretTermine: 'non',
    arretsPrecedents: 'non',
    periodesPrecedentes: [],
  };
}

/**
 * C1–C6 demo: the sick-leave form for the prévoyance contract; Claire Martin has a draft, a sent
 * claim, a sending of three justificatifs and about forty payments.
 */
export async function seedIndemnisationsDemo(kernel: Kernel): Promise<void> {
  await publishClaimForm(kernel, {
    contractCode: PREVOYANCE_CONTRACT,
    code: 'arret-de-travail',
    definition: SICK_LEAVE_FORM,
  });
  const memberId = await kernel.members.idByIdentifier('A100001');
  if (!memberId) return;
  const db = indemnisationsDb(kernel);
  const profile = await kernel.members.profile(memberId);
  const membership = (await kernel.members.memberships(memberId)).find(
    (m) => m.contractKind === 'prevoyance',
  );
  const form = await db.selectFrom('indemnisations.claim_forms').select(['id']).executeTakeFirstOrThrow();
  if (!membership) return;
  const prefilled: ClaimValues = {
    employeur: membership.employer ?? '',
    contrat: membership.contractLabel,
    numeroAdhesion: membership.membershipNumber,
    civilite: profile.civility,
    nom: profile.lastName,
    prenom: profile.firstName,
    dateNaissance: profile.birthDate,
    email: profile.email ?? '',
    telephone: '',
    periodes: [],
    periodesPrecedentes: [],
  };
  const claim = (values: ClaimValues) =>
    db
      .insertInto('indemnisations.claims')
      .values({ member_id: memberId, membership_id: membership.id, form_id: form.id, values: jsonb(values) })
      .returning('id')
      .executeTakeFirstOrThrow();

  const sent = await claim(prefilled);
  await submitClaim(kernel, memberId, sent.id, { version: 1, values: sentClaimValues(prefilled) });
  await claim({ ...prefilled, typeArret: 'prolongation', dateOrigine: '2025-09-01', nature: 'maladie' });

  const scan = (title: string) =>
    // i18n-ignore: a demo scan's content
    renderTextPdf({ title, sections: [{ paragraphs: ['Document numérisé (démonstration).'] }] });
  await indemnisationsDb(kernel)
    .transaction()
    .execute(async (trx) => {
      const files = [];
      // i18n-ignore: demo scans (a member's own documents)
      for (const [name, title] of [
        // i18n-ignore
        ['avis-arret-travail.pdf', "Avis d'arrêt de travail"],
        // i18n-ignore
        ['prolongation-octobre.pdf', "Avis de prolongation d'arrêt"],
        // i18n-ignore
        ['bulletin-salaire-aout.pdf', 'Bulletin de salaire — août'],
      ] as const) {
        const stored = await kernel.blobs.save(
          { fileName: name, contentType: 'application/pdf', data: await scan(title) },
          trx,
        );
        files.push({ ...stored, contentType: 'application/pdf' as const });
      }
      await recordSupportingDocuments(kernel, trx, {
        memberId,
        memberName: `${profile.firstName} ${profile.lastName}`,
        identifier: profile.identifier,
        // i18n-ignore: what the demo member typed
        message: 'Voici mon arrêt initial, sa prolongation et mon dernier bulletin de salaire.',
        email: profile.email ?? '',
        phone: '02 48 24 56 10',
        files,
      });
    });
  await db
    .insertInto('indemnisations.indemnity_payments')
    .values(paymentsOf(memberId, membership.id))
    .execute();
}
