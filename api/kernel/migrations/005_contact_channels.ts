import { sqlMigration } from '../src/sql-migration.js';

/**
 * How to reach the member, shared by every section: phones (D1, printed on C4's bordereau) and the
 * payment alert preferences (D3) the back office's alerts follow (H5, N1).
 */
export const m005ContactChannels = sqlMigration([
  "ALTER TABLE core.members ADD COLUMN phone text NOT NULL DEFAULT ''",
  'ALTER TABLE core.members ADD COLUMN no_phone boolean NOT NULL DEFAULT false',
  "ALTER TABLE core.members ADD COLUMN mobile text NOT NULL DEFAULT ''",
  'ALTER TABLE core.members ADD COLUMN email_alert boolean NOT NULL DEFAULT true',
  'ALTER TABLE core.members ADD COLUMN sms_alert boolean NOT NULL DEFAULT false',
]);
