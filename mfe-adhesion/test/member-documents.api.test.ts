import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { issueCard } from '../api/cards.js';
import { adhesionSlice } from '../api/index.js';
import type {
  AffiliationList,
  CardOverview,
  HospitalGuarantee,
  HospitalGuaranteeOverview,
} from '../contract/index.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;
let managerId: string;

function pdfText(bytes: ArrayBuffer): string {
  const buffer = Buffer.from(bytes);
  assert.equal(buffer.subarray(0, 5).toString(), '%PDF-');
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: buffer, encoding: 'utf8' });
}

async function login(identifier: string) {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  return client;
}

const isoDaysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

before(async () => {
  t = await createTestKernel({ sections: [adhesionSlice] });
  ids = await seedBasics(t);
  await t.kernel.db
    .insertInto('core.beneficiaries')
    .values([
      {
        member_id: ids.sam,
        first_name: 'Sam',
        last_name: 'S200001',
        birth_date: '1980-01-01',
        relationship: 'adherent',
      },
      {
        member_id: ids.sam,
        first_name: 'Léa',
        last_name: 'S200001',
        birth_date: '2012-05-14',
        relationship: 'enfant',
      },
    ])
    .execute();
  await issueCard(t.kernel, ids.sam);
  // A second santé member, who must get nothing of the first one's card or guarantees.
  const other = await t.directory.createMember({
    identifier: 'S200009',
    email: 'autre@example.fr',
    civility: 'M.',
    firstName: 'Autre',
    lastName: 'Santé',
    birthDate: '1975-01-01',
    password: TEST_PASSWORD,
  });
  await t.directory.addMembership({
    memberId: other,
    employerId: null,
    contractId: ids.sante,
    membershipNumber: 'S-9',
    startDate: '2024-01-01',
  });
  await t.directory.acceptCgu(other, 1);
  await t.directory.createManager({ login: 'gestion', displayName: 'Gestion', password: TEST_PASSWORD });
  managerId = (await t.kernel.db.selectFrom('core.managers').select('id').executeTakeFirstOrThrow()).id;
});
after(() => t.close());

describe('B5 Certificat d’affiliation', () => {
  test('a PDF naming the member, membership, contract, employer, dates and a verification reference', async () => {
    const alice = await login('A100001');
    const list = (await (await alice.request('/api/adhesion/affiliations')).json()) as AffiliationList;
    assert.equal(list.items.length, 1);
    const response = await alice.request(list.items[0]?.certificateUrl ?? '');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    const text = pdfText(await response.arrayBuffer());
    for (const expected of [
      "Certificat d'affiliation",
      'Test A100001',
      'N-A100001',
      'Prévoyance complémentaire',
      'Mairie de Bourges',
      '01/01/2020',
    ]) {
      assert.ok(text.includes(expected), `${expected} missing in:\n${text}`);
    }
    const reference = text.match(/CA-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/)?.[0];
    assert.ok(reference, 'verification reference');
    const stored = await t.kernel.db
      .withTables<{ 'adhesion.certificates': { reference: string; member_id: string } }>()
      .selectFrom('adhesion.certificates')
      .select('member_id')
      .where('reference', '=', reference)
      .executeTakeFirst();
    assert.equal(stored?.member_id, ids.alice);
  });

  test("another member gets 404 on the first member's certificate", async () => {
    const alice = await login('A100001');
    const url =
      ((await (await alice.request('/api/adhesion/affiliations')).json()) as AffiliationList).items[0]
        ?.certificateUrl ?? '';
    const bruno = await login('A100002');
    assert.equal((await bruno.request(url)).status, 404);
  });
});

