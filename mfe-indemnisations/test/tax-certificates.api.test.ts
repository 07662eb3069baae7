// SPEC P4 « Attestation fiscale »: the years, the PDF of a year, its lines and total to the cent.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { formatEuros, frenchDate, jsonb, todayIso } from '@portail/kernel';
import type { Problem, WidgetToken } from '@portail/kernel/contract';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { paymentsOf } from '../api/demo-seed.js';
import { indemnisationsSlice } from '../api/index.js';
import { indemnisationsDb } from '../api/tables.js';
import {
  DEDUCTIBLE_CSG_BASIS_POINTS,
  type TaxCertificateList,
  taxableAmounts,
  taxableNetCents,
} from '../contract/index.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;

const thisYear = Number(todayIso().slice(0, 4));
const lastYear = thisYear - 1;
const earlier = thisYear - 3;
const INTRANET = 'http://localhost:4100';

async function login(identifier: string) {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  return client;
}

async function json<T>(response: Response, status = 200): Promise<T> {
  assert.equal(response.status, status, await response.clone().text());
  return (await response.json()) as T;
}

/** The PDF's text laid out as on the page: one table row per line. */
const layoutText = (bytes: ArrayBuffer) =>
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: Buffer.from(bytes) }).toString(
    'utf8',
  );

/** "1 234,56 €" (any spaces) → 123456. The PDF writes a negative amount's minus as an en dash. */
const cents = (text: string) => {
  const negative = /^[−–-]/.test(text.trim());
  const digits = text.replace(/[^\d]/g, '');
  return (negative ? -1 : 1) * Number(digits);
};

interface Seeded {
  paidOn: string;
  periodStart: string;
  periodEnd: string;
  grossCents: number;
  deductions: { label: string; amountCents: number }[];
  days: number;
}

/** Alice's payments: eight last year (one without CSG, one with an extra deduction), two three years ago, two this year. */
const payments: Seeded[] = [
  ...Array.from({ length: 8 }, (_, i) => {
    const month = String(i + 2).padStart(2, '0');
    const gross = 128_250 + i * 1_337;
    const deductions =
      i === 3
        ? []
        : [
            { label: 'CSG (6,7 %)', amountCents: Math.round(gross * 0.067) },
            { label: 'CRDS (0,5 %)', amountCents: Math.round(gross * 0.005) },
            ...(i === 5 ? [{ label: 'Prélèvement à la source', amountCents: 4_210 }] : []),
          ];
    return {
      paidOn: `${lastYear}-${month}-12`,
      periodStart: `${lastYear}-${String(i + 1).padStart(2, '0')}-01`,
      periodEnd: `${lastYear}-${String(i + 1).padStart(2, '0')}-28`,
      grossCents: gross,
      deductions,
      days: 28,
    };
  }),
  // Paid on the 31st of December and the 1st of January: each in its own year.
  {
    paidOn: `${lastYear}-12-31`,
    periodStart: `${lastYear}-12-01`,
    periodEnd: `${lastYear}-12-30`,
    grossCents: 99_999,
    deductions: [{ label: 'CSG (6,7 %)', amountCents: 6_700 }],
    days: 30,
  },
  {
    paidOn: `${thisYear}-01-01`,
    periodStart: `${lastYear}-12-31`,
    periodEnd: `${lastYear}-12-31`,
    grossCents: 4_275,
    deductions: [{ label: 'CSG (6,7 %)', amountCents: 286 }],
    days: 1,
  },
  ...[earlier, earlier].map((year, i) => ({
    paidOn: `${year}-0${i + 5}-15`,
    periodStart: `${year}-0${i + 4}-01`,
    periodEnd: `${year}-0${i + 4}-30`,
    grossCents: 90_000 + i,
    deductions: [{ label: 'CSG (6,7 %)', amountCents: 6_030 }],
    days: 30,
  })),
];

