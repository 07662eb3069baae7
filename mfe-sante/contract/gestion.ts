/**
 * SPEC H5 — recording health reimbursements in the back office (this section's part of it). Under
 * `/api/gestion/sante`, manager session and CSRF required. Pure: browser-safe.
 */
import type { PaymentMethod } from '@portail/kernel/contract';

export type { PayeeFile, RecordedPayment } from '@portail/kernel/contract';

/** `POST /api/gestion/sante/remboursements` → 201 RecordedPayment (santé, G1). */
export interface NewHealthReimbursement {
  memberId: string;
  paidOn: string;
  method: PaymentMethod;
  acts: {
    beneficiaryId: string;
    actDate: string;
    label: string;
    realCostCents: number;
    baseCents: number;
    socialSecurityCents: number;
    organisationCents: number;
  }[];
}
