import { z } from 'zod';
import { isCalendarDate } from './dates.js';

/** The largest value of a PostgreSQL `integer` (versions, counts, amounts in cents). */
export const INT4_MAX = 2_147_483_647;

/**
 * A calendar date `AAAA-MM-JJ` that exists (2014-02-30 does not), with French messages for a
 * missing, badly written or impossible one. Every date the API takes goes through this schema.
 */
export function calendarDate(
  messages: { required?: string; format?: string; impossible?: string } = {},
): z.ZodType<string> {
  const format = messages.format ?? 'Date invalide : utilisez le format JJ/MM/AAAA.';
  return z
    .string({ error: messages.required ?? 'Saisissez une date.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: format })
    .refine(isCalendarDate, { error: messages.impossible ?? "Cette date n'existe pas." });
}

/** A whole number between `min` and `max` (never past a PostgreSQL `integer`). */
export function boundedInt(min: number, max: number, message = 'Nombre invalide.') {
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(Math.min(max, INT4_MAX), { error: message });
}

/** `?page=` of a paged list: 1 to 10 000, 1 when absent. */
export const pageQuery = z.coerce
  .number({ error: 'Numéro de page invalide.' })
  .int({ error: 'Numéro de page invalide.' })
  .min(1, { error: 'Numéro de page invalide.' })
  .max(10_000, { error: 'Numéro de page invalide.' })
  .default(1);

/** An id of the portal's records (a UUID). */
export function recordId(message = 'Identifiant invalide.') {
  return z.string({ error: message }).uuid({ error: message });
}

/** A query-string parameter that may be absent or left empty (`?du=`): both mean "no filter". */
export function optionalQuery<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}
