// The demo tells one story: what a member's file says (payment modes, bank details) is what their
// payments show, and the CGU read as a numbered text.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type KernelConfig, loadConfig } from '@portail/kernel';
import { freshDatabase, TestClient } from '@portail/kernel/testing';
import { maskIban } from '../../mfe-compte/contract/index.js';
import type { HealthPaymentPage } from '../../mfe-sante/contract/index.js';
import { DEMO_CGU } from '../src/demo-cgu.js';
import { DEMO_PASSWORD, seedDemo } from '../src/demo-seed.js';
import { createPortal, type Portal } from '../src/host.js';

let portal: Portal;
let drop: () => Promise<void>;

before(async () => {
  const database = await freshDatabase();
  drop = database.drop;
  const config: KernelConfig = {
    ...loadConfig({}),
    database: database.target,
    storageDir: mkdtempSync(join(tmpdir(), 'portail-files-')),
  };
  portal = await createPortal(config, { deployDir: mkdtempSync(join(tmpdir(), 'portail-deploy-')) });
  assert.equal(await seedDemo(portal.kernel), true);
});
after(async () => {
  await portal.kernel.close();
  await drop();
});

interface Profile {
  member_id: string;
  iban: string | null;
  health_payment_mode: 'virement' | 'cheque';
  contribution_mode: 'prelevement' | 'cheque' | null;
}

async function memberFile(identifier: string) {
  const db = portal.kernel.db;
  const { id } = await db
    .selectFrom('core.members')
    .select('id')
    .where('identifier', '=', identifier)
    .executeTakeFirstOrThrow();
  const profile = await db
    .withTables<{ 'compte.profiles': Profile }>()
    .selectFrom('compte.profiles')
    .selectAll()
    .where('member_id', '=', id)
    .executeTakeFirstOrThrow();
  const client = new TestClient(portal.app, portal.kernel);
  await client.login(identifier, DEMO_PASSWORD);
  await client.request('/api/cgu/accept', { method: 'POST', json: { version: DEMO_CGU.length } });
  const answer = await client.request('/api/sante/reglements');
  assert.equal(answer.status, 200, await answer.clone().text());
  const list = (await answer.json()) as HealthPaymentPage;
  const payments = await db
    .withTables<{
      'sante.health_payments': { member_id: string; method: string; iban_masked: string | null };
    }>()
    .selectFrom('sante.health_payments')
    .select(['method', 'iban_masked'])
    .where('member_id', '=', id)
    .execute();
  assert.equal(list.total, payments.length, 'what « Mes règlements » lists');
  const contributions = await db
    .withTables<{ 'sante.contributions': { member_id: string; payment_mode: string } }>()
    .selectFrom('sante.contributions')
    .select('payment_mode')
    .distinct()
    .where('member_id', '=', id)
    .execute();
  return { profile, payments, contributionModes: contributions.map((c) => c.payment_mode) };
}

describe('demo data', () => {
  test('Julien Bernard (S200002), « réglées par chèque » in his file, is paid by cheque and pays his contributions by cheque', async () => {
    const julien = await memberFile('S200002');
    assert.equal(julien.profile.health_payment_mode, 'cheque');
    assert.equal(julien.profile.iban, null, 'no bank details on file');
    assert.ok(julien.payments.length > 20, 'two years of reimbursements');
    assert.deepEqual(
      [...new Set(julien.payments.map((p) => `${p.method} ${p.iban_masked}`))],
      ['cheque null'],
    );
    assert.equal(julien.profile.contribution_mode, 'cheque');
    assert.deepEqual(julien.contributionModes, ['cheque']);
  });

  test('Sophie Petit (A300003) is paid by transfer to the account of her file', async () => {
    const sophie = await memberFile('A300003');
    assert.equal(sophie.profile.health_payment_mode, 'virement');
    assert.ok(sophie.profile.iban);
    assert.ok(sophie.payments.length > 5);
    assert.deepEqual(
      [...new Set(sophie.payments.map((p) => `${p.method} ${p.iban_masked}`))],
      [`virement ${maskIban(sophie.profile.iban)}`],
    );
  });

  test('the CGU sections are numbered 1, 2, 3… with no gap, in every version', () => {
    for (const cgu of DEMO_CGU) {
      const numbers = cgu.sections
        .map((section) => /^(\d+)- /.exec(section.heading)?.[1])
        .filter((n): n is string => n !== undefined)
        .map(Number);
      assert.deepEqual(
        numbers,
        numbers.map((_, i) => i + 1),
        `version ${cgu.version}: ${cgu.sections.map((s) => s.heading).join(' | ')}`,
      );
    }
  });
});
