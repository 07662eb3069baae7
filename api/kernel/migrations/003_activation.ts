import { sqlMigration } from '../src/sql-migration.js';

/** SPEC A9: activation links for members without an account yet. */
export const m003Activation = sqlMigration([
  `CREATE TABLE core.activation_tokens (
    token_hash text PRIMARY KEY,
    member_id uuid NOT NULL REFERENCES core.members (id),
    email text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz
  )`,
  'CREATE INDEX activation_tokens_member_idx ON core.activation_tokens (member_id)',
]);