before(async () => {
  t = await createTestKernel({ sections: [indemnisationsSlice] });
  ids = await seedBasics(t);
  const membership = await t.kernel.db
    .selectFrom('core.memberships')
    .select('id')
    .where('member_id', '=', ids.alice)
    .executeTakeFirstOrThrow();
  await t.kernel.db
    .updateTable('core.employers')
    .set({ widget_origins: [INTRANET] })
    .where('id', '=', ids.openEmployer)
    .execute();
  await indemnisationsDb(t.kernel)
    .insertInto('indemnisations.indemnity_payments')
    .values(
      payments.map((p) => ({
        member_id: ids.alice,
        membership_id: membership.id,
        nature: 'Maladie ordinaire',
        event_date: p.periodStart,
        period_start: p.periodStart,
        period_end: p.periodEnd,
        paid_on: p.paidOn,
        method: 'virement' as const,
        gross_cents: p.grossCents,
        deductions: jsonb(p.deductions),
        net_cents: p.grossCents - p.deductions.reduce((s, d) => s + d.amountCents, 0),
        full_pay_days: p.days,
        half_pay_days: 0,
        daily_amount_cents: Math.round(p.grossCents / p.days),
      })),
    )
    .execute();
});
after(() => t.close());

const ofYear = (year: number) => payments.filter((p) => p.paidOn.startsWith(String(year)));
const expectedTotal = (year: number) => ofYear(year).reduce((s, p) => s + taxableNetCents(p), 0);

