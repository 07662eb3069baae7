import { sqlMigration } from '../src/sql-migration.js';

/** The kernel's tables: members, employers, contracts, CGU, sessions, documents, outbox, audit. */
export const m001Core = sqlMigration([
  'CREATE SCHEMA IF NOT EXISTS core',
  `CREATE TABLE core.employers (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    adhesion_code text UNIQUE,
    disabled_features text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE core.members (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    identifier text NOT NULL UNIQUE,
    email text,
    civility text NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    birth_date date NOT NULL,
    password_hash text,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE UNIQUE INDEX members_email_key ON core.members (lower(email))',
  `CREATE TABLE core.contracts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code text NOT NULL UNIQUE,
    label text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('prevoyance', 'sante'))
  )`,
  `CREATE TABLE core.memberships (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES core.members (id),
    employer_id uuid REFERENCES core.employers (id),
    contract_id uuid NOT NULL REFERENCES core.contracts (id),
    membership_number text NOT NULL,
    start_date date NOT NULL,
    end_date date
  )`,
  'CREATE INDEX memberships_member_idx ON core.memberships (member_id)',
  'CREATE INDEX memberships_employer_idx ON core.memberships (employer_id)',
  `CREATE TABLE core.cgu_versions (
    version integer PRIMARY KEY,
    title text NOT NULL,
    sections jsonb NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE core.cgu_acceptances (
    member_id uuid NOT NULL REFERENCES core.members (id),
    version integer NOT NULL REFERENCES core.cgu_versions (version),
    accepted_at timestamptz NOT NULL DEFAULT now(),
    ip text,
    PRIMARY KEY (member_id, version)
  )`,
  `CREATE TABLE core.sessions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    token_hash text NOT NULL UNIQUE,
    member_id uuid NOT NULL REFERENCES core.members (id),
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    ip text,
    user_agent text
  )`,
  'CREATE INDEX sessions_member_idx ON core.sessions (member_id)',
  `CREATE TABLE core.password_reset_tokens (
    token_hash text PRIMARY KEY,
    member_id uuid NOT NULL REFERENCES core.members (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz
  )`,
  'CREATE INDEX password_reset_tokens_member_idx ON core.password_reset_tokens (member_id)',
  `CREATE TABLE core.login_failures (
    login_key text PRIMARY KEY,
    failures integer NOT NULL,
    last_failed_at timestamptz NOT NULL,
    locked_until timestamptz
  )`,
  `CREATE TABLE core.rate_limits (
    key text NOT NULL,
    window_start timestamptz NOT NULL,
    hits integer NOT NULL,
    PRIMARY KEY (key, window_start)
  )`,
  `CREATE TABLE core.files (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    storage_key text NOT NULL UNIQUE,
    file_name text NOT NULL,
    content_type text NOT NULL,
    size_bytes integer NOT NULL,
    sha256 text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE core.documents (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    category text NOT NULL,
    title text NOT NULL,
    file_id uuid NOT NULL REFERENCES core.files (id),
    audience text NOT NULL CHECK (audience IN ('member', 'employer', 'all')),
    member_id uuid REFERENCES core.members (id),
    employer_id uuid REFERENCES core.employers (id),
    published_at timestamptz NOT NULL DEFAULT now(),
    CHECK (audience <> 'member' OR member_id IS NOT NULL),
    CHECK (audience <> 'employer' OR employer_id IS NOT NULL)
  )`,
  'CREATE INDEX documents_member_idx ON core.documents (member_id, category)',
  'CREATE INDEX documents_employer_idx ON core.documents (employer_id, category)',
  'CREATE INDEX documents_category_idx ON core.documents (category, published_at DESC)',
  `CREATE TABLE core.document_reads (
    document_id uuid NOT NULL REFERENCES core.documents (id),
    member_id uuid NOT NULL REFERENCES core.members (id),
    read_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, document_id)
  )`,
  `CREATE TABLE core.outbox (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    channel text NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient text NOT NULL,
    subject text NOT NULL,
    body_text text NOT NULL,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz
  )`,
  "CREATE INDEX outbox_due_idx ON core.outbox (next_attempt_at) WHERE status = 'pending'",
  `CREATE TABLE core.audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor_kind text NOT NULL CHECK (actor_kind IN ('member', 'manager', 'system')),
    actor_id text,
    action text NOT NULL,
    target_kind text,
    target_id text,
    before jsonb,
    after jsonb,
    ip text
  )`,
  'CREATE INDEX audit_log_target_idx ON core.audit_log (target_kind, target_id)',
  `CREATE TABLE core.managers (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    login text NOT NULL UNIQUE,
    display_name text NOT NULL,
    password_hash text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
]);
