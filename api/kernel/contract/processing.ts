/**
 * SPEC P1 — « Traitement estimé »: business days in France (Saturdays, Sundays and French public
 * holidays excluded), the default processing time of each kind of request, and the estimate a
 * member sees in Suivi and on each confirmation. Dates are calendar days `AAAA-MM-JJ` in France's
 * time. Pure: browser-safe.
 */
import { msg, str } from '@lit/localize';

const DAY_MS = 86_400_000;

function toUtc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function shift(day: string, days: number): string {
  return fromUtc(new Date(toUtc(day).getTime() + days * DAY_MS));
}

/** Easter Sunday of `year` (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/**
 * The French public holidays of `year` (Code du travail, art. L3133-1): 1er janvier, lundi de Pâques,
 * 1er mai, 8 mai, Ascension (Pâques + 39), lundi de Pentecôte (Pâques + 50), 14 juillet, 15 août,
 * 1er novembre, 11 novembre, 25 décembre.
 */
export function frenchPublicHolidays(year: number): ReadonlySet<string> {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    const y = String(year).padStart(4, '0');
    const easter = easterSunday(year);
    holidays = new Set([
      `${y}-01-01`,
      shift(easter, 1),
      `${y}-05-01`,
      `${y}-05-08`,
      shift(easter, 39),
      shift(easter, 50),
      `${y}-07-14`,
      `${y}-08-15`,
      `${y}-11-01`,
      `${y}-11-11`,
      `${y}-12-25`,
    ]);
    holidayCache.set(year, holidays);
  }
  return holidays;
}

/** Whether `day` (`AAAA-MM-JJ`) is a business day: neither a week-end nor a French public holiday. */
export function isBusinessDay(day: string): boolean {
  const weekday = toUtc(day).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !frenchPublicHolidays(Number(day.slice(0, 4))).has(day);
}

/**
 * The business day `count` business days after `day`: `count` = 0 gives `day` itself when it is a
 * business day, or else the next one (a request made on a Saturday is looked at on Monday).
 */
export function addBusinessDays(day: string, count: number): string {
  let current = day;
  if (count <= 0) {
    while (!isBusinessDay(current)) current = shift(current, 1);
    return current;
  }
  let left = count;
  while (left > 0) {
    current = shift(current, 1);
    if (isBusinessDay(current)) left -= 1;
  }
  return current;
}

/** The business day `count` business days before `day` (tests make requests late with it). */
export function businessDaysBefore(day: string, count: number): string {
  let current = day;
  for (let left = count; left > 0; ) {
    current = shift(current, -1);
    if (isBusinessDay(current)) left -= 1;
  }
  return current;
}

/** How many business days lie after `from` up to `to` included (0 when `to` is not after `from`). */
export function businessDaysBetween(from: string, to: string): number {
  if (to <= from) return 0;
  let count = 0;
  for (let current = shift(from, 1); current <= to; current = shift(current, 1)) {
    if (isBusinessDay(current)) count += 1;
  }
  return count;
}

/** The last business day on or before `day`. */
export function lastBusinessDayOnOrBefore(day: string): string {
  let current = day;
  while (!isBusinessDay(current)) current = shift(current, -1);
  return current;
}

const franceDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' });

/** The day an instant is in France, `AAAA-MM-JJ`. */
export function dayInFrance(instant: Date | string): string {
  return franceDay.format(new Date(instant));
}

/**
 * How many business days a request of a kind takes while fewer than `ESTIMATE_MIN_DECISIONS` of its
 * kind were decided in the last `ESTIMATE_WINDOW_DAYS` days, by `section/kind` (the README lists
 * them); a kind not listed takes `DEFAULT_PROCESSING_DAYS`.
 */
export const PROCESSING_DEFAULTS: Readonly<Record<string, number>> = {
  'contact/message': 5,
  'contact/question': 5,
  'contact/transmission': 10,
  'indemnisations/demande_indemnisation': 10,
  'indemnisations/justificatifs': 7,
  'indemnisations/formulaire': 10,
  'compte/adresse': 5,
  'compte/email': 3,
  'compte/coordonnees_bancaires': 7,
  'compte/mode_cotisation': 7,
  'adhesion/carte_tiers_payant': 7,
  'sante/devis': 5,
  'core/courrier_activation': 3,
};

/** The default of a kind that `PROCESSING_DEFAULTS` does not list. */
export const DEFAULT_PROCESSING_DAYS = 10;
/** Decisions of a kind needed in the window before its median replaces its default. */
export const ESTIMATE_MIN_DECISIONS = 20;
/** The window of decisions the median is taken over, in calendar days back from now. */
export const ESTIMATE_WINDOW_DAYS = 90;

export function defaultProcessingDays(section: string, kind: string): number {
  return PROCESSING_DEFAULTS[`${section}/${kind}`] ?? DEFAULT_PROCESSING_DAYS;
}

/**
 * The median of business-day durations, rounded up to a whole day (an even count takes the mean of
 * the two middle ones: 3 and 4 give 4).
 */
export function medianBusinessDays(durations: readonly number[]): number {
  if (durations.length === 0) return 0;
  const sorted = [...durations].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.ceil(median);
}

/** How late a pending request is: business days past its estimated date up to `today` (0: on time). */
export function businessDaysLate(estimatedAt: string | null, today: string): number {
  return estimatedAt ? businessDaysBetween(estimatedAt, today) : 0;
}

/** « Traitement estimé le 12/06/2026 ». */
export function estimateText(estimatedAt: string): string {
  const [year, month, day] = estimatedAt.split('-');
  const date = `${day}/${month}/${year}`;
  return msg(str`Traitement estimé le ${date}`);
}

/** The member's badge on a request past its estimated date and still pending. */
export const LATE_LABEL = 'En retard';

/** « En retard de 3 jours ouvrés » (the managers' queue, H1). */
export function lateText(days: number): string {
  // i18n-ignore: the managers' (French-speaking staff)
  return `${LATE_LABEL} de ${days} ${days === 1 ? 'jour ouvré' : 'jours ouvrés'}`;
}

/** What every creation route's answer adds (SPEC P1): the estimated processing date. */
export interface ProcessingEstimate {
  /** The day the request should be processed by, `AAAA-MM-JJ` (null for requests made before P1). */
  estimatedAt: string | null;
}
