import type { Kysely } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';

/** One owner of a schema (`core` or a section) and its migrations, keyed by name in run order. */
export interface SchemaMigrations {
  schema: string;
  migrations: Record<string, Migration>;
}

/**
 * Runs each owner's migrations with its own migration table inside its own schema. The migrators
 * share one advisory lock, so they run one after another.
 */
export async function migrateAll(db: Kysely<unknown>, owners: readonly SchemaMigrations[]): Promise<void> {
  for (const owner of owners) {
    const migrator = new Migrator({
      db,
      migrationTableSchema: owner.schema,
      provider: { getMigrations: async () => owner.migrations },
    });
    const { error, results } = await migrator.migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (error || failed) {
      throw new Error(`Migration of schema "${owner.schema}" failed at ${failed?.migrationName ?? '?'}`, {
        cause: error,
      });
    }
  }
}
