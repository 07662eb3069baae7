import { type SchemaMigrations, sqlMigration } from '@portail/kernel';

/** The `compte` schema, owned by this section only. */
export const compteMigrations: SchemaMigrations = {
  schema: 'compte',
  migrations: {
    '001_schema': sqlMigration(['CREATE SCHEMA IF NOT EXISTS compte']),
  },
};
