// SPEC P5: properties of THE estimate (`contract/estimate.ts`, run by the page, the API and the back
// office) over random guarantee tables, quotes and use of the year: the three parts add up to the
// price, none is negative, no yearly forfait or ceiling is exceeded; and examples from the demo's
// « Formule Confort » worked out by hand.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { CONFORT_TABLE } from '../api/demo-guarantees.js';
import {
  CARE_KINDS,
  type CareUsage,
  careOfActLabel,
  estimate,
  estimateSummary,
  type Guarantee,
  type GuaranteeTableDefinition,
  poolUsage,
  type QuoteLine,
} from '../contract/index.js';
import { guaranteeTableSchema } from '../contract/schemas.js';

const POOLS = ['p1', 'p2', 'p3'];

const guaranteeArb = (care: (typeof CARE_KINDS)[number]) =>
  fc.record({
    care: fc.constant(care),
    label: fc.constant(`Soin ${care}`),
    group: fc.constant('Groupe'),
    socialSecurity: fc.record({
      baseCents: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: null }),
      ratePercent: fc.integer({ min: 0, max: 100 }),
      deductionCents: fc.integer({ min: 0, max: 500 }),
    }),
    organisation: fc.oneof(
      fc.record({
        kind: fc.constant('percent-of-base' as const),
        percent: fc.integer({ min: 0, max: 1000 }),
      }),
      fc.record({ kind: fc.constant('real-cost' as const) }),
      fc.record({ kind: fc.constant('per-day' as const), cents: fc.integer({ min: 0, max: 50_000 }) }),
    ),
    pools: fc.subarray(POOLS),
  }) as fc.Arbitrary<Guarantee>;

const tableArb: fc.Arbitrary<GuaranteeTableDefinition> = fc
  .tuple(
    fc.tuple(...CARE_KINDS.map(guaranteeArb)),
    fc.tuple(...POOLS.map(() => fc.integer({ min: 0, max: 200_000 }))),
  )
  .map(([guarantees, limits]) => ({
    title: 'Aléatoire',
    guarantees,
    pools: POOLS.map((id, i) => ({ id, label: `forfait ${id}`, yearlyCents: limits[i] ?? 0 })),
    notes: [],
  }));

const lineArb: fc.Arbitrary<QuoteLine> = fc.record(
  {
    care: fc.constantFrom(...CARE_KINDS),
    priceCents: fc.integer({ min: 0, max: 10_000_000 }),
    days: fc.integer({ min: 1, max: 365 }),
  },
  { requiredKeys: ['care', 'priceCents'] },
);

const usageArb: fc.Arbitrary<CareUsage> = fc.dictionary(
  fc.constantFrom(...CARE_KINDS),
  fc.integer({ min: 0, max: 300_000 }),
) as fc.Arbitrary<CareUsage>;

