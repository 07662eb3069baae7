import { type SchemaMigrations, sqlMigration } from '@portail/kernel';

/** The `adhesion` schema, owned by this section only. */
export const adhesionMigrations: SchemaMigrations = {
  schema: 'adhesion',
  migrations: {
    '001_schema': sqlMigration(['CREATE SCHEMA IF NOT EXISTS adhesion']),
  },
};
