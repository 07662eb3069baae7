import { type SchemaMigrations, sqlMigration } from '@portail/kernel';

/** The `contact` schema, owned by this section only. */
export const contactMigrations: SchemaMigrations = {
  schema: 'contact',
  migrations: {
    '001_schema': sqlMigration(['CREATE SCHEMA IF NOT EXISTS contact']),
  },
};
