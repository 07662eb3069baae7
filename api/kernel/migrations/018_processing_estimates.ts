import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { addBusinessDays, dayInFrance, defaultProcessingDays } from '../contract/processing.js';

const UP = [
  'ALTER TABLE core.requests ADD COLUMN estimated_on date',
  // The median of each kind: its decisions of the last 90 days, by one range scan.
  `CREATE INDEX requests_decided_idx ON core.requests (section, kind, decided_at)
    WHERE decided_at IS NOT NULL`,
  // H1: the late requests (pending, estimated date passed) first, by how late.
  `CREATE INDEX requests_late_idx ON core.requests (estimated_on, created_at)
    WHERE status = 'pending'`,
];

/**
 * SPEC P1 « Traitement estimé »: each request keeps the date it was promised by (computed at its
 * creation from the median of its kind, `processing-estimates.ts`), so that Suivi shows what the
 * confirmation said and the queue finds the late ones by an index. Requests still pending when
 * this runs get their kind's default from their creation day.
 */
export const m018ProcessingEstimates: Migration = {
  async up(db: Kysely<unknown>) {
    for (const statement of UP) await sql.raw(statement).execute(db);
    const { rows } = await sql<{ id: string; section: string; kind: string; created_at: Date | string }>`
      SELECT id, section, kind, created_at FROM core.requests WHERE status = 'pending'`.execute(db);
    for (const row of rows) {
      const estimated = addBusinessDays(
        dayInFrance(row.created_at),
        defaultProcessingDays(row.section, row.kind),
      );
      await sql`UPDATE core.requests SET estimated_on = ${estimated}::date WHERE id = ${row.id}`.execute(db);
    }
  },
  async down(db: Kysely<unknown>) {
    await sql.raw('DROP INDEX IF EXISTS core.requests_late_idx').execute(db);
    await sql.raw('DROP INDEX IF EXISTS core.requests_decided_idx').execute(db);
    await sql.raw('ALTER TABLE core.requests DROP COLUMN estimated_on').execute(db);
  },
};
