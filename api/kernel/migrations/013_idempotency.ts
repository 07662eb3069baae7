import { sqlMigration } from '../src/sql-migration.js';

/**
 * Idempotent member writes: the first answer to each `Idempotency-Key` a member's action sent, and
 * the request it created (claimed in the creation's own transaction), so that a retry after a cut
 * connection — or a crash — never makes a second one. Kept a day.
 */
export const m013Idempotency = sqlMigration([
  `CREATE TABLE core.idempotency_keys (
    member_id uuid NOT NULL REFERENCES core.members (id),
    key text NOT NULL,
    method text NOT NULL,
    path text NOT NULL,
    request_id uuid,
    status integer,
    content_type text,
    body text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, key)
  )`,
  'CREATE INDEX idempotency_keys_created_idx ON core.idempotency_keys (created_at)',
]);
