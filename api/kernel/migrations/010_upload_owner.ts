import { sqlMigration } from '../src/sql-migration.js';

/**
 * Who uploaded a file (a member's justificatifs, transmissions, D2 proofs): the per-member storage
 * quota adds up their files. Null for what the portal generates or a manager publishes.
 */
export const m010UploadOwner = sqlMigration([
  'ALTER TABLE core.files ADD COLUMN uploaded_by uuid REFERENCES core.members (id) ON DELETE SET NULL',
  'CREATE INDEX files_uploaded_by ON core.files (uploaded_by) WHERE uploaded_by IS NOT NULL',
]);
