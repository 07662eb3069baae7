import { sqlMigration } from '../src/sql-migration.js';

/**
 * SPEC P7 sign-in with an identity provider (OpenID Connect):
 * - `identity_links`: an identity of the provider (issuer, subject) linked to one member, only ever
 *   by the member after a password login in the browser the provider sent back (never by e-mail);
 * - `identity_flows`: what a browser's sign-in in progress must prove (state, nonce, PKCE verifier),
 *   then an identity waiting for its link, each under the hash of a short-lived cookie's token.
 */
export const m022IdentityLinks = sqlMigration([
  `CREATE TABLE core.identity_links (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES core.members (id) ON DELETE CASCADE,
    issuer text NOT NULL,
    subject text NOT NULL,
    linked_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    UNIQUE (issuer, subject),
    UNIQUE (member_id, issuer)
  )`,
  `CREATE TABLE core.identity_flows (
    token_hash text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('authorize', 'pending-link')),
    state text,
    nonce text,
    code_verifier text,
    issuer text,
    subject text,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  )`,
  'CREATE INDEX identity_flows_expiry_idx ON core.identity_flows (expires_at)',
]);
