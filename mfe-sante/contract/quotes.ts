/**
 * SPEC P5 — what the API answers for « Estimer un remboursement » and « Envoyer mon devis ». Amounts
 * in integer cents. Pure: browser-safe.
 */
import type { MemberRequest } from '@portail/kernel/contract/requests';
import type { CareUsage, Estimate, GuaranteeTableDefinition, QuoteLine } from './estimate.js';

/** A beneficiary of the member's santé contract, with what the organisme paid for them this year. */
export interface EstimateBeneficiary {
  id: string;
  name: string;
  /** The organisme's part of their reimbursements (G1) of `year`, per care. */
  usage: CareUsage;
}

/**
 * `GET /api/sante/estimation`: the guarantee table of the member's santé contract (its latest
 * version) and, for each beneficiary, what the yearly forfaits already paid in the current year.
 */
export interface EstimateContext {
  contractLabel: string;
  table: GuaranteeTableDefinition & { version: number };
  year: number;
  beneficiaries: EstimateBeneficiary[];
}

/** The text fields of `POST /api/sante/devis` (multipart, with the quote file(s) in `fichiers`). */
export const QUOTE_FIELDS = { beneficiary: 'beneficiaire', lines: 'lignes', comment: 'commentaire' } as const;
export const QUOTE_COMMENT_MAX_LENGTH = 1000;

/** What a quote request keeps (its payload): the lines and the estimate as the member saw it. */
export interface QuotePayload {
  beneficiaryId: string;
  beneficiaryName: string;
  lines: QuoteLine[];
  estimate: Estimate;
  tableVersion: number;
  text?: string;
}

/** `POST /api/sante/devis` → 201: the request as Suivi shows it, and the estimate recomputed by the server. */
export interface QuoteSent {
  request: MemberRequest;
  estimate: Estimate;
}

/**
 * `GET /api/gestion/sante/devis/:requestId` (H3): the quote as the member sent it, and the member's
 * guarantee table with what the beneficiary has used this year now, for the manager's answer form.
 */
export interface QuoteReview {
  requestId: string;
  beneficiaryId: string;
  beneficiaryName: string;
  lines: QuoteLine[];
  comment: string | null;
  /** The estimate the member saw when sending. */
  sentEstimate: Estimate;
  context: Omit<EstimateContext, 'beneficiaries'> & { usage: CareUsage };
}

/** The request kind of a quote sent (the back office answers it, SPEC H3). */
export const QUOTE_REQUEST_KIND = 'devis';

/** What the page says once a quote is sent (in French: the page writes it with `msg()`, SPEC P6). */
export const QUOTE_SENT = 'Votre devis a bien été envoyé. Nos services vous répondront dans « Suivi ».';
