import { type SchemaMigrations, sqlMigration } from '@portail/kernel';

/** The `exemple` schema, owned by this section only (add its tables as `002_…`). */
export const exempleMigrations: SchemaMigrations = {
  schema: 'exemple',
  migrations: {
    '001_schema': sqlMigration(['CREATE SCHEMA IF NOT EXISTS exemple']),
  },
};
