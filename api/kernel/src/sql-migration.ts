import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

/** A migration written as plain SQL statements, run one by one (drivers refuse several per query). */
export function sqlMigration(up: readonly string[], down: readonly string[] = []): Migration {
  const run = async (db: Kysely<unknown>, statements: readonly string[]) => {
    for (const statement of statements) await sql.raw(statement).execute(db);
  };
  return { up: (db) => run(db, up), down: (db) => run(db, down) };
}
