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

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Paris',
});

/**
 * A date the French way, "17/05/2026": from a calendar date ("2026-05-17", shown as is, never shifted
 * by a time zone) or from an instant ("2026-05-17T22:30:00Z", the day it is in France).
 * Anything else is returned unchanged.
 */
export function formatDate(value: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : dateTime.format(instant);
}

const time = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant as a French reads it: "21/08/2018 à 10:32" (in France's time). */
export function formatDateTime(instant: string): string {
  return `${formatDate(instant)} à ${time.format(new Date(instant))}`;
}

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/**
 * An amount of integer cents the French way: 123456 → "1 234,56 €", -4520 → "-45,20 €". The spaces
 * are no-break (U+202F between thousands, U+00A0 before €), so an amount never wraps.
 */
export function formatEuros(cents: number): string {
  // `|| 0` turns -0 into 0: no "-0,00 €".
  return euros.format(Math.round(cents) / 100 || 0);
}
