import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { migrateAll, sqlMigration } from '@portail/kernel';
import { createTestKernel, seedBasics, type TestKernel, testSlice } from '@portail/kernel/testing';
import { Hono } from 'hono';
import { type Kysely, sql } from 'kysely';
import { createHealthTables } from '../api/migrations/002_tables.js';
import { santeMigrations } from '../api/migrations/index.js';

// A database from before santé was its own section: its tables in the `indemnisations` schema,
// with rows. The section's migrations must move them, rows included, and lose nothing.
const beforeTheSplit = testSlice('indemnisations', {
  migrations: {
    schema: 'indemnisations',
    migrations: {
      '001_schema': sqlMigration(['CREATE SCHEMA IF NOT EXISTS indemnisations']),
      '002_sante': createHealthTables('indemnisations'),
    },
  },
  createApi: () => new Hono(),
});

let t: TestKernel;
before(async () => {
  t = await createTestKernel({ sections: [beforeTheSplit] });
});
after(() => t.close());

test('santé’s tables leave the indemnisations schema for their own, with their rows', async () => {
  const ids = await seedBasics(t);
  const db = t.kernel.db as unknown as Kysely<unknown>;
  const beneficiary = await sql<{ id: string }>`
    INSERT INTO core.beneficiaries (member_id, first_name, last_name, birth_date, relationship)
    VALUES (${ids.sam}, 'Sam', 'Test', '1980-01-01', 'adherent') RETURNING id`.execute(db);
  const statement = await sql<{ id: string }>`
    INSERT INTO indemnisations.health_statements (member_id, kind, reference, period_start, period_end, issued_on)
    VALUES (${ids.sam}, 'mensuel', 'DEC-1', '2026-05-01', '2026-05-31', '2026-06-02') RETURNING id`.execute(
    db,
  );
  const payment = await sql<{ id: string }>`
    INSERT INTO indemnisations.health_payments (member_id, paid_on, amount_cents, method, statement_id)
    VALUES (${ids.sam}, '2026-05-20', 1000, 'virement', ${statement.rows[0]!.id}) RETURNING id`.execute(db);
  await sql`
    INSERT INTO indemnisations.health_acts (payment_id, beneficiary_id, act_date, label, real_cost_cents,
      base_cents, social_security_cents, organisation_cents)
    VALUES (${payment.rows[0]!.id}, ${beneficiary.rows[0]!.id}, '2026-05-12', 'Consultation', 3000, 3000, 2000, 1000)`.execute(
    db,
  );
  await sql`
    INSERT INTO indemnisations.contributions (member_id, period_start, period_end, due_cents, payment_mode)
    VALUES (${ids.sam}, '2026-05-01', '2026-05-31', 4520, 'prelevement')`.execute(db);

  await migrateAll(db, [santeMigrations]);

  const left = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM information_schema.tables
    WHERE table_schema = 'indemnisations' AND table_name LIKE 'health_%'`.execute(db);
  assert.equal(left.rows[0]?.n, 0, 'no santé table left behind');
  const moved = await sql<{ payments: number; acts: number; statements: number; contributions: number }>`
    SELECT (SELECT count(*)::int FROM sante.health_payments) AS payments,
           (SELECT count(*)::int FROM sante.health_acts) AS acts,
           (SELECT count(*)::int FROM sante.health_statements) AS statements,
           (SELECT count(*)::int FROM sante.contributions) AS contributions`.execute(db);
  assert.deepEqual(moved.rows[0], { payments: 1, acts: 1, statements: 1, contributions: 1 });
  // The constraints came along: an act of a payment that does not exist is still refused.
  await assert.rejects(
    sql`INSERT INTO sante.health_acts (payment_id, beneficiary_id, act_date, label, real_cost_cents,
      base_cents, social_security_cents, organisation_cents)
      VALUES (gen_random_uuid(), ${beneficiary.rows[0]!.id}, '2026-05-12', 'x', 1, 1, 0, 0)`.execute(db),
  );
  // Run again (another process starting): nothing to do, nothing lost.
  await migrateAll(db, [santeMigrations]);
  const again = await sql<{ n: number }>`SELECT count(*)::int AS n FROM sante.health_payments`.execute(db);
  assert.equal(again.rows[0]?.n, 1);
});

test('a new database gets the tables created in the sante schema', async () => {
  const fresh = await createTestKernel({ sections: [] });
  try {
    const db = fresh.kernel.db as unknown as Kysely<unknown>;
    await migrateAll(db, [santeMigrations]);
    const tables = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'sante' ORDER BY table_name`.execute(
      db,
    );
    assert.deepEqual(
      tables.rows
        .map((r) => r.table_name)
        .filter((name) => name !== 'kysely_migration' && name !== 'kysely_migration_lock'),
      // P5's guarantee tables (003) beside the tables moved or created by 002.
      ['contributions', 'guarantee_tables', 'health_acts', 'health_payments', 'health_statements'],
    );
  } finally {
    await fresh.close();
  }
});
