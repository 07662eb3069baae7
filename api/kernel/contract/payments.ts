/**
 * Payments to members, as every section that pays them shows them, and SPEC H5's frame for
 * recording one in the back office: the payee's file, found by identifier, and the answer to a
 * recorded payment. Each section posts its own kind under `/api/gestion/<section>`. Pure:
 * browser-safe.
 */
import type { ContractKind } from './pages.js';

export const PAYMENT_METHODS = { virement: 'Virement', cheque: 'Chèque' } as const;
export type PaymentMethod = keyof typeof PAYMENT_METHODS;

/** `GET /api/gestion/adherents/:identifier`: whom a payment is for. */
export interface PayeeFile {
  memberId: string;
  identifier: string;
  name: string;
  memberships: {
    id: string;
    contract: string;
    kind: ContractKind;
    employer: string | null;
    number: string;
  }[];
  beneficiaries: { id: string; name: string; relationship: string }[];
  /** How the member asked to be alerted of payments (D3). */
  alerts: { email: boolean; sms: boolean };
}

/** The payment is in the member's history at once; the alerts left through the outbox. */
export interface RecordedPayment {
  id: string;
  netCents: number;
  alerted: { email: boolean; sms: boolean };
}
