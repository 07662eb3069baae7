// Data of the santé component tests (SPEC G), shaped as the API contract says.
import type {
  Contribution,
  ContributionHistory,
  HealthAct,
  HealthPaymentDetail,
  HealthPaymentPage,
  HealthPaymentSummary,
  HealthStatement,
} from '../contract/index.js';

export const BENEFICIARIES = [
  { id: 'b-self', name: 'Claire Bernard' },
  { id: 'b-lea', name: 'Léa Bernard' },
  { id: 'b-tom', name: 'Tom Bernard' },
];

export function payment(id: string, overrides: Partial<HealthPaymentSummary> = {}): HealthPaymentSummary {
  return {
    id,
    paidOn: '2017-06-14',
    amountCents: 123456,
    method: 'virement',
    beneficiaries: ['Léa Bernard'],
    careFrom: '2017-06-02',
    careTo: '2017-06-09',
    care: ['Consultation généraliste', 'Optique : monture et verres'],
    actsCount: 2,
    detailUrl: `/api/sante/reglements/${id}`,
    ...overrides,
  };
}

export function paymentPage(items: HealthPaymentSummary[], overrides: Partial<HealthPaymentPage> = {}) {
  return { items, page: 1, pageSize: 20, total: items.length, beneficiaries: BENEFICIARIES, ...overrides };
}

export function act(overrides: Partial<HealthAct> = {}): HealthAct {
  return {
    actDate: '2017-06-02',
    beneficiary: 'Léa Bernard',
    label: 'Consultation généraliste',
    realCostCents: 3000,
    baseCents: 2500,
    socialSecurityCents: 1650,
    organisationCents: 750,
    remainingCents: 600,
    ...overrides,
  };
}

export function paymentDetail(overrides: Partial<HealthPaymentDetail> = {}): HealthPaymentDetail {
  const acts = [
    act(),
    act({
      actDate: '2017-06-09',
      beneficiary: 'Tom Bernard',
      label: 'Optique : monture et verres',
      realCostCents: 45000,
      baseCents: 2844,
      socialSecurityCents: 1706,
      organisationCents: 30000,
      remainingCents: 13294,
    }),
  ];
  return {
    id: 'p1',
    paidOn: '2017-06-14',
    amountCents: 30750,
    method: 'virement',
    ibanMasked: 'FR76 **** **** **** **** ***4 521',
    acts,
    totals: {
      realCostCents: 48000,
      baseCents: 5344,
      socialSecurityCents: 3356,
      organisationCents: 30750,
      remainingCents: 13894,
    },
    ...overrides,
  };
}

export function statement(id: string, overrides: Partial<HealthStatement> = {}): HealthStatement {
  return {
    id,
    kind: 'mensuel',
    reference: `DM-${id}`,
    periodStart: '2026-04-01',
    periodEnd: '2026-04-30',
    issuedOn: '2026-05-03',
    totalCents: 123456,
    paymentsCount: 3,
    pdfUrl: `/api/sante/decomptes/${id}/pdf`,
    ...overrides,
  };
}

export function contribution(id: string, overrides: Partial<Contribution> = {}): Contribution {
  return {
    id,
    periodLabel: 'Mai 2026',
    periodStart: '2026-05-01',
    periodEnd: '2026-05-31',
    dueCents: 4520,
    paidCents: 4520,
    paidOn: '2026-05-05',
    paymentMode: 'prelevement',
    ...overrides,
  };
}

export function contributionHistory(overrides: Partial<ContributionHistory> = {}): ContributionHistory {
  return {
    contractLabel: 'Santé Individuelle Confort',
    collective: false,
    items: [
      contribution('c2', { periodLabel: 'Juin 2026', paidCents: 0, paidOn: null, periodStart: '2026-06-01' }),
      contribution('c1', { paymentMode: 'cheque' }),
    ],
    balanceCents: 4520,
    ...overrides,
  };
}

export const SANTE_ONLY =
  "Ces services sont réservés aux adhérents d'un contrat santé : votre contrat prévoyance n'y donne pas accès.";
