import type { SectionPage } from '@portail/kernel/contract';

/** SPEC C (prévoyance) and G (santé): the pages of "Mes indemnisations" and "Mes services santé". */
export const INDEMNISATIONS_PAGES = [
  {
    id: 'indemnisations.demande',
    group: 'indemnisations',
    label: "Demande d'indemnisation",
    path: '/indemnisations/demande',
    /** `/indemnisations/demande/<id>`: the online form of a claim (C2). */
    nested: true,
    feature: 'demande_indemnisation',
    contractKind: 'prevoyance',
    documentCategory: 'formulaire_indemnisation',
  },
  {
    id: 'indemnisations.justificatifs',
    group: 'indemnisations',
    label: 'Envoi de justificatifs',
    path: '/indemnisations/justificatifs',
    contractKind: 'prevoyance',
  },
  {
    id: 'indemnisations.historique-envois',
    group: 'indemnisations',
    label: 'Historique des envois',
    path: '/indemnisations/historique-envois',
    contractKind: 'prevoyance',
  },
  {
    id: 'indemnisations.historique-indemnisations',
    group: 'indemnisations',
    label: 'Historique des indemnisations',
    path: '/indemnisations/historique-indemnisations',
    contractKind: 'prevoyance',
  },
  {
    id: 'services.reglements',
    group: 'services',
    label: 'Mes règlements',
    path: '/services/reglements',
    contractKind: 'sante',
  },
  {
    id: 'services.decomptes',
    group: 'services',
    label: 'Décomptes',
    path: '/services/decomptes',
    contractKind: 'sante',
  },
  {
    id: 'services.cotisations',
    group: 'services',
    label: 'Cotisations',
    path: '/services/cotisations',
    contractKind: 'sante',
  },
] as const satisfies readonly SectionPage[];

/** Employer authorisation for online claims (SPEC A6, C1). */
export const CLAIM_FEATURE = 'demande_indemnisation';

/* ------------------------------------------------------------------------------------------------
 * SPEC G — Mes services santé. Amounts are integer cents; dates are yyyy-mm-dd. Pure: browser-safe.
 * ---------------------------------------------------------------------------------------------- */

export const PAYMENT_METHODS = { virement: 'Virement', cheque: 'Chèque' } as const;
export type PaymentMethod = keyof typeof PAYMENT_METHODS;

/** One line of `GET /api/indemnisations/sante/reglements`. */
export interface HealthPaymentSummary {
  id: string;
  paidOn: string;
  amountCents: number;
  method: PaymentMethod;
  /** Who the acts were for, e.g. ["Léa Bernard"]. */
  beneficiaries: string[];
  actsCount: number;
  /** `GET` → HealthPaymentDetail. */
  detailUrl: string;
}

/**
 * `GET /api/indemnisations/sante/reglements?du=yyyy-mm-dd&au=yyyy-mm-dd&beneficiaire=<id>&page=1`:
 * newest first, 20 a page; `beneficiaries` lists every beneficiary of the member for the filter.
 */
export interface HealthPaymentPage {
  items: HealthPaymentSummary[];
  page: number;
  pageSize: number;
  total: number;
  beneficiaries: { id: string; name: string }[];
}

/** One act of a reimbursement: what it cost and who paid what. */
export interface HealthAct {
  actDate: string;
  beneficiary: string;
  label: string;
  realCostCents: number;
  baseCents: number;
  socialSecurityCents: number;
  organisationCents: number;
  remainingCents: number;
}

/** `GET /api/indemnisations/sante/reglements/:id` ("Remboursement du 14/06/2017"). */
export interface HealthPaymentDetail {
  id: string;
  paidOn: string;
  amountCents: number;
  method: PaymentMethod;
  /** Masked, e.g. "FR76 **** **** **** **** ***4 521". Null for a cheque. */
  ibanMasked: string | null;
  acts: HealthAct[];
  totals: Omit<HealthAct, 'actDate' | 'beneficiary' | 'label'>;
}

export const STATEMENT_KINDS = { mensuel: 'Décompte mensuel', ponctuel: 'Décompte ponctuel' } as const;
export type StatementKind = keyof typeof STATEMENT_KINDS;

/** `GET /api/indemnisations/sante/decomptes`: newest first; `pdfUrl` → the statement PDF. */
export interface HealthStatement {
  id: string;
  kind: StatementKind;
  reference: string;
  periodStart: string;
  periodEnd: string;
  issuedOn: string;
  totalCents: number;
  paymentsCount: number;
  pdfUrl: string;
}
export interface HealthStatementList {
  items: HealthStatement[];
}

export const CONTRIBUTION_PAYMENT_MODES = {
  prelevement: 'Prélèvement',
  cheque: 'Chèque',
  virement: 'Virement',
} as const;
export type ContributionPaymentMode = keyof typeof CONTRIBUTION_PAYMENT_MODES;

export interface Contribution {
  id: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  dueCents: number;
  paidCents: number;
  /** Null while unpaid. */
  paidOn: string | null;
  paymentMode: ContributionPaymentMode;
}

/**
 * `GET /api/indemnisations/sante/cotisations` (G3): contributions of the member's individual santé
 * contract, newest first, and the balance (due − paid; > 0 means the member owes it). A collective
 * contract has no contributions here (`collective: true`): the employer collects them.
 */
export interface ContributionHistory {
  contractLabel: string;
  collective: boolean;
  items: Contribution[];
  balanceCents: number;
}

export * from './claim-form.js';
export * from './gestion.js';
export * from './prevoyance.js';
