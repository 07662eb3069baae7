import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

/** A migration written as plain SQL statements, run one by one (drivers refuse several per query). */
export function sqlMigration(up: readonly string[], down: readonly string[] = []): Migration {
  const run = async (db: Kysely<unknown>, statements: readonly string[]) => {
    for (const statement of statements) await sql.raw(statement).execute(db);
  };
  return { up: (db) => run(db, up), down: (db) => run(db, down) };
}

/**
 * What a section's table may point at among the kernel's, for its foreign keys: the kernel names its
 * own tables, sections write `REFERENCES ${kernelKey.member}`. The rows stay the kernel's to read
 * and write (through its services).
 */
export const kernelKey = {
  member: 'core.members (id)',
  membership: 'core.memberships (id)',
  beneficiary: 'core.beneficiaries (id)',
  contract: 'core.contracts (id)',
  employer: 'core.employers (id)',
  file: 'core.files (id)',
  request: 'core.requests (id)',
} as const;
