/**
 * SPEC H5 — recording payments in the back office (this section's part of it). Under
 * `/api/gestion/indemnisations`, manager session and CSRF required. Pure: browser-safe.
 */

/** `GET /api/gestion/indemnisations/adherents/:identifier`: whom a payment is for. */
export interface PayeeFile {
  memberId: string;
  identifier: string;
  name: string;
  memberships: {
    id: string;
    contract: string;
    kind: 'prevoyance' | 'sante';
    employer: string | null;
    number: string;
  }[];
  beneficiaries: { id: string; name: string; relationship: string }[];
  /** How the member asked to be alerted of payments (D3). */
  alerts: { email: boolean; sms: boolean };
}

/** `POST /api/gestion/indemnisations/indemnites` → 201 RecordedPayment (prévoyance, C6). */
export interface NewIndemnityPayment {
  membershipId: string;
  nature: string;
  eventDate: string;
  periodStart: string;
  periodEnd: string;
  paidOn: string;
  method: 'virement' | 'cheque';
  grossCents: number;
  deductions: { label: string; amountCents: number }[];
  fullPayDays: number;
  halfPayDays: number;
  dailyAmountCents: number;
}

/** `POST /api/gestion/indemnisations/remboursements` → 201 RecordedPayment (santé, G1). */
export interface NewHealthReimbursement {
  memberId: string;
  paidOn: string;
  method: 'virement' | 'cheque';
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

/** The payment is in the member's history at once; the alerts left through the outbox. */
export interface RecordedPayment {
  id: string;
  netCents: number;
  alerted: { email: boolean; sms: boolean };
}
