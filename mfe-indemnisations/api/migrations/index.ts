import { type SchemaMigrations, sqlMigration } from '@portail/kernel';

/** The `indemnisations` schema, owned by this section only. */
export const indemnisationsMigrations: SchemaMigrations = {
  schema: 'indemnisations',
  migrations: {
    '001_schema': sqlMigration(['CREATE SCHEMA IF NOT EXISTS indemnisations']),
  },
};
