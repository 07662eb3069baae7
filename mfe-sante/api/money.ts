import { formatEuros, pdfSafe } from '@portail/kernel';

/** "1 234,56 €" from integer cents, safe for pdf-lib's WinAnsi fonts. */
export function eurosFromCents(cents: number): string {
  return pdfSafe(formatEuros(cents));
}
