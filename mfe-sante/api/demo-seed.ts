import type { Kernel } from '@portail/kernel';
import { type CareKind, type CareUsage, estimate } from '../contract/index.js';
import { CONFORT_TABLE } from './demo-guarantees.js';
import { publishGuaranteeTable } from './guarantee-tables.js';
import { santeDb } from './tables.js';

interface ActModel {
  label: string;
  realCents: number;
  baseCents: number;
  /** Share of the base the Sécurité sociale pays, and its fixed deductions (participation forfaitaire). */
  ssRate: number;
  ssDeductionCents?: number;
  /** What the contract pays, in % of the base (ticket modérateur and more), or a fixed amount. */
  organisationPercentOfBase?: number;
  organisationFixedCents?: number;
  hospital?: boolean;
  /** P5: a care of the guarantee table, whose amounts the table gives (`days` for a stay). */
  care?: CareKind;
  days?: number;
}

/** Acts as they show on real statements; amounts in cents. */
const CATALOGUE: ActModel[] = [
  {
    label: 'Consultation médecin généraliste', // i18n-ignore (seeded data)
    care: 'gp-consultation',
    realCents: 3000,
    baseCents: 3000,
    ssRate: 0.7,
    ssDeductionCents: 200,
    organisationPercentOfBase: 100,
  },
  {
    label: 'Consultation spécialiste', // i18n-ignore (seeded data)
    care: 'specialist-consultation',
    realCents: 6000,
    baseCents: 3000,
    ssRate: 0.7,
    ssDeductionCents: 200,
    organisationPercentOfBase: 150,
  },
  {
    label: 'Pharmacie (médicaments remboursés à 65 %)', // i18n-ignore (seeded data)
    care: 'pharmacy-65',
    realCents: 2350,
    baseCents: 2350,
    ssRate: 0.65,
    organisationPercentOfBase: 100,
  },
  {
    label: 'Pharmacie (médicaments remboursés à 30 %)', // i18n-ignore (seeded data)
    care: 'pharmacy-30',
    realCents: 1280,
    baseCents: 1280,
    ssRate: 0.3,
    organisationPercentOfBase: 100,
  },
  { label: 'Radiologie', realCents: 4500, baseCents: 4500, ssRate: 0.7, organisationPercentOfBase: 100 },
  {
    label: 'Kinésithérapie (10 séances)', // i18n-ignore (seeded data)
    realCents: 18000,
    baseCents: 16130,
    ssRate: 0.6,
    organisationPercentOfBase: 100,
  },
  {
    label: 'Optique — verres et monture',
    care: 'optical-lenses',
    realCents: 42000,
    baseCents: 9,
    ssRate: 0.6,
    organisationFixedCents: 35000,
  },
  {
    label: 'Dentaire — couronne céramique', // i18n-ignore (seeded data)
    care: 'dental-crown',
    realCents: 55000,
    baseCents: 12000,
    ssRate: 0.7,
    organisationPercentOfBase: 250,
  },
  {
    label: 'Hospitalisation — forfait journalier (3 jours)',
    care: 'hospital-daily-fee',
    days: 3,
    realCents: 6000,
    baseCents: 0,
    ssRate: 0,
    organisationFixedCents: 6000,
    hospital: true,
  },
];

/** Deterministic pseudo-random numbers: the demo is the same at every fresh start. */
function random(seed: number) {
  let state = seed;
  return (max: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % max;
  };
}

