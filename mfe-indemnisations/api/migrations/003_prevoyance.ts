import { kernelKey, sqlMigration } from '@portail/kernel';

/**
 * SPEC C: claim forms as data per contract (C2), claims and their drafts (C1–C3), sendings with
 * their documents (C4, C5) and indemnity payments (C6). Amounts in integer cents.
 */
export const m003Prevoyance = sqlMigration([
  `CREATE TABLE indemnisations.claim_forms (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    contract_id uuid NOT NULL REFERENCES ${kernelKey.contract},
    code text NOT NULL,
    version integer NOT NULL,
    title text NOT NULL,
    definition jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (contract_id, code, version)
  )`,
  `CREATE TABLE indemnisations.claims (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES ${kernelKey.member},
    membership_id uuid NOT NULL REFERENCES ${kernelKey.membership},
    form_id uuid NOT NULL REFERENCES indemnisations.claim_forms (id),
    status text NOT NULL DEFAULT 'brouillon' CHECK (status IN ('brouillon', 'envoyee')),
    version integer NOT NULL DEFAULT 1,
    "values" jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz,
    sending_id uuid,
    deleted_at timestamptz
  )`,
  'CREATE INDEX claims_member_idx ON indemnisations.claims (member_id, status, updated_at DESC) WHERE deleted_at IS NULL',
  `CREATE TABLE indemnisations.sendings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES ${kernelKey.member},
    kind text NOT NULL CHECK (kind IN ('demande', 'justificatifs', 'formulaire')),
    sent_at timestamptz NOT NULL DEFAULT now(),
    request_id uuid REFERENCES ${kernelKey.request}
  )`,
  'CREATE INDEX sendings_member_idx ON indemnisations.sendings (member_id, sent_at DESC)',
  `CREATE TABLE indemnisations.sending_documents (
    sending_id uuid NOT NULL REFERENCES indemnisations.sendings (id),
    file_id uuid NOT NULL REFERENCES ${kernelKey.file},
    position integer NOT NULL,
    label text NOT NULL,
    PRIMARY KEY (sending_id, file_id)
  )`,
  `CREATE TABLE indemnisations.indemnity_payments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES ${kernelKey.member},
    membership_id uuid NOT NULL REFERENCES ${kernelKey.membership},
    nature text NOT NULL,
    event_date date NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    paid_on date NOT NULL,
    method text NOT NULL CHECK (method IN ('virement', 'cheque')),
    gross_cents integer NOT NULL CHECK (gross_cents >= 0),
    deductions jsonb NOT NULL DEFAULT '[]',
    net_cents integer NOT NULL CHECK (net_cents >= 0),
    full_pay_days integer NOT NULL DEFAULT 0,
    half_pay_days integer NOT NULL DEFAULT 0,
    daily_amount_cents integer NOT NULL DEFAULT 0,
    CHECK (period_end >= period_start)
  )`,
  // One index per sort of C6, each led by the member: a page is an index range scan.
  'CREATE INDEX indemnity_payments_paid_idx ON indemnisations.indemnity_payments (member_id, paid_on DESC, period_start DESC, id)',
  'CREATE INDEX indemnity_payments_event_idx ON indemnisations.indemnity_payments (member_id, event_date DESC, period_start DESC, id)',
  'CREATE INDEX indemnity_payments_period_idx ON indemnisations.indemnity_payments (member_id, period_start DESC, id)',
]);
