import { msg, str } from '@lit/localize';
import { intlLocale } from '@portail/kernel/contract/i18n';

// Dates and amounts: one definition for the browser, e-mails and PDFs, in the kernel's contract.
export {
  formatDate,
  formatDateTime,
  formatEuros,
  formatLongDate,
  todayIso,
} from '@portail/kernel/contract/format';

/** One decimal number format per language, made when first needed (SPEC P6). */
const decimals = new Map<string, Intl.NumberFormat>();
function decimal(): Intl.NumberFormat {
  const locale = intlLocale();
  let format = decimals.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    decimals.set(locale, format);
  }
  return format;
}

/** File size as users read it: "850 octets", "120 Ko", "1,5 Mo", "2,1 Go" (base 1024); in English "1.5 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return bytes > 1 ? msg(str`${bytes} octets`) : msg(str`${bytes} octet`);
  if (bytes < 1024 ** 2) return msg(str`${decimal().format(Math.round(bytes / 1024))} Ko`);
  if (bytes < 1024 ** 3) return msg(str`${decimal().format(bytes / 1024 ** 2)} Mo`);
  return msg(str`${decimal().format(bytes / 1024 ** 3)} Go`);
}

/** Screen-reader text of an unread count (SPEC A5): "1 nouveau document", "2 nouveaux documents". */
export function unreadText(count: number): string {
  return count === 1 ? msg('1 nouveau document') : msg(str`${count} nouveaux documents`);
}
