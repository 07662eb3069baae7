import { sqlMigration } from '../src/sql-migration.js';

/**
 * A member may withdraw a request still waiting for the back office (SPEC D2: a pending change is
 * cancelled): status `withdrawn` (« Annulé »), closed like a decision, never decided afterwards.
 */
export const m016RequestWithdrawal = sqlMigration([
  'ALTER TABLE core.requests DROP CONSTRAINT IF EXISTS requests_status_check',
  `ALTER TABLE core.requests ADD CONSTRAINT requests_status_check
    CHECK (status IN ('pending', 'accepted', 'refused', 'withdrawn'))`,
]);
