// Core migration 015: request statuses become English identifiers. A database of before it (French
// statuses, the old checks) is put back by hand, the migration runs, and every request and every
// step of its history reads in English, the new checks holding.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestKernel, seedBasics, type TestKernel } from '@portail/kernel/testing';
import { type Kysely, sql } from 'kysely';
import { m015RequestStatuses } from '../kernel/migrations/015_request_statuses.js';

let t: TestKernel;
before(async () => {
  t = await createTestKernel();
});
after(() => t.close());

test('French request statuses and their history become pending / accepted / refused', async () => {
  const ids = await seedBasics(t);
  const db = t.kernel.db as unknown as Kysely<unknown>;
  // The database as it was before 015.
  await sql`ALTER TABLE core.requests DROP CONSTRAINT requests_status_check`.execute(db);
  await sql`ALTER TABLE core.requests DROP CONSTRAINT requests_refusal_reason_check`.execute(db);
  await sql`ALTER TABLE core.requests ALTER COLUMN status SET DEFAULT 'en_cours'`.execute(db);
  await sql`ALTER TABLE core.requests ADD CONSTRAINT requests_status_check
    CHECK (status IN ('en_cours', 'pris_en_compte', 'refuse'))`.execute(db);
  await sql`ALTER TABLE core.requests ADD CONSTRAINT requests_check
    CHECK (status <> 'refuse' OR refusal_reason IS NOT NULL)`.execute(db);
  const statuses = ['en_cours', 'pris_en_compte', 'refuse'] as const;
  for (const status of statuses) {
    const row = await sql<{ id: string }>`
      INSERT INTO core.requests (member_id, section, kind, label, status, refusal_reason)
      VALUES (${ids.alice}, 'contact', 'message', ${status}, ${status},
        ${status === 'refuse' ? 'Motif' : null}) RETURNING id`.execute(db);
    const id = row.rows[0]!.id;
    await sql`INSERT INTO core.request_events (request_id, status, actor_kind) VALUES (${id}, 'en_cours', 'member')`.execute(
      db,
    );
    if (status !== 'en_cours') {
      await sql`INSERT INTO core.request_events (request_id, status, actor_kind) VALUES (${id}, ${status}, 'manager')`.execute(
        db,
      );
    }
  }

  await m015RequestStatuses.up(db);

  const requests = await sql<{ label: string; status: string }>`
    SELECT label, status FROM core.requests WHERE member_id = ${ids.alice} ORDER BY label`.execute(db);
  assert.deepEqual(
    requests.rows.map((r) => [r.label, r.status]),
    [
      ['en_cours', 'pending'],
      ['pris_en_compte', 'accepted'],
      ['refuse', 'refused'],
    ],
  );
  const history = await sql<{ status: string; n: number }>`
    SELECT e.status, count(*)::int AS n FROM core.request_events e
    JOIN core.requests r ON r.id = e.request_id WHERE r.member_id = ${ids.alice}
    GROUP BY e.status ORDER BY e.status`.execute(db);
  assert.deepEqual(
    history.rows.map((r) => [r.status, r.n]),
    [
      ['accepted', 1],
      ['pending', 3],
      ['refused', 1],
    ],
  );
  // The new checks hold: no French status any more, no refusal without its reason.
  await assert.rejects(
    sql`INSERT INTO core.requests (member_id, section, kind, label, status)
      VALUES (${ids.alice}, 'contact', 'message', 'x', 'en_cours')`.execute(db),
  );
  await assert.rejects(
    sql`INSERT INTO core.requests (member_id, section, kind, label, status)
      VALUES (${ids.alice}, 'contact', 'message', 'x', 'refused')`.execute(db),
  );
  const fresh = await sql<{ status: string }>`
    INSERT INTO core.requests (member_id, section, kind, label)
    VALUES (${ids.alice}, 'contact', 'message', 'x') RETURNING status`.execute(db);
  assert.equal(fresh.rows[0]?.status, 'pending');
});
