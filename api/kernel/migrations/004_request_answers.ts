import { sqlMigration } from '../src/sql-migration.js';

/** Answers to members' messages and questions (SPEC E1, E2, H3). */
export const m004RequestAnswers = sqlMigration([
  'ALTER TABLE core.requests ADD COLUMN answer text',
  'ALTER TABLE core.requests ADD COLUMN answered_at timestamptz',
]);
