import { type SchemaMigrations, sqlMigration } from '@portail/kernel';
import { m002Tables } from './002_tables.js';
import { m003Guarantees } from './003_guarantees.js';

/** The `sante` schema, owned by this section only. */
export const santeMigrations: SchemaMigrations = {
  schema: 'sante',
  migrations: {
    '001_schema': sqlMigration(['CREATE SCHEMA IF NOT EXISTS sante']),
    '002_tables': m002Tables,
    '003_guarantees': m003Guarantees,
  },
};
