/** Calendar dates as the API carries them (`AAAA-MM-JJ`). Pure: safe in the browser. */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The range the portal accepts: births of the 20th century to contracts of the next. */
const EARLIEST = '1900-01-01';
const LATEST = '2999-12-31';

/**
 * Whether `value` is a date that exists, written `AAAA-MM-JJ`: checked by a round trip, since
 * `Date.parse('2014-02-30')` rolls over to 2 March instead of failing.
 */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value) || value < EARLIEST || value > LATEST) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
