import { msg, str } from '@lit/localize';
import { formatDate } from '@portail/shared-design';
import type { IndemnityPayment } from '../../contract/index.js';

/** "Prestations pour la Maladie ordinaire du 01/01/2014 - 31/01/2014" (SPEC C6). */
export function indemnityTitle(
  payment: Pick<IndemnityPayment, 'nature' | 'periodStart' | 'periodEnd'>,
): string {
  return msg(
    str`Prestations pour la ${payment.nature} du ${formatDate(payment.periodStart)} - ${formatDate(payment.periodEnd)}`,
  );
}
