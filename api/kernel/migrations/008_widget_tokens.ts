import { sqlMigration } from '../src/sql-migration.js';

/**
 * SPEC W2: short-lived access tokens of the widgets on employer intranets, each bound to the one
 * origin it was handed to; only the token's hash is kept.
 */
export const m008WidgetTokens = sqlMigration([
  `CREATE TABLE core.widget_tokens (
    token_hash text PRIMARY KEY,
    member_id uuid NOT NULL REFERENCES core.members (id),
    origin text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  )`,
  'CREATE INDEX widget_tokens_expiry_idx ON core.widget_tokens (expires_at)',
]);
