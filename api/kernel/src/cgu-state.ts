import { type Expression, type Kysely, sql } from 'kysely';
import type { CoreDatabase } from './schema.js';

export interface CguState {
  /** The latest published version, null when none is published. */
  latest: number | null;
  /** The member has not accepted the latest version (SPEC A3). */
  required: boolean;
}

/**
 * The columns that give a member's CGU state inside a larger query: `memberId` is a column of it
 * (`sql.ref('s.member_id')`) or a value.
 */
export function cguColumns(memberId: Expression<string> | string) {
  const latest = sql<number | null>`(SELECT max(version) FROM core.cgu_versions)`;
  return [
    latest.as('cgu_latest'),
    sql<boolean>`EXISTS (SELECT 1 FROM core.cgu_acceptances a
      WHERE a.member_id = ${memberId} AND a.version = ${latest})`.as('cgu_accepted'),
  ] as const;
}

export function cguStateFrom(row: { cgu_latest: number | null; cgu_accepted: boolean }): CguState {
  return { latest: row.cgu_latest, required: row.cgu_latest !== null && !row.cgu_accepted };
}

/** The latest published CGU version and whether this member accepted it (SPEC A3). */
export async function cguStateOf(db: Kysely<CoreDatabase>, memberId: string): Promise<CguState> {
  return cguStateFrom(await db.selectNoFrom(cguColumns(memberId)).executeTakeFirstOrThrow());
}
