// SPEC P1 « Traitement estimé »: business days in France, the median processing time of each kind
// of request over the last 90 days (or its default under 20 decisions), the estimated date on each
// creation's answer and in Suivi, « En retard » for the member and the late requests first in the
// managers' queue (H1) — on real PostgreSQL with requests decided at chosen instants.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  addBusinessDays,
  businessDaysBefore,
  businessDaysBetween,
  dayInFrance,
  easterSunday,
  frenchPublicHolidays,
  isBusinessDay,
  lastBusinessDayOnOrBefore,
  type MemberRequest,
  medianBusinessDays,
  PROCESSING_DEFAULTS,
  type QueuePage,
} from '@portail/kernel/contract';
import {
  createTestKernel,
  sampleFile,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
  uploadForm,
} from '@portail/kernel/testing';
import { sql } from 'kysely';
import { compteSlice } from '../../mfe-compte/api/index.js';
import { contactSlice } from '../../mfe-contact/api/index.js';
import type { FollowUp } from '../../mfe-contact/contract/index.js';
import { indemnisationsSlice } from '../../mfe-indemnisations/api/index.js';
import { ProcessingEstimates } from '../kernel/src/processing-estimates.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;

before(async () => {
  t = await createTestKernel({ sections: [compteSlice, contactSlice, indemnisationsSlice] });
  ids = await seedBasics(t);
  await t.directory.createManager({
    login: 'gestion',
    email: 'gestion@example.fr',
    displayName: 'Gestionnaire',
    password: TEST_PASSWORD,
  });
});
after(() => t.close());

async function json<T>(response: Response, status = 200): Promise<T> {
  assert.equal(response.status, status, await response.clone().text());
  return (await response.json()) as T;
}

async function client(login: string, manager = false) {
  const c = new TestClient(t.app);
  if (manager) await c.loginManager(login, TEST_PASSWORD);
  else await c.login(login, TEST_PASSWORD);
  return c;
}

async function newMember(identifier: string) {
  return t.directory.createMember({
    identifier,
    email: `${identifier.toLowerCase()}@example.fr`,
    civility: 'M.',
    firstName: 'Test',
    lastName: identifier,
    birthDate: '1980-01-01',
    password: TEST_PASSWORD,
  });
}

/** `count` requests of a kind made at `createdAt` and decided at `decidedAt` (instants). */
async function decided(
  memberId: string,
  kind: string,
  createdAt: string,
  decidedAt: string,
  count = 1,
  section = 'contact',
) {
  await sql`INSERT INTO core.requests (member_id, section, kind, label, status, created_at, decided_at)
    SELECT ${memberId}, ${section}, ${kind}, 'P1 décidée', 'accepted', ${createdAt}::timestamptz, ${decidedAt}::timestamptz
    FROM generate_series(1, ${count}::int)`.execute(t.kernel.db);
}

/** `count` pending requests made at `createdAt` (a second apart), to be processed by `estimatedOn`. */
async function pending(memberId: string, createdAt: string, estimatedOn: string | null, count = 1) {
  const { rows } = await sql<{ id: string }>`
    INSERT INTO core.requests (member_id, section, kind, label, created_at, estimated_on)
    SELECT ${memberId}, 'contact', 'message', 'P1 en attente ' || g, ${createdAt}::timestamptz + g * interval '1 second', ${estimatedOn}::date
    FROM generate_series(1, ${count}::int) g ORDER BY g RETURNING id`.execute(t.kernel.db);
  return rows.map((r) => r.id);
}

