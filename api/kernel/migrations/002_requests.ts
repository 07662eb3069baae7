import { sqlMigration } from '../src/sql-migration.js';

/** Request workflow (DIT), beneficiaries, robot-check replay guard, server secrets. */
export const m002Requests = sqlMigration([
  `CREATE TABLE core.requests (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES core.members (id),
    section text NOT NULL,
    kind text NOT NULL,
    label text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}',
    status text NOT NULL DEFAULT 'en_cours' CHECK (status IN ('en_cours', 'pris_en_compte', 'refuse')),
    refusal_reason text,
    decided_by uuid REFERENCES core.managers (id),
    decided_at timestamptz,
    hidden_by_member boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'refuse' OR refusal_reason IS NOT NULL)
  )`,
  'CREATE INDEX requests_member_idx ON core.requests (member_id, created_at DESC)',
  'CREATE INDEX requests_queue_idx ON core.requests (status, created_at)',
  `CREATE TABLE core.request_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id uuid NOT NULL REFERENCES core.requests (id),
    at timestamptz NOT NULL DEFAULT now(),
    status text NOT NULL,
    note text,
    actor_kind text NOT NULL CHECK (actor_kind IN ('member', 'manager', 'system')),
    actor_id text
  )`,
  'CREATE INDEX request_events_request_idx ON core.request_events (request_id, at)',
  `CREATE TABLE core.request_attachments (
    request_id uuid NOT NULL REFERENCES core.requests (id),
    file_id uuid NOT NULL REFERENCES core.files (id),
    PRIMARY KEY (request_id, file_id)
  )`,
  `CREATE TABLE core.beneficiaries (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES core.members (id),
    first_name text NOT NULL,
    last_name text NOT NULL,
    birth_date date NOT NULL,
    relationship text NOT NULL CHECK (relationship IN ('adherent', 'conjoint', 'enfant'))
  )`,
  'CREATE INDEX beneficiaries_member_idx ON core.beneficiaries (member_id)',
  `CREATE TABLE core.used_challenges (
    nonce text PRIMARY KEY,
    expires_at timestamptz NOT NULL
  )`,
  `CREATE TABLE core.server_secrets (
    name text PRIMARY KEY,
    value text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
]);
