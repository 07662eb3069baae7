/**
 * SPEC H5 — recording prévoyance indemnities in the back office (this section's part of it). Under
 * `/api/gestion/indemnisations`, manager session and CSRF required. Pure: browser-safe.
 */
import type { PaymentMethod } from '@portail/kernel/contract';
import { formatEuros } from '@portail/kernel/contract/format';

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

/**
 * What the days paid come to: each day at full pay the daily allowance, each day at half pay half of
 * it (the half days' total rounded to the cent).
 */
export function expectedGrossCents(
  payment: Pick<NewIndemnityPayment, 'fullPayDays' | 'halfPayDays' | 'dailyAmountCents'>,
): number {
  const { fullPayDays, halfPayDays, dailyAmountCents } = payment;
  return fullPayDays * dailyAmountCents + Math.round((halfPayDays * dailyAmountCents) / 2);
}

/** A gross amount may differ from the days' amount by the rounding of half a cent, nothing more. */
const GROSS_TOLERANCE_CENTS = 1;

// i18n-ignore: H5's texts are the back office's (French-speaking managers), not a member's.
const daysText = (days: number, rate: string) => `${days} ${days > 1 ? 'jours' : 'jour'} à ${rate}`;

/**
 * H5: the French reason a gross amount is refused when it is not the days times the daily
 * allowance (1 000 € for 29 days at 45 €), or null when it is. The back office's form and the
 * server's schema both run it, on `grossCents`.
 */
export function grossAmountProblem(
  payment: Pick<NewIndemnityPayment, 'grossCents' | 'fullPayDays' | 'halfPayDays' | 'dailyAmountCents'>,
): string | null {
  const expected = expectedGrossCents(payment);
  if (Math.abs(payment.grossCents - expected) <= GROSS_TOLERANCE_CENTS) return null;
  const days = [
    payment.fullPayDays > 0 ? daysText(payment.fullPayDays, 'plein traitement') : '',
    payment.halfPayDays > 0 ? daysText(payment.halfPayDays, 'demi-traitement') : '',
  ].filter(Boolean);
  // i18n-ignore: the back office's (managers read French)
  const reason = days.length
    ? `${days.join(' et ')} à ${formatEuros(payment.dailyAmountCents)} font ${formatEuros(expected)}` // i18n-ignore
    : "aucun jour n'est indemnisé"; // i18n-ignore
  return `Le montant brut ne correspond pas aux jours indemnisés : ${reason}.`; // i18n-ignore
}