describe('P1 business days in France', () => {
  test('Easter by the anonymous Gregorian algorithm, for any year', () => {
    assert.equal(easterSunday(2024), '2024-03-31');
    assert.equal(easterSunday(2025), '2025-04-20');
    assert.equal(easterSunday(2026), '2026-04-05');
    assert.equal(easterSunday(2027), '2027-03-28');
    assert.equal(easterSunday(2038), '2038-04-25');
  });

  test('the eleven public holidays of several years, from Easter for the moving ones', () => {
    assert.deepEqual([...frenchPublicHolidays(2025)].sort(), [
      '2025-01-01',
      '2025-04-21', // lundi de Pâques
      '2025-05-01',
      '2025-05-08',
      '2025-05-29', // Ascension
      '2025-06-09', // lundi de Pentecôte
      '2025-07-14',
      '2025-08-15',
      '2025-11-01',
      '2025-11-11',
      '2025-12-25',
    ]);
    const moving = (year: number) =>
      [...frenchPublicHolidays(year)].filter(
        (d) => !/-(01-01|05-01|05-08|07-14|08-15|11-01|11-11|12-25)$/.test(d),
      );
    assert.deepEqual(moving(2024), ['2024-04-01', '2024-05-09', '2024-05-20']);
    assert.deepEqual(moving(2026), ['2026-04-06', '2026-05-14', '2026-05-25']);
    assert.deepEqual(moving(2027), ['2027-03-29', '2027-05-06', '2027-05-17']);
    for (const year of [2024, 2025, 2026, 2027, 2031]) assert.equal(frenchPublicHolidays(year).size, 11);
  });

  test('week-ends and holidays are no business days; arithmetic across a long week-end', () => {
    assert.equal(isBusinessDay('2026-05-13'), true); // Wednesday
    assert.equal(isBusinessDay('2026-05-14'), false); // Ascension
    assert.equal(isBusinessDay('2026-05-16'), false); // Saturday
    assert.equal(isBusinessDay('2027-03-29'), false); // lundi de Pâques 2027
    // The Ascension bridge of 2026: Thursday 14 off, then the week-end.
    assert.equal(addBusinessDays('2026-05-13', 1), '2026-05-15');
    assert.equal(addBusinessDays('2026-05-13', 2), '2026-05-18');
    assert.equal(businessDaysBetween('2026-05-13', '2026-05-18'), 2);
    // 1 and 8 May 2026 are Fridays: long week-ends.
    assert.equal(addBusinessDays('2026-04-30', 1), '2026-05-04');
    assert.equal(addBusinessDays('2026-05-07', 1), '2026-05-11');
    // Pentecôte 2025 then a whole week: 6 June (Friday) + 5 → 16 June.
    assert.equal(addBusinessDays('2025-06-06', 5), '2025-06-16');
    // Across the new year: 31 December 2026 (Thursday) + 1 → 4 January 2027.
    assert.equal(addBusinessDays('2026-12-31', 1), '2027-01-04');
    // A request made on a Saturday with a 0-day median is looked at on Monday.
    assert.equal(addBusinessDays('2026-05-16', 0), '2026-05-18');
    assert.equal(businessDaysBetween('2026-05-18', '2026-05-13'), 0);
    assert.equal(lastBusinessDayOnOrBefore('2026-05-17'), '2026-05-15');
  });

  test('the median is rounded up', () => {
    assert.equal(medianBusinessDays([1, 5, 3]), 3);
    assert.equal(medianBusinessDays([2, 3]), 3);
    assert.equal(medianBusinessDays([2, 2, 4, 4]), 3);
  });
});

