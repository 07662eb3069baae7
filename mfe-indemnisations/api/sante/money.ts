import { pdfSafe } from '@portail/kernel';

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** "1 234,56 €" from integer cents, safe for pdf-lib's WinAnsi fonts. */
export function eurosFromCents(cents: number): string {
  return pdfSafe(euros.format(cents / 100));
}
