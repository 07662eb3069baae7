import { type Kysely, sql } from 'kysely';
import type { CoreDatabase } from './schema.js';

/** The latest published CGU version and whether this member accepted it (SPEC A3). */
export async function cguStateOf(db: Kysely<CoreDatabase>, memberId: string) {
  const row = await db
    .selectNoFrom([
      sql<number | null>`(SELECT max(version) FROM core.cgu_versions)`.as('latest'),
      sql<boolean>`EXISTS (SELECT 1 FROM core.cgu_acceptances a
        WHERE a.member_id = ${memberId} AND a.version = (SELECT max(version) FROM core.cgu_versions))`.as(
        'accepted',
      ),
    ])
    .executeTakeFirstOrThrow();
  return { latest: row.latest, required: row.latest !== null && !row.accepted };
}
