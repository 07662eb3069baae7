import { type SchemaMigrations, sqlMigration } from '@portail/kernel';
import { m002Sante } from './002_sante.js';
import { m003Prevoyance } from './003_prevoyance.js';
import { m004EndedStopRule } from './004_ended_stop_rule.js';
import { m005ClaimsBySending } from './005_claims_by_sending.js';

/** The `indemnisations` schema, owned by this section only. */
export const indemnisationsMigrations: SchemaMigrations = {
  schema: 'indemnisations',
  migrations: {
    '001_schema': sqlMigration(['CREATE SCHEMA IF NOT EXISTS indemnisations']),
    '002_sante': m002Sante,
    '003_prevoyance': m003Prevoyance,
    '004_ended_stop_rule': m004EndedStopRule,
    '005_claims_by_sending': m005ClaimsBySending,
  },
};
