import { sqlMigration } from '@portail/kernel';

/** SPEC G: health payments with their acts, statements, contributions. Amounts in integer cents. */
export const m002Sante = sqlMigration([
  `CREATE TABLE indemnisations.health_statements (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES core.members (id),
    kind text NOT NULL CHECK (kind IN ('mensuel', 'ponctuel')),
    reference text NOT NULL UNIQUE,
    period_start date NOT NULL,
    period_end date NOT NULL,
    issued_on date NOT NULL,
    CHECK (period_end >= period_start)
  )`,
  'CREATE INDEX health_statements_member_idx ON indemnisations.health_statements (member_id, issued_on DESC)',
  `CREATE TABLE indemnisations.health_payments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES core.members (id),
    paid_on date NOT NULL,
    amount_cents integer NOT NULL CHECK (amount_cents >= 0),
    method text NOT NULL CHECK (method IN ('virement', 'cheque')),
    iban_masked text,
    statement_id uuid REFERENCES indemnisations.health_statements (id)
  )`,
  'CREATE INDEX health_payments_member_idx ON indemnisations.health_payments (member_id, paid_on DESC)',
  'CREATE INDEX health_payments_statement_idx ON indemnisations.health_payments (statement_id)',
  `CREATE TABLE indemnisations.health_acts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    payment_id uuid NOT NULL REFERENCES indemnisations.health_payments (id),
    beneficiary_id uuid NOT NULL REFERENCES core.beneficiaries (id),
    act_date date NOT NULL,
    label text NOT NULL,
    real_cost_cents integer NOT NULL CHECK (real_cost_cents >= 0),
    base_cents integer NOT NULL CHECK (base_cents >= 0),
    social_security_cents integer NOT NULL CHECK (social_security_cents >= 0),
    organisation_cents integer NOT NULL CHECK (organisation_cents >= 0),
    CHECK (social_security_cents + organisation_cents <= real_cost_cents)
  )`,
  'CREATE INDEX health_acts_payment_idx ON indemnisations.health_acts (payment_id)',
  'CREATE INDEX health_acts_beneficiary_idx ON indemnisations.health_acts (beneficiary_id)',
  `CREATE TABLE indemnisations.contributions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES core.members (id),
    period_start date NOT NULL,
    period_end date NOT NULL,
    due_cents integer NOT NULL CHECK (due_cents >= 0),
    paid_cents integer NOT NULL DEFAULT 0 CHECK (paid_cents >= 0),
    paid_on date,
    payment_mode text NOT NULL CHECK (payment_mode IN ('prelevement', 'cheque', 'virement'))
  )`,
  'CREATE INDEX contributions_member_idx ON indemnisations.contributions (member_id, period_start DESC)',
]);