describe('P1 the processing time of a kind, from the decisions of the last 90 days', () => {
  const NOW = new Date('2026-06-30T10:00:00Z');

  test('under 20 decisions the default; from 20 the median; decisions older than 90 days do not count', async () => {
    const decider = await newMember('P1DEC01');
    const estimates = new ProcessingEstimates(t.kernel.db, () => NOW);
    const transmission = () => {
      estimates.forget();
      return estimates.processingTime('contact', 'transmission');
    };
    const byDefault = PROCESSING_DEFAULTS['contact/transmission'];
    assert.equal(byDefault, 10);
    // 30 slow ones long ago (decided 2026-03-20, 102 days before NOW): outside the window.
    await decided(decider, 'transmission', '2026-02-02T09:00:00Z', '2026-03-20T15:00:00Z', 30);
    assert.deepEqual(await transmission(), { businessDays: byDefault, source: 'default', decisions: 0 });
    // 19 within the window, 3 business days each (Monday 1 June → Thursday 4 June).
    await decided(decider, 'transmission', '2026-06-01T08:00:00Z', '2026-06-04T14:00:00Z', 19);
    assert.deepEqual(await transmission(), { businessDays: byDefault, source: 'default', decisions: 19 });
    // The 20th decision: the median replaces the default.
    await decided(decider, 'transmission', '2026-06-08T08:00:00Z', '2026-06-11T14:00:00Z');
    assert.deepEqual(await transmission(), { businessDays: 3, source: 'median', decisions: 20 });
    // 21 more at 8 business days: the median moves.
    await decided(decider, 'transmission', '2026-06-10T08:00:00Z', '2026-06-22T14:00:00Z', 21);
    assert.deepEqual(await transmission(), { businessDays: 8, source: 'median', decisions: 41 });
    // Another kind is measured on its own decisions only.
    estimates.forget();
    assert.equal((await estimates.processingTime('contact', 'question')).source, 'default');
  });

  test('the estimated date: creation day + the median, across the Ascension bridge', async () => {
    const decider = await newMember('P1DEC02');
    const estimates = new ProcessingEstimates(t.kernel.db, () => NOW);
    // 20 address changes made on Wednesday 13 May and decided on Monday 18 May: 2 business days.
    await decided(decider, 'adresse', '2026-05-13T07:30:00Z', '2026-05-18T16:00:00Z', 20, 'compte');
    assert.deepEqual(await estimates.processingTime('compte', 'adresse'), {
      businessDays: 2,
      source: 'median',
      decisions: 20,
    });
    assert.equal(
      await estimates.estimate('compte', 'adresse', new Date('2026-05-13T10:00:00Z')),
      '2026-05-18',
    );
    // Late on 12 May in Paris (22:30 UTC is 00:30 on the 13th there): a day in France's time.
    assert.equal(
      await estimates.estimate('compte', 'adresse', new Date('2026-05-12T22:30:00Z')),
      '2026-05-18',
    );
    assert.equal(
      await estimates.estimate('compte', 'adresse', new Date('2026-05-12T21:30:00Z')),
      '2026-05-15',
    );
  });

  test('kept a minute per kind: a new decision is seen once the minute is over', async () => {
    const decider = await newMember('P1DEC03');
    let now = NOW;
    const estimates = new ProcessingEstimates(t.kernel.db, () => now);
    assert.equal((await estimates.processingTime('indemnisations', 'formulaire')).source, 'default');
    await decided(
      decider,
      'formulaire',
      '2026-06-01T08:00:00Z',
      '2026-06-02T08:00:00Z',
      20,
      'indemnisations',
    );
    assert.equal((await estimates.processingTime('indemnisations', 'formulaire')).source, 'default');
    now = new Date(NOW.getTime() + 61_000);
    assert.deepEqual(await estimates.processingTime('indemnisations', 'formulaire'), {
      businessDays: 1,
      source: 'median',
      decisions: 20,
    });
  });
});

