import { sqlMigration } from '../src/sql-migration.js';

/**
 * SPEC W2 hardened: a widget token carries the read routes it may call (and the document categories
 * it may download), fixed when it was issued; a member authorises each intranet once (consent),
 * revocable in Mon compte.
 */
export const m011WidgetScopes = sqlMigration([
  // Tokens issued before this carried no scope: they are dropped (15 minutes of life at most).
  'DELETE FROM core.widget_tokens',
  "ALTER TABLE core.widget_tokens ADD COLUMN routes text[] NOT NULL DEFAULT '{}'",
  "ALTER TABLE core.widget_tokens ADD COLUMN document_categories text[] NOT NULL DEFAULT '{}'",
  'CREATE INDEX widget_tokens_member_idx ON core.widget_tokens (member_id, origin)',
  `CREATE TABLE core.widget_consents (
    member_id uuid NOT NULL REFERENCES core.members (id),
    origin text NOT NULL,
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, origin)
  )`,
]);
