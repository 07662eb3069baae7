import { kernelKey } from '@portail/kernel';
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { careOfActLabel } from '../../contract/estimate.js';

/**
 * SPEC P5: the guarantee tables (JSON per contract and version, like C2's claim forms), and the care
 * of each reimbursed act (G1), what the yearly forfaits count — set on the acts already recorded from
 * their labels (`careOfActLabel`).
 */
export const m003Guarantees: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`CREATE TABLE sante.guarantee_tables (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      contract_id uuid NOT NULL REFERENCES ${sql.raw(kernelKey.contract)},
      version integer NOT NULL CHECK (version > 0),
      definition jsonb NOT NULL,
      published_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (contract_id, version)
    )`.execute(db);
    await sql`ALTER TABLE sante.health_acts ADD COLUMN care text`.execute(db);
    // This year's organisme part per beneficiary and care (P5): the beneficiary's acts by date.
    await sql`CREATE INDEX health_acts_beneficiary_date_idx ON sante.health_acts (beneficiary_id, act_date)`.execute(
      db,
    );
    await sql`DROP INDEX sante.health_acts_beneficiary_idx`.execute(db);
    const labels = await sql<{ label: string }>`SELECT DISTINCT label FROM sante.health_acts`.execute(db);
    for (const { label } of labels.rows) {
      const care = careOfActLabel(label);
      if (care) await sql`UPDATE sante.health_acts SET care = ${care} WHERE label = ${label}`.execute(db);
    }
  },
};
