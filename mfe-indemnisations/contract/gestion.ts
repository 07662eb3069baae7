/**
 * SPEC H5 — recording prévoyance indemnities in the back office (this section's part of it). Under
 * `/api/gestion/indemnisations`, manager session and CSRF required. Pure: browser-safe.
 */
import type { PaymentMethod } from '@portail/kernel/contract';

export type { PayeeFile, RecordedPayment } from '@portail/kernel/contract';

/** `POST /api/gestion/indemnisations/indemnites` → 201 RecordedPayment (prévoyance, C6). */
export interface NewIndemnityPayment {
  membershipId: string;
  nature: string;
  eventDate: string;
  periodStart: string;
  periodEnd: string;
  paidOn: string;
  method: PaymentMethod;
  grossCents: number;
  deductions: { label: string; amountCents: number }[];
  fullPayDays: number;
  halfPayDays: number;
  dailyAmountCents: number;
}
