import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import type { Menu } from '@portail/kernel/contract';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { santeSlice } from '../api/index.js';
import { santeDb } from '../api/tables.js';
import type {
  ContributionHistory,
  HealthPaymentDetail,
  HealthPaymentPage,
  HealthStatementList,
} from '../contract/index.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;
const beneficiary: Record<string, string> = {};
let paymentId = '';

async function login(identifier: string) {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  return client;
}

async function json<T>(client: TestClient, path: string): Promise<T> {
  const response = await client.request(path);
  assert.equal(response.status, 200, `${path}: ${response.status}`);
  return (await response.json()) as T;
}

before(async () => {
  t = await createTestKernel({ sections: [santeSlice] });
  ids = await seedBasics(t);
  // Sam holds an individual santé contract (no employer): the one G3 shows contributions for.
  await t.kernel.db
    .updateTable('core.memberships')
    .set({ employer_id: null })
    .where('member_id', '=', ids.sam)
    .execute();
  for (const [key, first, relationship, birth] of [
    ['sam', 'Sam', 'adherent', '1980-01-01'],
    ['lea', 'Léa', 'enfant', '2012-05-14'],
  ] as const) {
    const row = await t.kernel.db
      .insertInto('core.beneficiaries')
      .values({ member_id: ids.sam, first_name: first, last_name: 'Test', birth_date: birth, relationship })
      .returning('id')
      .executeTakeFirstOrThrow();
    beneficiary[key] = row.id;
  }
  const db = santeDb(t.kernel);
  const statement = await db
    .insertInto('sante.health_statements')
    .values({
      member_id: ids.sam,
      kind: 'mensuel',
      reference: 'DM-202606-T',
      period_start: '2026-06-01',
      period_end: '2026-06-30',
      issued_on: '2026-06-30',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pay = async (
    paidOn: string,
    amount: number,
    acts: { who: string; label: string; real: number; base: number; ss: number; org: number; on?: string }[],
  ) => {
    const payment = await db
      .insertInto('sante.health_payments')
      .values({
        member_id: ids.sam,
        paid_on: paidOn,
        amount_cents: amount,
        method: 'virement',
        iban_masked: 'FR76 **** **** **** **** ***4 521',
        statement_id: statement.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('sante.health_acts')
      .values(
        acts.map((a) => ({
          payment_id: payment.id,
          beneficiary_id: beneficiary[a.who] as string,
          act_date: a.on ?? paidOn,
          label: a.label,
          real_cost_cents: a.real,
          base_cents: a.base,
          social_security_cents: a.ss,
          organisation_cents: a.org,
        })),
      )
      .execute();
    return payment.id;
  };
  paymentId = await pay('2026-06-14', 123456, [
    {
      who: 'lea',
      label: 'Optique — verres et monture',
      real: 150000,
      base: 9,
      ss: 5,
      org: 120000,
      on: '2026-06-08',
    },
    {
      who: 'lea',
      label: 'Consultation spécialiste',
      real: 6000,
      base: 3000,
      ss: 1900,
      org: 3456,
      on: '2026-06-03',
    },
  ]);
  await pay('2026-06-02', 900, [
    { who: 'sam', label: 'Consultation médecin généraliste', real: 3000, base: 3000, ss: 1900, org: 900 },
  ]);
  for (const [month, paid] of [
    ['10', 8920],
    ['11', 0],
  ] as const) {
    await db
      .insertInto('sante.contributions')
      .values({
        member_id: ids.sam,
        period_start: `2026-${month}-01`,
        period_end: `2026-${month}-30`,
        due_cents: 8920,
        paid_cents: paid,
        paid_on: paid ? `2026-${month}-05` : null,
        payment_mode: 'prelevement',
      })
      .execute();
  }
});
after(() => t.close());

describe('G1 Mes règlements', () => {
  test('newest first, filterable by period and beneficiary', async () => {
    const sam = await login('S200001');
    const all = await json<HealthPaymentPage>(sam, '/api/sante/reglements');
    assert.deepEqual(
      all.items.map((p) => [p.paidOn, p.amountCents, p.beneficiaries]),
      [
        ['2026-06-14', 123456, ['Léa Test']],
        ['2026-06-02', 900, ['Sam Test']],
      ],
    );
    assert.equal(all.total, 2);
    const forLea = await json<HealthPaymentPage>(sam, `/api/sante/reglements?beneficiary=${beneficiary.lea}`);
    assert.deepEqual(
      forLea.items.map((p) => p.paidOn),
      ['2026-06-14'],
    );
    const early = await json<HealthPaymentPage>(sam, '/api/sante/reglements?from=2026-06-01&to=2026-06-10');
    assert.deepEqual(
      early.items.map((p) => p.paidOn),
      ['2026-06-02'],
    );
    const bad = await sam.request('/api/sante/reglements?from=2026-07-01&to=2026-06-01');
    assert.equal(bad.status, 400);
  });

  test('each payment says when the care was given and what care it pays', async () => {
    const sam = await login('S200001');
    const all = await json<HealthPaymentPage>(sam, '/api/sante/reglements');
    assert.deepEqual(
      all.items.map((p) => [p.paidOn, p.careFrom, p.careTo, p.care]),
      [
        [
          '2026-06-14',
          '2026-06-03',
          '2026-06-08',
          ['Consultation spécialiste', 'Optique — verres et monture'],
        ],
        ['2026-06-02', '2026-06-02', '2026-06-02', ['Consultation médecin généraliste']],
      ],
    );
    const detail = await json<HealthPaymentDetail>(sam, `/api/sante/reglements/${paymentId}`);
    assert.deepEqual(
      detail.acts.map((a) => [a.actDate, a.label]),
      [
        ['2026-06-03', 'Consultation spécialiste'],
        ['2026-06-08', 'Optique — verres et monture'],
      ],
    );
  });

  test('the detail lists the acts with what each party paid, and the masked IBAN', async () => {
    const sam = await login('S200001');
    const detail = await json<HealthPaymentDetail>(sam, `/api/sante/reglements/${paymentId}`);
    assert.equal(detail.ibanMasked, 'FR76 **** **** **** **** ***4 521');
    assert.equal(detail.acts.length, 2);
    assert.deepEqual(detail.totals, {
      realCostCents: 156000,
      baseCents: 3009,
      socialSecurityCents: 1905,
      organisationCents: 123456,
      remainingCents: 156000 - 1905 - 123456,
    });
  });

  test('another member gets nothing; a prévoyance-only member gets 403', async () => {
    const otherSante = await t.directory.createMember({
      identifier: 'S200009',
      email: 'autre@example.fr',
      civility: 'M.',
      firstName: 'Autre',
      lastName: 'Santé',
      birthDate: '1975-01-01',
      password: TEST_PASSWORD,
    });
    await t.directory.addMembership({
      memberId: otherSante,
      employerId: null,
      contractId: ids.sante,
      membershipNumber: 'S-9',
      startDate: '2024-01-01',
    });
    await t.directory.acceptCgu(otherSante, 1);
    const other = await login('S200009');
    assert.equal((await json<HealthPaymentPage>(other, '/api/sante/reglements')).total, 0);
    assert.equal((await other.request(`/api/sante/reglements/${paymentId}`)).status, 404);
    const list = await json<HealthStatementList>(await login('S200001'), '/api/sante/decomptes');
    assert.equal((await other.request(list.items[0]?.pdfUrl ?? '')).status, 404);
    const prevoyance = await login('A100001');
    for (const path of ['reglements', 'decomptes', 'cotisations']) {
      const response = await prevoyance.request(`/api/sante/${path}`);
      assert.equal(response.status, 403, path);
    }
  });

  test('the menu: « Mes services santé » for a santé member only', async () => {
    const groups = async (identifier: string) =>
      ((await json<Menu>(await login(identifier), '/api/menu')).groups ?? []).map((g) => ({
        id: g.id,
        label: g.label,
        entries: g.entries.map((e) => e.id),
      }));
    assert.deepEqual(await groups('S200001'), [
      {
        id: 'sante',
        label: 'Mes services santé',
        entries: ['sante.reglements', 'sante.decomptes', 'sante.cotisations', 'sante.estimation'],
      },
    ]);
    assert.deepEqual(await groups('A100001'), []);
  });
});

describe('G2 Décomptes', () => {
  test('a statement PDF made from the payments it covers, with the right total', async () => {
    const sam = await login('S200001');
    const list = await json<HealthStatementList>(sam, '/api/sante/decomptes');
    assert.equal(list.items.length, 1);
    assert.equal(list.items[0]?.totalCents, 124356);
    const response = await sam.request(list.items[0]?.pdfUrl ?? '');
    assert.match(response.headers.get('content-disposition') ?? '', /^attachment/);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], {
      input: Buffer.from(await response.arrayBuffer()),
      encoding: 'utf8',
    });
    assert.match(text, /Total réglé : 1\s243,56\s€/);
    assert.match(text, /Optique — verres et monture/);
    const inline = await sam.request(`${list.items[0]?.pdfUrl}?inline=1`);
    assert.match(inline.headers.get('content-disposition') ?? '', /^inline/);
  });
});

describe('G3 Cotisations', () => {
  test('contributions of the individual contract with the balance', async () => {
    const history = await json<ContributionHistory>(await login('S200001'), '/api/sante/cotisations');
    assert.equal(history.collective, false);
    assert.deepEqual(
      history.items.map((c) => c.periodLabel),
      ['Cotisation novembre 2026', 'Cotisation octobre 2026'],
    );
    assert.equal(history.balanceCents, 8920);
  });

  test('a collective contract has no contributions here', async () => {
    const collective = await t.directory.createMember({
      identifier: 'S200010',
      email: 'coll@example.fr',
      civility: 'Mme',
      firstName: 'Coll',
      lastName: 'Ective',
      birthDate: '1981-01-01',
      password: TEST_PASSWORD,
    });
    await t.directory.addMembership({
      memberId: collective,
      employerId: ids.openEmployer,
      contractId: ids.sante,
      membershipNumber: 'S-10',
      startDate: '2024-01-01',
    });
    await t.directory.acceptCgu(collective, 1);
    const history = await json<ContributionHistory>(await login('S200010'), '/api/sante/cotisations');
    assert.deepEqual([history.collective, history.items.length, history.balanceCents], [true, 0, 0]);
  });
});
