import { type SchemaMigrations, sqlMigration } from '@portail/kernel';
import { m002Faq } from './002_faq.js';

/** The `contact` schema, owned by this section only. */
export const contactMigrations: SchemaMigrations = {
  schema: 'contact',
  migrations: {
    '001_schema': sqlMigration(['CREATE SCHEMA IF NOT EXISTS contact']),
    '002_faq': m002Faq,
  },
};
