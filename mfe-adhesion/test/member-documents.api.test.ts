import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { frenchDate, todayIso } from '@portail/kernel';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { cardValidity, issueCard } from '../api/cards.js';
import { adhesionSlice } from '../api/index.js';
import { certificatePdf } from '../api/pdf/certificate-pdf.js';
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
  await t.directory.createManager({
    login: 'gestion',
    email: 'gestion@example.fr',
    displayName: 'Gestion',
    password: TEST_PASSWORD,
  });
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

  test('« affiliée » / « affilié » as the civility says, « affilié(e) » only when it is unknown', async () => {
    const certificateText = async (identifier: string) => {
      const client = await login(identifier);
      const list = (await (await client.request('/api/adhesion/affiliations')).json()) as AffiliationList;
      return pdfText(await (await client.request(list.items[0]?.certificateUrl ?? '')).arrayBuffer()).replace(
        /\s+/g,
        ' ',
      );
    };
    const madame = await certificateText('A100001');
    assert.match(madame, /Mme Test A100001, née le 01\/01\/1980, est affiliée au contrat/);
    const monsieur = await certificateText('S200009');
    assert.match(monsieur, /M\. Autre Santé, né le 01\/01\/1975, est affilié au contrat/);
    const unknown = pdfText(
      Uint8Array.from(
        await certificatePdf({
          reference: 'CA-TEST-TEST-TEST',
          civility: '',
          memberName: 'Camille Durand',
          birthDate: '1990-06-01',
          membershipNumber: 'N-1',
          contractLabel: 'Prévoyance complémentaire',
          employer: null,
          startDate: '2024-01-01',
          endDate: null,
          issuedOn: '2026-10-01',
        }),
      ).buffer,
    ).replace(/\s+/g, ' ');
    assert.match(
      unknown,
      /certifie que Camille Durand, né\(e\) le 01\/06\/1990, est affilié\(e\) au contrat/,
    );
  });

  test('P6: the certificate is written in the member’s language (their file’s), French by default', async () => {
    const bruno = await login('A100002');
    const certificateText = async () => {
      const list = (await (await bruno.request('/api/adhesion/affiliations')).json()) as AffiliationList;
      const url = list.items[0]?.certificateUrl ?? '';
      return pdfText(await (await bruno.request(url)).arrayBuffer()).replace(/\s+/g, ' ');
    };
    assert.match(await certificateText(), /Certificat d'affiliation .* certifie que .*, né\(?e?\)? le /);
    const choose = (locale: string) => bruno.request('/api/auth/langue', { method: 'PUT', json: { locale } });
    assert.equal((await choose('en')).status, 204);
    try {
      const english = await certificateText();
      assert.match(
        english,
        /Certificate of membership .* certifies that .*, born on \d{2}\/\d{2}\/\d{4}, is a member of the contract “/,
      );
      assert.match(english, /This certificate is issued for all legal intents and purposes\./);
      assert.doesNotMatch(english, /certifie que/);
    } finally {
      assert.equal((await choose('fr')).status, 204);
    }
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
      frenchDate(cardValidity(todayIso(), null).validTo),
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

describe('B6 validity and replacement', () => {
  test('a card is valid to the end of the year, of the next one from October, never past the membership', () => {
    assert.deepEqual(cardValidity('2026-03-10', null), { validFrom: '2026-03-10', validTo: '2026-12-31' });
    assert.deepEqual(cardValidity('2026-09-30', null), { validFrom: '2026-09-30', validTo: '2026-12-31' });
    assert.deepEqual(cardValidity('2026-10-01', null), { validFrom: '2026-10-01', validTo: '2027-12-31' });
    assert.deepEqual(cardValidity('2026-12-07', null), { validFrom: '2026-12-07', validTo: '2027-12-31' });
    assert.deepEqual(cardValidity('2026-03-10', '2026-06-30'), {
      validFrom: '2026-03-10',
      validTo: '2026-06-30',
    });
    assert.deepEqual(cardValidity('2026-03-10', '2026-01-31'), {
      validFrom: '2026-03-10',
      validTo: '2026-03-10',
    });
  });

  test('acceptance replaces the live card: one card left valid, the old one marked replaced, the e-mail says where and until when', async () => {
    const sam = await login('S200001');
    const before = (await (await sam.request('/api/adhesion/carte')).json()) as CardOverview;
    const previous = before.cards[0];
    assert.ok(previous);
    const request = (await (
      await sam.request('/api/adhesion/carte/demandes', { method: 'POST' })
    ).json()) as {
      id: string;
    };
    await t.kernel.outbox.deliverDue();
    t.mail.sent.length = 0;
    await t.kernel.requests.decide({ requestId: request.id, managerId, decision: 'accepted' });
    const overview = (await (await sam.request('/api/adhesion/carte')).json()) as CardOverview;
    const [card, old] = overview.cards;
    assert.ok(card && old);
    assert.equal(old.id, previous.id);
    const expected = cardValidity(todayIso(), null);
    assert.deepEqual([card.validFrom, card.validTo], [expected.validFrom, expected.validTo]);
    assert.ok(Date.parse(card.validTo) - Date.parse(card.validFrom) >= 90 * 86_400_000, 'a sensible period');
    assert.equal(card.replacedOn, null);
    assert.equal(old.replacedOn, card.validFrom, 'the old card ends where the new one starts');
    assert.equal(old.replacedBy, card.cardNumber);
    const live = await t.kernel.db
      .withTables<{ 'adhesion.third_party_cards': { member_id: string; replaced_on: string | null } }>()
      .selectFrom('adhesion.third_party_cards')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('member_id', '=', ids.sam)
      .where('replaced_on', 'is', null)
      .executeTakeFirstOrThrow();
    assert.equal(Number(live.n), 1, 'one live card');
    await t.kernel.outbox.deliverDue();
    const mail = t.mail.sent.find((m) => m.to === 'sam@example.fr');
    assert.ok(mail, 'the member is told');
    const text = mail.text.replace(/\s+/g, ' ');
    for (const expectedText of [
      `Votre nouvelle carte de tiers payant n° ${card.cardNumber}, valable du ${frenchDate(card.validFrom)} au ${frenchDate(card.validTo)}, est disponible dans « Carte de tiers payant », rubrique Mon adhésion`,
      `Elle remplace votre carte n° ${old.cardNumber}, qui n'est plus valable.`,
    ]) {
      assert.ok(text.includes(expectedText), `${expectedText} missing in:\n${mail.text}`);
    }
    const oldPdf = pdfText(await (await sam.request(old.downloadUrl)).arrayBuffer());
    assert.match(oldPdf, new RegExp(`Remplacée le ${frenchDate(card.validFrom).replace(/\//g, '\\/')}`));
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
