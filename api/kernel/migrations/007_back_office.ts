import { sqlMigration } from '../src/sql-migration.js';

/**
 * SPEC H: manager sessions beside the members' (one table, exactly one of the two owners), the
 * origins an employer allows to embed widgets (H6, W2), and an audit log the application can only
 * append to (H7).
 */
export const m007BackOffice = sqlMigration([
  'ALTER TABLE core.sessions ALTER COLUMN member_id DROP NOT NULL',
  'ALTER TABLE core.sessions ADD COLUMN manager_id uuid REFERENCES core.managers (id)',
  'ALTER TABLE core.sessions ADD CONSTRAINT sessions_one_owner CHECK ((member_id IS NULL) <> (manager_id IS NULL))',
  "ALTER TABLE core.employers ADD COLUMN widget_origins text[] NOT NULL DEFAULT '{}'",
  `CREATE FUNCTION core.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'core.audit_log is append-only';
    END
  $$`,
  `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON core.audit_log
    FOR EACH ROW EXECUTE FUNCTION core.audit_log_append_only()`,
  'CREATE INDEX audit_log_at_idx ON core.audit_log (at DESC)',
  'CREATE INDEX outbox_created_idx ON core.outbox (created_at DESC)',
]);
