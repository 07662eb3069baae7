import { kernelKey, sqlMigration } from '@portail/kernel';
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

/** The tables, as santé lived in the `indemnisations` schema until it became its own section. */
const TABLES = ['health_statements', 'health_payments', 'health_acts', 'contributions'];

/**
 * SPEC G: health payments with their acts, statements, contributions, in `schema`. Amounts in
 * integer cents. (`indemnisations` was their schema before the split; a test rebuilds that state.)
 */
export const createHealthTables = (schema: 'sante' | 'indemnisations') =>
  sqlMigration([
    `CREATE TABLE ${schema}.health_statements (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES ${kernelKey.member},
    kind text NOT NULL CHECK (kind IN ('mensuel', 'ponctuel')),
    reference text NOT NULL UNIQUE,
    period_start date NOT NULL,
    period_end date NOT NULL,
    issued_on date NOT NULL,
    CHECK (period_end >= period_start)
  )`,
    `CREATE INDEX health_statements_member_idx ON ${schema}.health_statements (member_id, issued_on DESC)`,
    `CREATE TABLE ${schema}.health_payments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES ${kernelKey.member},
    paid_on date NOT NULL,
    amount_cents integer NOT NULL CHECK (amount_cents >= 0),
    method text NOT NULL CHECK (method IN ('virement', 'cheque')),
    iban_masked text,
    statement_id uuid REFERENCES ${schema}.health_statements (id)
  )`,
    `CREATE INDEX health_payments_member_idx ON ${schema}.health_payments (member_id, paid_on DESC)`,
    `CREATE INDEX health_payments_statement_idx ON ${schema}.health_payments (statement_id)`,
    `CREATE TABLE ${schema}.health_acts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    payment_id uuid NOT NULL REFERENCES ${schema}.health_payments (id),
    beneficiary_id uuid NOT NULL REFERENCES ${kernelKey.beneficiary},
    act_date date NOT NULL,
    label text NOT NULL,
    real_cost_cents integer NOT NULL CHECK (real_cost_cents >= 0),
    base_cents integer NOT NULL CHECK (base_cents >= 0),
    social_security_cents integer NOT NULL CHECK (social_security_cents >= 0),
    organisation_cents integer NOT NULL CHECK (organisation_cents >= 0),
    CHECK (social_security_cents + organisation_cents <= real_cost_cents)
  )`,
    `CREATE INDEX health_acts_payment_idx ON ${schema}.health_acts (payment_id)`,
    `CREATE INDEX health_acts_beneficiary_idx ON ${schema}.health_acts (beneficiary_id)`,
    `CREATE TABLE ${schema}.contributions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES ${kernelKey.member},
    period_start date NOT NULL,
    period_end date NOT NULL,
    due_cents integer NOT NULL CHECK (due_cents >= 0),
    paid_cents integer NOT NULL DEFAULT 0 CHECK (paid_cents >= 0),
    paid_on date,
    payment_mode text NOT NULL CHECK (payment_mode IN ('prelevement', 'cheque', 'virement'))
  )`,
    `CREATE INDEX contributions_member_idx ON ${schema}.contributions (member_id, period_start DESC)`,
  ]);

/**
 * A database from before the split keeps its data: the tables move, with their rows, indexes and
 * constraints, from `indemnisations` to `sante`. A new database gets them created here.
 */
export const m002Tables: Migration = {
  async up(db: Kysely<unknown>) {
    const existing = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM information_schema.tables
      WHERE table_schema = 'indemnisations' AND table_name IN (${sql.join(TABLES)})`.execute(db);
    if (existing.rows[0]?.n === 0) return createHealthTables('sante').up(db);
    for (const table of TABLES) {
      await sql`ALTER TABLE ${sql.table(`indemnisations.${table}`)} SET SCHEMA sante`.execute(db);
    }
  },
};