describe('B6 Carte de tiers payant', () => {
  test('santé only: a prévoyance member gets 403', async () => {
    const alice = await login('A100001');
    assert.equal((await alice.request('/api/adhesion/carte')).status, 403);
    assert.equal((await alice.request('/api/adhesion/carte/demandes', { method: 'POST' })).status, 403);
  });

  test('the latest card as a recto/verso PDF with beneficiaries, numbers and validity', async () => {
    const sam = await login('S200001');
    const overview = (await (await sam.request('/api/adhesion/carte')).json()) as CardOverview;
    assert.equal(overview.cards.length, 1);
    assert.equal(overview.pendingRequest, null);
    const card = overview.cards[0];
    assert.ok(card);
    const text = pdfText(await (await sam.request(card.downloadUrl)).arrayBuffer());
    for (const expected of [
      'Recto',
      'Verso',
      card.cardNumber,
      'N-S200001',
      '18 775 671',
      'Léa S200001',
      'Enfant',
      `31/12/${new Date().getUTCFullYear()}`,
    ]) {
      assert.ok(text.includes(expected), `${expected} missing in:\n${text}`);
    }
    const other = await login('A100002');
    assert.equal((await other.request(card.downloadUrl)).status, 403, 'prévoyance member refused');
    const otherSante = await login('S200009');
    assert.equal(
      (await otherSante.request(card.downloadUrl)).status,
      404,
      'another santé member gets nothing',
    );
    const theirs = (await (await otherSante.request('/api/adhesion/carte')).json()) as CardOverview;
    assert.deepEqual(theirs.cards, []);
  });

  test('"Demander une carte" creates one pending request; a manager’s acceptance issues a new card', async () => {
    const sam = await login('S200001');
    const created = await sam.request('/api/adhesion/carte/demandes', { method: 'POST' });
    assert.equal(created.status, 201);
    const request = (await created.json()) as { id: string; status: string; statusLabel: string };
    assert.equal(request.status, 'pending');
    assert.equal(request.statusLabel, 'En cours de traitement');
    const again = await sam.request('/api/adhesion/carte/demandes', { method: 'POST' });
    assert.equal(again.status, 409);
    const overview = (await (await sam.request('/api/adhesion/carte')).json()) as CardOverview;
    assert.equal(overview.pendingRequest?.id, request.id);
    await t.kernel.requests.decide({ requestId: request.id, managerId, decision: 'accepted' });
    await assert.rejects(
      t.kernel.requests.decide({ requestId: request.id, managerId, decision: 'refused', reason: 'x' }),
      /déjà été traitée/,
    );
    const after = (await (await sam.request('/api/adhesion/carte')).json()) as CardOverview;
    assert.equal(after.cards.length, 2);
    assert.equal(after.pendingRequest, null);
  });
});

describe('B7 Prise en charge hospitalière', () => {
  test('issues the guarantee PDF at once and lists it in the history', async () => {
    const sam = await login('S200001');
    const overview = (await (
      await sam.request('/api/adhesion/prises-en-charge')
    ).json()) as HospitalGuaranteeOverview;
    const child = overview.beneficiaries.find((b) => b.firstName === 'Léa');
    assert.ok(child);
    const response = await sam.request('/api/adhesion/prises-en-charge', {
      method: 'POST',
      json: {
        beneficiaryId: child.id,
        establishment: 'CHU de Tours',
        admissionDate: isoDaysFromNow(3),
        stayKind: 'chirurgie',
      },
    });
    assert.equal(response.status, 201);
    const guarantee = (await response.json()) as HospitalGuarantee;
    const text = pdfText(await (await sam.request(guarantee.downloadUrl)).arrayBuffer());
    for (const expected of [
      'Prise en charge hospitalière',
      'CHU de Tours',
      'Léa S200001',
      'Chirurgie',
      guarantee.reference,
    ]) {
      assert.ok(text.includes(expected), `${expected} missing`);
    }
    const history = (await (
      await sam.request('/api/adhesion/prises-en-charge')
    ).json()) as HospitalGuaranteeOverview;
    assert.deepEqual(
      history.items.map((g) => g.id),
      [guarantee.id],
    );
    const bruno = await login('A100002');
    assert.equal((await bruno.request(guarantee.downloadUrl)).status, 403);
    const otherSante = await login('S200009');
    assert.equal((await otherSante.request(guarantee.downloadUrl)).status, 404);
    const theirs = (await (
      await otherSante.request('/api/adhesion/prises-en-charge')
    ).json()) as HospitalGuaranteeOverview;
    assert.deepEqual(theirs.items, []);
  });

  test('bad input gets field errors and stores nothing', async () => {
    const sam = await login('S200001');
    const response = await sam.request('/api/adhesion/prises-en-charge', {
      method: 'POST',
      json: { beneficiaryId: '', establishment: '', admissionDate: isoDaysFromNow(-400), stayKind: 'sejour' },
    });
    assert.equal(response.status, 400);
    const problem = (await response.json()) as { errors: { field: string; detail: string }[] };
    assert.deepEqual(problem.errors.map((e) => e.field).sort(), [
      'admissionDate',
      'beneficiaryId',
      'establishment',
      'stayKind',
    ]);
    assert.match(problem.errors.find((e) => e.field === 'admissionDate')?.detail ?? '', /trop ancienne/);
    const foreign = await sam.request('/api/adhesion/prises-en-charge', {
      method: 'POST',
      json: {
        beneficiaryId: '00000000-0000-4000-8000-000000000000',
        establishment: 'CHU',
        admissionDate: isoDaysFromNow(1),
        stayKind: 'medecine',
      },
    });
    assert.equal(foreign.status, 400);
    const history = (await (
      await sam.request('/api/adhesion/prises-en-charge')
    ).json()) as HospitalGuaranteeOverview;
    assert.equal(history.items.length, 1);
  });
});
