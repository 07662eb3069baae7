import { sqlMigration } from '../src/sql-migration.js';

/**
 * N1 recovery: a message carrying a time-limited link (reset, activation) expires with it; if it
 * could not leave before, the notice to ask again goes instead (status `expired`).
 */
export const m014OutboxExpiry = sqlMigration([
  'ALTER TABLE core.outbox ADD COLUMN expires_at timestamptz',
  'ALTER TABLE core.outbox ADD COLUMN expired_subject text',
  'ALTER TABLE core.outbox ADD COLUMN expired_text text',
  'ALTER TABLE core.outbox DROP CONSTRAINT outbox_status_check',
  "ALTER TABLE core.outbox ADD CONSTRAINT outbox_status_check CHECK (status IN ('pending', 'sent', 'failed', 'expired'))",
]);
