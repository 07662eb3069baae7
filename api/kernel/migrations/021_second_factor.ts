import { sqlMigration } from '../src/sql-migration.js';

/**
 * SPEC P8 second factor: the codes of logins waiting for one (a member's from an unknown device, a
 * manager's always), only their keyed hashes kept; the devices members asked to remember (90 days),
 * only the hash of each device cookie kept; and the managers' e-mail addresses, where their codes go.
 */
export const m021SecondFactor = sqlMigration([
  'ALTER TABLE core.managers ADD COLUMN email text',
  `CREATE TABLE core.login_codes (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    token_hash text NOT NULL UNIQUE,
    member_id uuid REFERENCES core.members (id) ON DELETE CASCADE,
    manager_id uuid REFERENCES core.managers (id) ON DELETE CASCADE,
    code_hash text NOT NULL,
    channel text NOT NULL CHECK (channel IN ('email', 'sms')),
    attempts integer NOT NULL DEFAULT 0,
    resends integer NOT NULL DEFAULT 0,
    sent_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((member_id IS NULL) <> (manager_id IS NULL))
  )`,
  'CREATE INDEX login_codes_member_idx ON core.login_codes (member_id)',
  'CREATE INDEX login_codes_manager_idx ON core.login_codes (manager_id)',
  'CREATE INDEX login_codes_created_idx ON core.login_codes (created_at)',
  `CREATE TABLE core.trusted_devices (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES core.members (id) ON DELETE CASCADE,
    token_hash text NOT NULL UNIQUE,
    user_agent text,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
  )`,
  'CREATE INDEX trusted_devices_member_idx ON core.trusted_devices (member_id)',
]);
