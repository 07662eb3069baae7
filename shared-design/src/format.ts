// Dates and amounts: one definition for the browser, e-mails and PDFs, in the kernel's contract.
export {
  formatDate,
  formatDateTime,
  formatEuros,
  formatLongDate,
  todayIso,
} from '@portail/kernel/contract/format';

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** File size as French users read it: "850 octets", "120 Ko", "1,5 Mo", "2,1 Go" (base 1024). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes > 1 ? 'octets' : 'octet'}`;
  if (bytes < 1024 ** 2) return `${decimal.format(Math.round(bytes / 1024))} Ko`;
  if (bytes < 1024 ** 3) return `${decimal.format(bytes / 1024 ** 2)} Mo`;
  return `${decimal.format(bytes / 1024 ** 3)} Go`;
}

/** Screen-reader text of an unread count (SPEC A5): "1 nouveau document", "2 nouveaux documents". */
export function unreadText(count: number): string {
  return count === 1 ? '1 nouveau document' : `${count} nouveaux documents`;
}