describe('P4 Attestation fiscale', () => {
  test('P4 the rule: gross less the deductible CSG (3.8 % of gross, at most the CSG deducted)', () => {
    assert.equal(DEDUCTIBLE_CSG_BASIS_POINTS, 380);
    // The demo's payment of 645,30 €: CSG 43,24 €, CRDS 3,23 €, net paid 598,83 €.
    const demo = taxableAmounts({
      grossCents: 64_530,
      deductions: [
        { label: 'CSG (6,7 %)', amountCents: 4_324 },
        { label: 'CRDS (0,5 %)', amountCents: 323 },
      ],
    });
    assert.deepEqual(demo, {
      grossCents: 64_530,
      socialChargesCents: 4_647,
      deductibleCsgCents: 2_452,
      taxableNetCents: 62_078,
    });
    assert.equal(
      demo.taxableNetCents,
      59_883 + (4_324 - 2_452) + 323,
      'net paid + non-deductible CSG + CRDS',
    );
    // No CSG deducted, none deductible; CSG below 3.8 %: all of it; a withholding stays taxable.
    assert.equal(taxableNetCents({ grossCents: 10_000, deductions: [] }), 10_000);
    assert.equal(
      taxableNetCents({ grossCents: 10_000, deductions: [{ label: 'CSG', amountCents: 200 }] }),
      9_800,
    );
    assert.equal(
      taxableNetCents({
        grossCents: 10_000,
        deductions: [
          { label: 'CSG (6,7 %)', amountCents: 670 },
          { label: 'Prélèvement à la source', amountCents: 500 },
        ],
      }),
      9_620,
    );
  });

  test('P4 the list: past years with payments, newest first, counts and totals to the cent', async () => {
    const alice = await login('A100001');
    const list = await json<TaxCertificateList>(
      await alice.request('/api/indemnisations/attestations-fiscales'),
    );
    assert.deepEqual(list.items, [
      {
        year: lastYear,
        paymentCount: 9,
        taxableNetCents: expectedTotal(lastYear),
        downloadUrl: `/api/indemnisations/attestations-fiscales/${lastYear}`,
        fileName: `attestation-fiscale-${lastYear}.pdf`,
      },
      {
        year: earlier,
        paymentCount: 2,
        taxableNetCents: expectedTotal(earlier),
        downloadUrl: `/api/indemnisations/attestations-fiscales/${earlier}`,
        fileName: `attestation-fiscale-${earlier}.pdf`,
      },
    ]);
  });

  test('P4 the PDF: every payment of the year with its net taxable amount, and their total', async () => {
    const alice = await login('A100001');
    const response = await alice.request(`/api/indemnisations/attestations-fiscales/${lastYear}`);
    assert.equal(response.status, 200, await response.clone().text());
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(
      response.headers.get('content-disposition'),
      `attachment; filename="attestation-fiscale-${lastYear}.pdf"; filename*=UTF-8''attestation-fiscale-${lastYear}.pdf`,
    );
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    const text = layoutText(await response.arrayBuffer());
    const flat = text.replace(/\s+/g, ' ');
    assert.match(flat, new RegExp(`^ ?Attestation fiscale ${lastYear} `));
    assert.match(flat, /Mutuelle Territoriale du Centre — 12 rue Moyenne, 18000 Bourges/);
    assert.match(flat, /Mme Test A100001/);
    assert.match(flat, /Numéro d'adhérent : A100001/);
    assert.match(
      flat,
      /Contrat : Prévoyance complémentaire, souscrit par Mairie de Bourges — numéro d'adhésion N-A100001/,
    );
    assert.match(
      flat,
      new RegExp(
        `Montant à reporter sur votre déclaration de revenus ${lastYear + 1} \\(revenus de ${lastYear}\\), rubrique « Traitements, salaires », case 1AJ`,
      ),
    );
    assert.match(
      flat,
      /contrat de prévoyance collective obligatoire .* sont imposables dans la catégorie des traitements et salaires/,
    );
    assert.match(flat, new RegExp(`Document établi le ${frenchDate(todayIso()).replace(/\//g, '\\/')}\\.`));

    // Each row: date, period, days, gross, CSG and CRDS, deductible CSG, net taxable.
    const rows = [
      ...text.matchAll(
        /^\s*(\d{2}\/\d{2}\/\d{4})\s+du (\d{2}\/\d{2}\/\d{4}) au (\d{2}\/\d{2}\/\d{4})\s+(\d+)\s+([\d\s\u00a0]+,\d{2}\s€)\s+([\d\s\u00a0]+,\d{2}\s€)\s+([\d\s\u00a0]+,\d{2}\s€)\s+([\d\s\u00a0]+,\d{2}\s€)\s*$/gmu,
      ),
    ];
    const expected = ofYear(lastYear);
    assert.equal(rows.length, expected.length, text);
    rows.forEach((row, i) => {
      const payment = expected[i]!;
      const amounts = taxableAmounts(payment);
      assert.deepEqual(
        {
          paidOn: row[1],
          start: row[2],
          end: row[3],
          days: Number(row[4]),
          gross: cents(row[5]!),
          charges: cents(row[6]!),
          deductible: cents(row[7]!),
          taxable: cents(row[8]!),
        },
        {
          paidOn: frenchDate(payment.paidOn),
          start: frenchDate(payment.periodStart),
          end: frenchDate(payment.periodEnd),
          days: payment.days,
          gross: payment.grossCents,
          charges: payment.deductions
            .filter((d) => /^(CSG|CRDS)/.test(d.label))
            .reduce((s, d) => s + d.amountCents, 0),
          deductible: amounts.deductibleCsgCents,
          taxable: amounts.taxableNetCents,
        },
      );
    });
    const total = /^\s*Total (\d{4})\s+(\d+) règlements\s+(\d+)\s+.*?([\d\s\u00a0]+,\d{2}\s€)\s*$/mu.exec(
      text,
    );
    assert.ok(total, text);
    assert.equal(Number(total[1]), lastYear);
    assert.equal(Number(total[2]), expected.length);
    assert.equal(cents(total[4]!), expectedTotal(lastYear));
    assert.equal(
      cents(total[4]!),
      rows.reduce((s, row) => s + cents(row[8]!), 0),
      'the total is the sum of the lines',
    );
    // The amount to declare, in words: « Montant net imposable <year> : 12 345,67 € ».
    const declared = new RegExp(
      `Montant net imposable ${lastYear} : ([\\d\\s\\u00a0]+,\\d{2}\\s€)`,
      'u',
    ).exec(flat);
    assert.ok(declared);
    assert.equal(cents(declared[1]!), expectedTotal(lastYear));
    assert.equal(declared[1]!.replace(/\s/g, ' '), formatEuros(expectedTotal(lastYear)).replace(/\s/g, ' '));
    // The payment of the 1st of January belongs to this year's, not to last year's.
    assert.doesNotMatch(flat, new RegExp(`01/01/${thisYear}`));

    const audited = await t.kernel.db
      .selectFrom('core.audit_log')
      .select(['target_id'])
      .where('actor_id', '=', ids.alice)
      .where('action', '=', 'indemnisations.attestation-fiscale')
      .execute();
    assert.deepEqual(
      audited.map((a) => a.target_id),
      [String(lastYear)],
    );
  });

  test('P4 the current year, a year to come, a year without payment: 404 in French', async () => {
    const alice = await login('A100001');
    const refused = async (path: string, detail: RegExp) => {
      const response = await alice.request(`/api/indemnisations/attestations-fiscales/${path}`);
      assert.equal(response.status, 404);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.match(((await response.json()) as Problem).detail, detail);
    };
    await refused(
      String(thisYear),
      new RegExp(
        `^L'attestation fiscale ${thisYear} sera disponible à partir du 1er janvier ${thisYear + 1}`,
      ),
    );
    await refused(String(thisYear + 1), /sera disponible à partir du 1er janvier/);
    await refused(
      String(lastYear - 1),
      new RegExp(`^Aucune indemnité ne vous a été versée en ${lastYear - 1}`),
    );
    await refused('2013', /^Cette attestation fiscale n'existe pas\.$/);
    await refused('deux-mille', /^Cette attestation fiscale n'existe pas\.$/);
  });

  test('P4 another member gets nothing: an empty list, 404 for a year of Alice', async () => {
    const bruno = await login('A100002');
    assert.deepEqual(
      (await json<TaxCertificateList>(await bruno.request('/api/indemnisations/attestations-fiscales')))
        .items,
      [],
    );
    const response = await bruno.request(`/api/indemnisations/attestations-fiscales/${lastYear}`);
    assert.equal(response.status, 404);
    assert.match(((await response.json()) as Problem).detail, /^Aucune indemnité ne vous a été versée/);
    // A health member has no prévoyance page: refused before anything is read.
    const sam = await login('S200001');
    assert.equal((await sam.request('/api/indemnisations/attestations-fiscales')).status, 403);
    assert.equal((await sam.request(`/api/indemnisations/attestations-fiscales/${lastYear}`)).status, 403);
  });

  test('P4 from the employer’s intranet (W2): the widget’s token reads the list and the PDF, with CORS', async () => {
    const alice = await login('A100001');
    const consent = await alice.request('/api/widgets/autorisations', {
      method: 'POST',
      json: { origin: INTRANET },
    });
    assert.equal(consent.status, 201, await consent.clone().text());
    const issued = await alice.request('/api/widgets/jeton', { method: 'POST', json: { origin: INTRANET } });
    const { token } = await json<WidgetToken>(issued, 201);
    const call = (path: string) =>
      t.app.request(path, { headers: { origin: INTRANET, authorization: `Bearer ${token}` } });
    const list = await call('/api/indemnisations/attestations-fiscales');
    assert.equal(list.headers.get('access-control-allow-origin'), INTRANET);
    assert.deepEqual(
      (await json<TaxCertificateList>(list)).items.map((i) => i.year),
      [lastYear, earlier],
    );
    const pdf = await call(`/api/indemnisations/attestations-fiscales/${lastYear}`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(pdf.headers.get('access-control-allow-origin'), INTRANET);
  });

  test('P4 the demo file has payments in the last calendar year, whatever the year', () => {
    for (const today of ['2026-12-07', '2027-01-01', '2028-06-15', '2031-02-28']) {
      const lastOne = String(Number(today.slice(0, 4)) - 1);
      const rows = paymentsOf('member', 'membership', today);
      assert.ok(
        rows.some((r) => r.paid_on.startsWith(lastOne)),
        `payments in ${lastOne} when today is ${today}`,
      );
      assert.ok(
        rows.every((r) => r.paid_on <= today),
        'none in the future',
      );
    }
    // Today's demo is the dated one: nothing added.
    assert.equal(paymentsOf('member', 'membership', '2026-12-07').length, 40);
  });
});