/** The amounts of an act outside the guarantee table (radiologie, kinésithérapie). */
function amounts(model: ActModel) {
  const ss = Math.max(0, Math.round(model.baseCents * model.ssRate) - (model.ssDeductionCents ?? 0));
  const wanted =
    model.organisationFixedCents ??
    Math.round((model.baseCents * (model.organisationPercentOfBase ?? 0)) / 100) - ss;
  const organisation = Math.max(0, Math.min(wanted, model.realCents - ss - (model.ssDeductionCents ?? 0)));
  return { real: model.realCents, base: model.baseCents, ss, organisation };
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Two years of realistic health reimbursements for the demo santé members (themselves and their
 * family), monthly and one-off statements, and the contributions of the individual contract.
 */
export async function seedSanteDemo(kernel: Kernel): Promise<void> {
  const db = santeDb(kernel);
  // P5: the contract's guarantee table, and its yearly forfaits followed act after act (an exhausted
  // forfait's act becomes a consultation: the demo pays something on every act).
  await publishGuaranteeTable(kernel, { contractCode: 'SANTE-IND-2025', definition: CONFORT_TABLE });
  const used = new Map<string, CareUsage>();
  const priced = (model: ActModel, beneficiaryId: string, year: number) => {
    if (!model.care) return { ...amounts(model), care: null };
    const usage = used.get(`${beneficiaryId}:${year}`) ?? {};
    const line = {
      care: model.care,
      priceCents: model.realCents,
      ...(model.days ? { days: model.days } : {}),
    };
    const [result] = estimate(CONFORT_TABLE, [line], usage, year).lines;
    if (!result) throw new Error('no estimate');
    return {
      real: result.priceCents,
      base: result.baseCents,
      ss: result.socialSecurityCents,
      organisation: result.organisationCents,
      care: model.care,
    };
  };
  const record = (beneficiaryId: string, year: number, care: CareKind | null, organisation: number) => {
    if (!care) return;
    const usage = used.get(`${beneficiaryId}:${year}`) ?? {};
    usage[care] = (usage[care] ?? 0) + organisation;
    used.set(`${beneficiaryId}:${year}`, usage);
  };
  // As their files say (Mon compte): Julien has no bank details on file, he is paid and pays his
  // contributions by cheque; Sophie is paid by transfer to the account of her file (masked as shown there).
  const members = [
    { identifier: 'S200002', iban: null, contributionMode: 'cheque' as const, months: 24, seed: 42 },
    {
      identifier: 'A300003',
      iban: 'FR14 **** **** **** **** **** 606',
      contributionMode: 'prelevement' as const,
      months: 10,
      seed: 7,
    },
  ];
  const end = { year: 2026, month: 11 };
  for (const config of members) {
    const memberId = await kernel.members.idByIdentifier(config.identifier);
    if (!memberId) continue;
    const beneficiaries = await kernel.members.beneficiaries(memberId);
    const [membership] = await kernel.members.memberships(memberId, { kind: 'sante' });
    if (!membership || beneficiaries.length === 0) continue;
    const next = random(config.seed);
    const reference = membership.membershipNumber.replace(/[^A-Z0-9]/gi, '');
    for (let i = config.months - 1; i >= 0; i--) {
      const date = new Date(Date.UTC(end.year, end.month - 1 - i, 1));
      const year = date.getUTCFullYear();
      const month = date.getUTCMonth() + 1;
      const monthly = await db
        .insertInto('sante.health_statements')
        .values({
          member_id: memberId,
          kind: 'mensuel',
          reference: `DM-${year}${pad(month)}-${reference}`,
          period_start: `${year}-${pad(month)}-01`,
          period_end: `${year}-${pad(month)}-${lastDay(year, month)}`,
          issued_on: `${year}-${pad(month)}-${lastDay(year, month)}`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const paymentsThisMonth = 1 + next(3);
      for (let p = 0; p < paymentsThisMonth; p++) {
        const day = Math.min(3 + p * 9 + next(6), lastDay(year, month) - 1);
        const paidOn = `${year}-${pad(month)}-${pad(day)}`;
        const acts = Array.from({ length: 1 + next(3) }, () => {
          const beneficiary = beneficiaries[next(beneficiaries.length)] as (typeof beneficiaries)[number];
          let model = CATALOGUE[next(CATALOGUE.length)] as ActModel;
          const daysBefore = 2 + next(10);
          const actDate = new Date(Date.UTC(year, month - 1, day) - daysBefore * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const actYear = Number(actDate.slice(0, 4));
          let money = priced(model, beneficiary.id, actYear);
          if (money.organisation === 0) {
            model = CATALOGUE[0] as ActModel;
            money = priced(model, beneficiary.id, actYear);
          }
          record(beneficiary.id, actYear, money.care, money.organisation);
          return { model, beneficiary, actDate, money };
        });
        const hospital = acts.some((a) => a.model.hospital);
        let statementId = monthly.id;
        if (hospital) {
          const oneOff = await db
            .insertInto('sante.health_statements')
            .values({
              member_id: memberId,
              kind: 'ponctuel',
              reference: `DP-${year}${pad(month)}${pad(day)}-${reference}`,
              period_start: paidOn,
              period_end: paidOn,
              issued_on: paidOn,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          statementId = oneOff.id;
        }
        const total = acts.reduce((sum, a) => sum + a.money.organisation, 0);
        const payment = await db
          .insertInto('sante.health_payments')
          .values({
            member_id: memberId,
            paid_on: paidOn,
            amount_cents: total,
            method: config.iban ? 'virement' : 'cheque',
            iban_masked: config.iban,
            statement_id: statementId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await db
          .insertInto('sante.health_acts')
          .values(
            acts.map(({ model, beneficiary, actDate, money }) => ({
              payment_id: payment.id,
              beneficiary_id: beneficiary.id,
              act_date: actDate,
              label: model.label,
              real_cost_cents: money.real,
              base_cents: money.base,
              social_security_cents: money.ss,
              organisation_cents: money.organisation,
              care: money.care,
            })),
          )
          .execute();
      }
    }
    if (membership.employerId === null) {
      // Individual contract: monthly contributions, the current month not paid yet.
      for (let i = config.months - 1; i >= 0; i--) {
        const date = new Date(Date.UTC(end.year, end.month - 1 - i, 1));
        const year = date.getUTCFullYear();
        const month = date.getUTCMonth() + 1;
        const due = year >= 2026 ? 8920 : 8540;
        const paid = i === 0 ? 0 : due;
        await db
          .insertInto('sante.contributions')
          .values({
            member_id: memberId,
            period_start: `${year}-${pad(month)}-01`,
            period_end: `${year}-${pad(month)}-${lastDay(year, month)}`,
            due_cents: due,
            paid_cents: paid,
            paid_on: paid ? `${year}-${pad(month)}-05` : null,
            payment_mode: config.contributionMode,
          })
          .execute();
      }
    }
  }
}
