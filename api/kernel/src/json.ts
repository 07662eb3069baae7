import { type RawBuilder, sql } from 'kysely';

/**
 * A value for a `jsonb` column, sent as text and cast on the server: the same on postgres.js (which
 * would otherwise encode a string parameter a second time) and on PGlite.
 */
export function jsonb<T>(value: T): RawBuilder<T> {
  return sql<T>`cast(cast(${JSON.stringify(value)} as text) as jsonb)`;
}

/** A `date` column read as `yyyy-mm-dd` text, the same on every driver (no time-zone shift). */
export function isoDate(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
}
