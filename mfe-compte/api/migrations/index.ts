import { type SchemaMigrations, sqlMigration } from '@portail/kernel';
import { m002Profiles } from './002_profiles.js';

/** The `compte` schema, owned by this section only. */
export const compteMigrations: SchemaMigrations = {
  schema: 'compte',
  migrations: {
    '001_schema': sqlMigration(['CREATE SCHEMA IF NOT EXISTS compte']),
    '002_profiles': m002Profiles,
  },
};