describe('P5 the estimate, whatever the table, the quote and the year', () => {
  test('the three parts add up to the price, and none is negative', () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.array(lineArb, { minLength: 1, maxLength: 10 }),
        usageArb,
        (table, lines, usage) => {
          const result = estimate(table, lines, usage, 2026);
          for (const [i, line] of result.lines.entries()) {
            assert.equal(line.priceCents, lines[i]?.priceCents);
            assert.equal(
              line.socialSecurityCents + line.organisationCents + line.remainingCents,
              line.priceCents,
            );
            for (const part of [
              line.socialSecurityCents,
              line.organisationCents,
              line.remainingCents,
              line.baseCents,
            ]) {
              assert.ok(Number.isInteger(part) && part >= 0, `${part} in ${JSON.stringify(line)}`);
            }
            assert.ok(line.rule.length > 0);
          }
          const { totals } = result;
          assert.equal(
            totals.socialSecurityCents + totals.organisationCents + totals.remainingCents,
            totals.priceCents,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  test('no yearly forfait or ceiling is exceeded, counting what was used before', () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.array(lineArb, { minLength: 1, maxLength: 10 }),
        usageArb,
        (table, lines, usage) => {
          const result = estimate(table, lines, usage, 2026);
          const before = poolUsage(table, usage);
          for (const pool of table.pools) {
            const taken = result.lines
              .filter((l) => table.guarantees.find((g) => g.care === l.care)?.pools.includes(pool.id))
              .reduce((sum, l) => sum + l.organisationCents, 0);
            const room = Math.max(0, pool.yearlyCents - (before[pool.id] ?? 0));
            assert.ok(taken <= room, `${pool.id}: ${taken} > ${room}`);
            const shown = result.pools.find((p) => p.id === pool.id);
            if (shown) {
              assert.equal(shown.usedByEstimateCents, taken);
              assert.equal(shown.leftAfterCents, room - taken);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('the organisme pays no more than its rule says, and never the participation forfaitaire', () => {
    fc.assert(
      fc.property(tableArb, lineArb, (table, line) => {
        const [result] = estimate(table, [line], {}, 2026).lines;
        const guarantee = table.guarantees.find((g) => g.care === line.care);
        assert.ok(result && guarantee);
        const rule = guarantee.organisation;
        const ssGross = Math.round((result.baseCents * guarantee.socialSecurity.ratePercent) / 100);
        assert.ok(result.organisationCents <= result.priceCents - ssGross);
        if (rule.kind === 'percent-of-base') {
          const total = Math.round((result.baseCents * rule.percent) / 100);
          assert.ok(result.organisationCents <= Math.max(0, total - ssGross));
        } else if (rule.kind === 'per-day') {
          assert.ok(result.organisationCents <= rule.cents * (line.days ?? 1));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('P5 the « Formule Confort » table of the demo, worked out by hand', () => {
  test('is a valid table', () => {
    assert.ok(guaranteeTableSchema.safeParse(CONFORT_TABLE).success);
    assert.equal(guaranteeTableSchema.safeParse({ ...CONFORT_TABLE, pools: [] }).success, false);
  });

  test('a GP consultation at 30 €: 19 € SS (21 − 2), 9 € organisme up to 150 % BR, 2 € left', () => {
    const [line] = estimate(CONFORT_TABLE, [{ care: 'gp-consultation', priceCents: 3000 }], {}, 2026).lines;
    assert.deepEqual(
      [line?.socialSecurityCents, line?.organisationCents, line?.remainingCents],
      [1900, 900, 200],
    );
    assert.match(line?.rule.join(' ') ?? '', /participation forfaitaire de 2,00/);
  });

  test('a crown at 550 €: BR 120 €, SS 72 €, organisme up to 300 % BR (360 €) → 288 €, 190 € left', () => {
    const result = estimate(CONFORT_TABLE, [{ care: 'dental-crown', priceCents: 55_000 }], {}, 2026);
    const [line] = result.lines;
    assert.deepEqual(
      [line?.socialSecurityCents, line?.organisationCents, line?.remainingCents],
      [7200, 28_800, 19_000],
    );
    assert.match(line?.rule.join(' ') ?? '', /300 % de la base de remboursement/);
    assert.deepEqual(
      result.pools.map((p) => [p.id, p.leftAfterCents]),
      [['protheses-dentaires', 71_200]],
    );
  });

  test('glasses once the forfait is used: the organisme pays only what is left of it', () => {
    const result = estimate(
      CONFORT_TABLE,
      [
        { care: 'optical-frame', priceCents: 20_000 },
        { care: 'optical-lenses', priceCents: 40_000 },
      ],
      { 'optical-lenses': 30_000 },
      2026,
    );
    assert.deepEqual(
      result.lines.map((l) => l.organisationCents),
      [5000, 0],
    );
    assert.equal(result.totals.remainingCents, 60_000 - 3 - 6 - 5000);
    assert.ok(estimateSummary(result).some((text) => /^Forfait optique 2026 : 350,00\u00a0€/.test(text)));
  });

  test('a private room for 3 days at 80 € a day: 60 € a day, 60 € left', () => {
    const [line] = estimate(
      CONFORT_TABLE,
      [{ care: 'hospital-private-room', priceCents: 24_000, days: 3 }],
      {},
      2026,
    ).lines;
    assert.deepEqual(
      [line?.socialSecurityCents, line?.organisationCents, line?.remainingCents],
      [0, 18_000, 6000],
    );
  });

  test('acts recorded in G1 are given their care by their label', () => {
    assert.equal(careOfActLabel('Optique — verres et monture'), 'optical-lenses');
    assert.equal(careOfActLabel('Optique — monture'), 'optical-frame');
    assert.equal(careOfActLabel('Dentaire — couronne céramique'), 'dental-crown');
    assert.equal(careOfActLabel('Consultation spécialiste'), 'specialist-consultation');
    assert.equal(careOfActLabel('Consultation médecin généraliste'), 'gp-consultation');
    assert.equal(careOfActLabel('Pharmacie (médicaments remboursés à 30 %)'), 'pharmacy-30');
    assert.equal(careOfActLabel('Hospitalisation — forfait journalier (3 jours)'), 'hospital-daily-fee');
    assert.equal(careOfActLabel('Kinésithérapie (10 séances)'), null);
    assert.equal(careOfActLabel('Radiologie'), null);
  });
});
