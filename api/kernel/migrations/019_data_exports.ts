import { sqlMigration } from '../src/sql-migration.js';

/**
 * SPEC P3 « Télécharger mes données »: the archives members ask for, prepared by a background job
 * (`data-exports.ts`). One open job (pending or running) per member, by a partial unique index; a
 * job `running` past its lease belongs to the next worker (its process died). A ready archive is a
 * `core.files` row (so the blob sweep keeps it) until `expires_at`, when the sweep deletes the file
 * and marks the job expired.
 */
export const m019DataExports = sqlMigration(
  [
    `CREATE TABLE core.data_exports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      member_id uuid NOT NULL REFERENCES core.members (id) ON DELETE CASCADE,
      status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'running', 'ready', 'failed', 'expired')),
      requested_at timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 0,
      lease_until timestamptz,
      ready_at timestamptz,
      expires_at timestamptz,
      file_id uuid REFERENCES core.files (id) ON DELETE SET NULL,
      size_bytes bigint,
      last_error text
    )`,
    `CREATE UNIQUE INDEX data_exports_one_open_idx ON core.data_exports (member_id)
      WHERE status IN ('pending', 'running')`,
    'CREATE INDEX data_exports_member_idx ON core.data_exports (member_id, requested_at DESC)',
    `CREATE INDEX data_exports_due_idx ON core.data_exports (requested_at)
      WHERE status IN ('pending', 'running')`,
    `CREATE INDEX data_exports_expiry_idx ON core.data_exports (expires_at) WHERE status = 'ready'`,
  ],
  ['DROP TABLE core.data_exports'],
);
