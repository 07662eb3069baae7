import { type SchemaMigrations, sqlMigration } from '@portail/kernel';
import { m002Adhesion } from './002_adhesion.js';
import { m003CardReplacement } from './003_card_replacement.js';

/** The `adhesion` schema, owned by this section only. */
export const adhesionMigrations: SchemaMigrations = {
  schema: 'adhesion',
  migrations: {
    '001_schema': sqlMigration(['CREATE SCHEMA IF NOT EXISTS adhesion']),
    '002_adhesion': m002Adhesion,
    '003_card_replacement': m003CardReplacement,
  },
};
