import { sqlMigration } from '../src/sql-migration.js';

/** The files of a request keep the order the member sent them in. */
export const m006AttachmentOrder = sqlMigration([
  'ALTER TABLE core.request_attachments ADD COLUMN position integer NOT NULL DEFAULT 0',
]);
