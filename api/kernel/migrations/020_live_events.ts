import { sqlMigration } from '../src/sql-migration.js';

/**
 * SPEC P2 live updates: the events published to members' open pages, kept a few minutes so that a
 * browser reconnecting with `Last-Event-ID` (to this process or another) gets what it missed. The
 * host's maintenance forgets them after `LIVE_EVENTS_RETENTION_MS`.
 */
export const m020LiveEvents = sqlMigration([
  `CREATE TABLE core.live_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id uuid NOT NULL REFERENCES core.members (id) ON DELETE CASCADE,
    event jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  // A reconnection's replay: the member's events after an id.
  'CREATE INDEX live_events_member_idx ON core.live_events (member_id, id)',
  'CREATE INDEX live_events_created_idx ON core.live_events (created_at)',
]);
