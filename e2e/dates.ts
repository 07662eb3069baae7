// Dates as the portal counts them: France's day (Europe/Paris), whatever the machine's time zone.
import { formatDate, todayIso } from '@portail/kernel/contract/format';

export { formatDate, todayIso };

/** `iso` (yyyy-mm-dd) moved by `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today in France shifted by `days`, as yyyy-mm-dd and as the French read it (dd/mm/yyyy). */
export function day(days: number): { iso: string; fr: string } {
  const iso = addDays(todayIso(), days);
  return { iso, fr: formatDate(iso) };
}

/** "17/05/2026" → "2026-05-17". */
export const isoOf = (french: string) => french.split('/').reverse().join('-');

/** France's current year and month (1–12). */
function thisMonth(): [number, number] {
  return todayIso().split('-').map(Number) as [number, number];
}

/** The first day of the month `monthsBack` months before France's current month (yyyy-mm-dd). */
export function monthStart(monthsBack: number): string {
  const [year, month] = thisMonth();
  return new Date(Date.UTC(year, month - 1 - monthsBack, 1)).toISOString().slice(0, 10);
}

/** Noon UTC on the 15th, `monthsBack` months before France's current month: inside it in any zone. */
export function midMonth(monthsBack: number): Date {
  const [year, month] = thisMonth();
  return new Date(Date.UTC(year, month - 1 - monthsBack, 15, 12));
}
