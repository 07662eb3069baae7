/**
 * Dates and amounts as a member reads them, the same in the browser, in e-mails and in PDFs: in the
 * language being written in (SPEC P6, French by default: `currentLocale()`), days in France's time
 * (Europe/Paris) whatever the machine's zone. Pure: browser-safe.
 */
import { currentLocale, INTL_LOCALE, type Locale } from './i18n.js';

const FRANCE = 'Europe/Paris';

/** The formatters of each language, made once (they cost microseconds each). */
function formattersOf(locale: Locale) {
  const tag = INTL_LOCALE[locale];
  return {
    day: new Intl.DateTimeFormat(tag, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: FRANCE,
    }),
    longDay: new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: FRANCE,
    }),
    longCalendarDay: new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
    time: new Intl.DateTimeFormat(tag, { timeZone: FRANCE, hour: '2-digit', minute: '2-digit' }),
    euros: new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }),
  };
}
const formatters = new Map<Locale, ReturnType<typeof formattersOf>>();
function format() {
  const locale = currentLocale();
  let found = formatters.get(locale);
  if (!found) {
    found = formattersOf(locale);
    formatters.set(locale, found);
  }
  return found;
}

/**
 * A date the French way, "17/05/2026": from a calendar date ("2026-05-17", shown as is, never shifted
 * by a time zone) or from an instant ("2026-05-17T22:30:00Z" or a Date: the day it is in France).
 * A string that is neither is returned unchanged.
 */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string') {
    const calendar = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  }
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? String(value) : format().day.format(instant);
}

/**
 * A date in words, "17 mai 2026", the first of a month written "1er octobre 2026" as French does: from
 * a calendar date (never shifted) or an instant (the day it is in France). A string that is neither
 * is returned unchanged.
 */
export function formatLongDate(value: string | Date): string {
  const calendar = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const instant = new Date(calendar ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(instant.getTime())) return String(value);
  const { longCalendarDay, longDay } = format();
  const french = currentLocale() === 'fr';
  return (calendar ? longCalendarDay : longDay)
    .formatToParts(instant)
    .map((part) => (french && part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** An instant as a member reads it: "21/08/2018 à 10:32" ("21/08/2018 at 10:32"), in France's time. */
export function formatDateTime(instant: string | Date): string {
  const at = currentLocale() === 'fr' ? 'à' : 'at';
  return `${formatDate(instant)} ${at} ${format().time.format(new Date(instant))}`;
}

const calendarDay = new Intl.DateTimeFormat('en-CA', { timeZone: FRANCE });

let lastDay = { minute: Number.NaN, day: '' };

/** The day it is in France at `now`, as yyyy-mm-dd (a member's "today", a default payment date). */
export function todayIso(now: Date = new Date()): string {
  // Formatting with a time zone costs microseconds: once per minute is enough (routes ask on every
  // request), since France changes day (and clocks) on the hour.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastDay.minute) lastDay = { minute, day: calendarDay.format(now) };
  return lastDay.day;
}

/**
 * An amount of integer cents the French way: 123456 → "1 234,56 €", -4520 → "−45,20 €" (the minus
 * sign U+2212, not a hyphen). The spaces are no-break (U+202F between thousands, U+00A0 before €),
 * so an amount never wraps.
 */
export function formatEuros(cents: number): string {
  // `|| 0` turns -0 into 0: no "−0,00 €".
  return format()
    .euros.format(Math.round(cents) / 100 || 0)
    .replace(/^-/, '\u2212');
}

/** "1 234,56", "1234.5", "12 €" → integer cents; `null` when the text is no amount (forms typing euros). */
export function centsFromEuros(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}