describe('P1 what the member sees', () => {
  test('the message’s answer carries its estimated date; Suivi shows it, « late » once past; another member sees none', async () => {
    const alice = await client('A100001');
    const sent = await json<MemberRequest>(
      await alice.request('/api/contact/messages', {
        method: 'POST',
        json: { subject: 'adhesion', message: 'Bonjour, une question sur mon adhésion.' },
      }),
      201,
    );
    const today = dayInFrance(new Date());
    // No message decided in this database: the default of messages.
    assert.equal(sent.estimatedAt, addBusinessDays(today, PROCESSING_DEFAULTS['contact/message'] ?? 0));
    assert.equal(sent.late, false);
    let followUp = await json<FollowUp>(await alice.request('/api/contact/suivi'));
    assert.equal(followUp.items.find((r) => r.id === sent.id)?.estimatedAt, sent.estimatedAt);

    // Its date passed two business days ago: « En retard ».
    const past = businessDaysBefore(lastBusinessDayOnOrBefore(today), 2);
    await sql`UPDATE core.requests SET estimated_on = ${past}::date WHERE id = ${sent.id}`.execute(
      t.kernel.db,
    );
    followUp = await json<FollowUp>(await alice.request('/api/contact/suivi'));
    const late = followUp.items.find((r) => r.id === sent.id);
    assert.equal(late?.estimatedAt, past);
    assert.equal(late?.late, true);

    // Decided: no longer late.
    const boss = await client('gestion', true);
    await json(
      await boss.request(`/api/gestion/demandes/${sent.id}/reponse`, {
        method: 'POST',
        json: { text: 'Voici.' },
      }),
    );
    followUp = await json<FollowUp>(await alice.request('/api/contact/suivi'));
    assert.equal(followUp.items.find((r) => r.id === sent.id)?.late, false);

    const bruno = await client('A100002');
    const his = await json<FollowUp>(await bruno.request('/api/contact/suivi'));
    assert.equal(
      his.items.some((r) => r.id === sent.id),
      false,
      'a second member never sees the first one’s requests',
    );
    assert.ok(ids.bruno);
  });

  test('a sending of justificatifs (C4) answers its estimated date', async () => {
    const alice = await client('A100001');
    const form = uploadForm({ email: 'alice@example.fr', telephone: '0601020304' }, [
      sampleFile('pdf', 2000, 'arret.pdf'),
    ]);
    const sending = await json<{ estimatedAt: string | null; reference: string }>(
      await alice.request('/api/indemnisations/justificatifs', { method: 'POST', body: form }),
      201,
    );
    assert.equal(
      sending.estimatedAt,
      addBusinessDays(dayInFrance(new Date()), PROCESSING_DEFAULTS['indemnisations/justificatifs'] ?? 0),
    );
  });
});

describe('P1 the managers’ queue (H1): the late requests first', () => {
  test('the latest first with their delay in business days, then oldest first; filtered and paginated', async () => {
    const member = await newMember('P1LATE01');
    const today = dayInFrance(new Date());
    const lastBusinessDay = lastBusinessDayOnOrBefore(today);
    const future = addBusinessDays(today, 20);
    // Oldest of all, but on time.
    const [onTimeOld] = await pending(member, '2026-01-05T09:00:00Z', future);
    // Made before P1 (no estimate): never late.
    const [beforeP1] = await pending(member, '2026-01-06T09:00:00Z', null);
    // 26 a little late (1 business day), made recently, and 1 much later (5 business days).
    const littleLate = await pending(
      member,
      '2026-03-01T09:00:00Z',
      businessDaysBefore(lastBusinessDay, 1),
      26,
    );
    const [veryLate] = await pending(member, '2026-03-02T09:00:00Z', businessDaysBefore(lastBusinessDay, 5));
    // Due today: not late yet.
    const [dueToday] = await pending(member, '2026-02-01T09:00:00Z', today);

    const boss = await client('gestion', true);
    const page = async (n: number, extra = '') =>
      json<QueuePage>(await boss.request(`/api/gestion/demandes?member=P1LATE01&page=${n}${extra}`));
    const first = await page(1);
    assert.equal(first.total, 30);
    assert.equal(first.items.length, 25);
    assert.equal(first.items[0]?.id, veryLate);
    assert.equal(first.items[0]?.lateBusinessDays, 5);
    assert.deepEqual(
      first.items.slice(1).map((i) => i.id),
      littleLate.slice(0, 24),
    );
    assert.ok(first.items.slice(1).every((i) => i.lateBusinessDays === 1));
    const second = await page(2);
    assert.deepEqual(
      second.items.map((i) => i.id),
      [...littleLate.slice(24), onTimeOld, beforeP1, dueToday],
    );
    assert.deepEqual(
      second.items.slice(2).map((i) => i.lateBusinessDays),
      [0, 0, 0],
    );
    assert.equal(second.items[2]?.estimatedAt, future);
    assert.equal(second.items[3]?.estimatedAt, null);

    // Filtered as before: an age filter keeps only the old ones, the late first still.
    const old = await page(1, '&age=300');
    assert.ok(old.items.every((i) => Date.parse(i.createdAt) <= Date.now() - 300 * 86_400_000));
    // Decided requests are never late.
    const decidedOnes = await page(1, '&status=accepted');
    assert.equal(decidedOnes.total, 0);
    const everything = await page(2, '&status=all');
    assert.equal(everything.total, 30);
    assert.equal(everything.items[0]?.id, littleLate[24]);
  });
});
