/**
 * SPEC G — Mes services santé: what the API answers (G1 reimbursements, G2 statements, G3
 * contributions). Amounts are integer cents; dates are yyyy-mm-dd. Pure: browser-safe.
 */
import { msg, str } from '@lit/localize';
import type { PaymentMethod, SectionPage } from '@portail/kernel/contract';
import { formatDate } from '@portail/kernel/contract/format';

export { PAYMENT_METHODS, type PaymentMethod } from '@portail/kernel/contract';

/**
 * The pages of « Mes services santé », for members holding a santé contract (their labels are
 * translated on output, from the section's catalog: SPEC P6).
 */
export const SANTE_PAGES = [
  {
    id: 'sante.reglements',
    label: 'Mes règlements',
    path: '/services/reglements',
    /** `/services/reglements/<id>`: the detail of one reimbursement. */
    nested: true,
    contractKind: 'sante',
  },
  { id: 'sante.decomptes', label: 'Décomptes', path: '/services/decomptes', contractKind: 'sante' },
  { id: 'sante.cotisations', label: 'Cotisations', path: '/services/cotisations', contractKind: 'sante' },
  {
    id: 'sante.estimation',
    label: 'Estimer un remboursement',
    path: '/services/estimer-un-remboursement',
    contractKind: 'sante',
  },
] as const satisfies readonly SectionPage[];

/** One line of `GET /api/sante/reglements`. */
export interface HealthPaymentSummary {
  id: string;
  paidOn: string;
  amountCents: number;
  method: PaymentMethod;
  /** Who the acts were for, e.g. ["Léa Bernard"]. */
  beneficiaries: string[];
  /** The dates of care it pays, first and last (the same for one day); null without acts. */
  careFrom: string | null;
  careTo: string | null;
  /** The care it pays, each kind once in the order given, e.g. ["Consultation spécialiste", "Pharmacie"]. */
  care: string[];
  actsCount: number;
  /** `GET` → HealthPaymentDetail. */
  detailUrl: string;
}

/**
 * `GET /api/sante/reglements?from=yyyy-mm-dd&to=yyyy-mm-dd&beneficiary=<id>&page=1`:
 * newest first, 20 a page; `beneficiaries` lists every beneficiary of the member for the filter.
 */
export interface HealthPaymentPage {
  items: HealthPaymentSummary[];
  page: number;
  pageSize: number;
  total: number;
  beneficiaries: { id: string; name: string }[];
}

/** The dates of care of a payment: "28/06/2017" for one day, "du 02/06/2017 au 09/06/2017" otherwise. */
export function careDatesText(from: string | null, to: string | null): string {
  if (!from || !to) return '';
  return from === to ? formatDate(from) : msg(str`du ${formatDate(from)} au ${formatDate(to)}`);
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

/** `GET /api/sante/reglements/:id` ("Remboursement du 14/06/2017"). */
export interface HealthPaymentDetail {
  id: string;
  paidOn: string;
  amountCents: number;
  method: PaymentMethod;
  /** Masked as « Données personnelles » shows it, e.g. "FR76 **** **** **** **** **** 189". Null for a cheque. */
  ibanMasked: string | null;
  acts: HealthAct[];
  totals: Omit<HealthAct, 'actDate' | 'beneficiary' | 'label'>;
}

/** The kinds of statement and their names, in the language being written in. */
export type StatementKind = 'mensuel' | 'ponctuel';

export const STATEMENT_KINDS: Record<StatementKind, string> = {
  get mensuel() {
    return msg('Décompte mensuel');
  },
  get ponctuel() {
    return msg('Décompte ponctuel');
  },
};

/** `GET /api/sante/decomptes`: newest first; `pdfUrl` → the statement PDF. */
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

/** How a contribution is paid, in the language being written in. */
export type ContributionPaymentMode = 'prelevement' | 'cheque' | 'virement';

export const CONTRIBUTION_PAYMENT_MODES: Record<ContributionPaymentMode, string> = {
  get prelevement() {
    return msg('Prélèvement');
  },
  get cheque() {
    return msg('Chèque');
  },
  get virement() {
    return msg('Virement');
  },
};

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
 * `GET /api/sante/cotisations` (G3): contributions of the member's individual santé
 * contract, newest first, and the balance (due − paid; > 0 means the member owes it). A collective
 * contract has no contributions here (`collective: true`): the employer collects them.
 */
export interface ContributionHistory {
  contractLabel: string;
  collective: boolean;
  items: Contribution[];
  balanceCents: number;
}

export * from './estimate.js';
export * from './gestion.js';
export * from './quotes.js';
