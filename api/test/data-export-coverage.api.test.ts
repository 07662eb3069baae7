// SPEC P3: « a new section cannot be forgotten ». Every table of the kernel's schema and of every
// section's is in a member's archive (exported by the kernel or its section's `dataExport`) or
// excluded with a reason; a table that is neither, or a declaration naming no table, fails here.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestKernel, type TestKernel } from '@portail/kernel/testing';
import { sql } from 'kysely';
import { SECTIONS } from '../src/sections.js';

let t: TestKernel;

before(async () => {
  t = await createTestKernel({ sections: SECTIONS });
});
after(() => t.close());

/** Each schema's bookkeeping of its migrations (Kysely's), no member data. */
const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/** The tables of core and of every section's schema (migration bookkeeping aside). */
async function schemaTables(): Promise<string[]> {
  const schemas = ['core', ...SECTIONS.map((s) => s.name)];
  const { rows } = await sql<{ table_schema: string; table_name: string }>`
    SELECT table_schema, table_name FROM information_schema.tables
    WHERE table_schema = ANY(${schemas}) AND table_type = 'BASE TABLE'
    ORDER BY table_schema, table_name`.execute(t.kernel.db);
  return rows
    .filter((r) => !MIGRATION_TABLES.has(r.table_name))
    .map((r) => `${r.table_schema}.${r.table_name}`);
}

/** Tables neither exported nor excluded by any part. */
async function forgottenTables(): Promise<string[]> {
  const coverage = t.kernel.dataExports.coverage();
  return (await schemaTables()).filter((name) => !coverage.has(name));
}

test('P3: every table of core and of every section is exported or excluded with a reason', async () => {
  const tables = await schemaTables();
  assert.ok(tables.includes('sante.health_payments') && tables.includes('core.members'));
  assert.deepEqual(
    await forgottenTables(),
    [],
    'tables neither exported nor excluded: add them to the section’s `dataExport` (slice) or the kernel’s (core-data-export.ts)',
  );
  const coverage = t.kernel.dataExports.coverage();
  const unknown = [...coverage.keys()].filter((name) => !tables.includes(name));
  assert.deepEqual(unknown, [], 'declared tables that do not exist');
  for (const [name, { excluded }] of coverage) {
    if (excluded !== null) assert.ok(excluded.trim().length >= 10, `${name}: say why it is excluded`);
  }
  // Each section's schema is declared by that section, core's by the kernel.
  for (const [name, { part }] of coverage) assert.equal(part, name.split('.')[0], name);
  // SPEC: login history is in the archive (the sessions' non-secret columns), not left out.
  assert.equal(coverage.get('core.sessions')?.excluded, null);
});

test('P3: a table added to a section without a declaration is caught', async () => {
  await sql`CREATE TABLE contact.new_table (member_id uuid)`.execute(t.kernel.db);
  try {
    assert.deepEqual(await forgottenTables(), ['contact.new_table']);
  } finally {
    await sql`DROP TABLE contact.new_table`.execute(t.kernel.db);
  }
});
