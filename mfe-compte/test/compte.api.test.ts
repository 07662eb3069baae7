import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Problem, UPLOAD_MESSAGES } from '@portail/kernel/contract';
import {
  createTestKernel,
  sampleFile,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
  uploadForm,
} from '@portail/kernel/testing';
import { contactSlice } from '../../mfe-contact/api/index.js';
import { compteSlice } from '../api/index.js';
import { compteDb } from '../api/tables.js';
import type { NotificationList, PendingChange, PersonalData } from '../contract/index.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;
let managerId: string;

async function login(identifier: string, password = TEST_PASSWORD) {
  const client = new TestClient(t.app);
  await client.login(identifier, password);
  return client;
}

async function data(client: TestClient) {
  return (await (await client.request('/api/compte/donnees')).json()) as PersonalData;
}

function requestChange(
  client: TestClient,
  kind: string,
  values: unknown,
  files = [sampleFile('pdf', 5000, 'rib.pdf')],
) {
  return client.request('/api/compte/modifications', {
    method: 'POST',
    body: uploadForm({ kind, donnees: JSON.stringify(values) }, files),
  });
}

async function notifications(client: TestClient) {
  return ((await (await client.request('/api/compte/notifications')).json()) as NotificationList).items;
}

const NEW_IBAN = 'FR76 3000 6000 0112 3456 7890 189';

before(async () => {
  t = await createTestKernel({ sections: [compteSlice, contactSlice] });
  ids = await seedBasics(t);
  await t.directory.createManager({
    login: 'gestion',
    email: 'gestion@example.fr',
    displayName: 'Gestion',
    password: TEST_PASSWORD,
  });
  managerId = (await t.kernel.db.selectFrom('core.managers').select('id').executeTakeFirstOrThrow()).id;
});
after(() => t.close());

describe('D1 Données personnelles, D3 alerts', () => {
  test('the file as it is: identity read only, empty address, default alerts', async () => {
    const alice = await login('A100001');
    const mine = await data(alice);
    assert.equal(mine.lastName, 'A100001');
    assert.equal(mine.birthDate, '1980-01-01');
    assert.equal(mine.email, 'alice@example.fr');
    assert.deepEqual(mine.alerts, { email: true, sms: false });
    assert.equal(mine.bank, null);
    assert.equal(mine.contributionMode, null, 'a group contract: contributions are not the member’s');
    assert.deepEqual(mine.pending, []);
  });

  test('phones apply at once, in French layout; wrong numbers are marked field by field', async () => {
    const alice = await login('A100001');
    const wrong = await alice.request('/api/compte/telephones', {
      method: 'PUT',
      json: { phone: '12', noPhone: false, mobile: '02 48 12 34 56' },
    });
    assert.equal(wrong.status, 400);
    const fields = Object.fromEntries(
      ((await wrong.json()) as Problem).errors?.map((e) => [e.field, e.detail]) ?? [],
    );
    assert.match(fields.mobile ?? '', /mobile invalide/);
    assert.match(fields.phone ?? '', /téléphone invalide/);

    const missing = await alice.request('/api/compte/telephones', {
      method: 'PUT',
      json: { phone: '', noPhone: false, mobile: '0612345678' },
    });
    assert.equal(
      ((await missing.json()) as Problem).errors?.[0]?.detail,
      'Saisissez votre téléphone ou cochez « Pas de Tel ».',
    );

    const ok = await alice.request('/api/compte/telephones', {
      method: 'PUT',
      json: { phone: '', noPhone: true, mobile: '+33612345678' },
    });
    assert.equal(ok.status, 200);
    const mine = (await ok.json()) as PersonalData;
    assert.equal(mine.mobile, '06 12 34 56 78');
    assert.equal(mine.noPhone, true);
  });

  test('D3: the SMS alert switches on at once', async () => {
    const alice = await login('A100001');
    const response = await alice.request('/api/compte/alertes', {
      method: 'PUT',
      json: { email: true, sms: true },
    });
    assert.equal(response.status, 200);
    assert.deepEqual((await data(alice)).alerts, { email: true, sms: true });
    const bad = await alice.request('/api/compte/alertes', { method: 'PUT', json: { email: 'oui' } });
    assert.equal(bad.status, 400);
  });
});

describe('D2 changes validated by the back office', () => {
  test('an IBAN change waits for a manager, masked, with a confirmation e-mail; acceptance applies it', async () => {
    const alice = await login('A100001');
    const response = await requestChange(alice, 'coordonnees_bancaires', {
      iban: NEW_IBAN,
      bic: 'agri frpp',
    });
    assert.equal(response.status, 201);
    const pending = (await response.json()) as PendingChange;
    assert.equal(pending.label, 'Modification de vos coordonnées bancaires');
    assert.equal(pending.summary, 'IBAN FR76 **** **** **** **** **** 189 — BIC AGRIFRPP');
    assert.ok(
      !JSON.stringify(await data(alice)).includes('30006000011234567890'),
      'the IBAN is never sent back in full',
    );

    const before = await data(alice);
    assert.equal(before.bank, null, 'nothing changes before validation');
    assert.equal(before.pending[0]?.kind, 'coordonnees_bancaires');

    const mails = await t.kernel.db
      .selectFrom('core.outbox')
      .selectAll()
      .where('recipient', '=', 'alice@example.fr')
      .execute();
    assert.ok(mails.some((m) => m.subject.includes('Modification de vos coordonnées bancaires')));

    const second = await requestChange(alice, 'coordonnees_bancaires', { iban: NEW_IBAN, bic: 'AGRIFRPP' });
    assert.equal(second.status, 409, 'one pending change of a kind at a time');

    await t.kernel.requests.decide({ requestId: pending.requestId, managerId, decision: 'accepted' });
    const after = await data(alice);
    assert.deepEqual(after.bank, { ibanMasked: 'FR76 **** **** **** **** **** 189', bic: 'AGRIFRPP' });
    assert.deepEqual(after.pending, []);
  });

  test('address and e-mail: applied on acceptance only; a refusal changes nothing', async () => {
    const alice = await login('A100001');
    const address = { line1: '3 PLACE GORDAINE', line2: '', line3: '', postalCode: '18000', city: 'BOURGES' };
    const created = (await (await requestChange(alice, 'adresse', address)).json()) as PendingChange;
    const email = (await (
      await requestChange(alice, 'email', { email: 'alice.nouvelle@example.fr' })
    ).json()) as PendingChange;
    assert.equal((await data(alice)).pending.length, 2);
    await t.kernel.requests.decide({ requestId: created.requestId, managerId, decision: 'accepted' });
    await t.kernel.requests.decide({
      requestId: email.requestId,
      managerId,
      decision: 'refused',
      reason: 'Justificatif illisible',
    });
    const after = await data(alice);
    assert.equal(after.address.line1, '3 PLACE GORDAINE');
    assert.equal(after.email, 'alice@example.fr');
  });

  test('bad values, a missing justificatif or a wrong file are refused and store nothing', async () => {
    const alice = await login('A100001');
    const before = (await data(alice)).pending.length;
    const longLine = 'X'.repeat(39);
    const address = await requestChange(alice, 'adresse', { line1: longLine, postalCode: '1800', city: '' });
    assert.equal(address.status, 400);
    const fields = ((await address.json()) as Problem).errors?.map((e) => e.field);
    assert.deepEqual(fields?.sort(), ['city', 'line1', 'postalCode']);

    const iban = await requestChange(alice, 'coordonnees_bancaires', {
      iban: 'FR76 3000 6000 0112 3456 7890 188',
      bic: 'AGRIFRPP',
    });
    assert.equal(((await iban.json()) as Problem).errors?.[0]?.field, 'iban');

    const noFile = await requestChange(alice, 'mode_cotisation', { mode: 'cheque' }, []);
    assert.equal(((await noFile.json()) as Problem).detail, UPLOAD_MESSAGES.required);

    const gif = await requestChange(alice, 'email', { email: 'a@b.fr' }, [sampleFile('gif', 100, 'rib.pdf')]);
    assert.equal(((await gif.json()) as Problem).detail, UPLOAD_MESSAGES.format);

    assert.equal((await data(alice)).pending.length, before);
  });

  test("another member sees nothing of the member's changes or data", async () => {
    const alice = await login('A100001');
    await requestChange(alice, 'mode_cotisation', { mode: 'cheque' });
    const sam = await login('S200001');
    const his = await data(sam);
    assert.equal(his.email, 'sam@example.fr');
    assert.deepEqual(his.pending, []);
    const anonymous = new TestClient(t.app);
    assert.equal((await anonymous.request('/api/compte/donnees')).status, 401);
  });
});

describe('D4 Mot de passe (kernel)', () => {
  test('a wrong current password is refused and counts toward the lockout', async () => {
    const bruno = await login('A100002');
    const wrong = await bruno.request('/api/auth/password', {
      method: 'POST',
      json: { current: 'Mauvais2026', password: 'Nouveau2027', confirmation: 'Nouveau2027' },
    });
    assert.equal(wrong.status, 400);
    assert.equal(((await wrong.json()) as Problem).errors?.[0]?.field, 'current');
    // Counted against the member's account, whatever they typed to log in (login-throttle.ts).
    const row = await t.kernel.db
      .selectFrom('core.login_failures')
      .selectAll()
      .where('login_key', '=', `member:${ids.bruno}`)
      .executeTakeFirst();
    assert.equal(row?.failures, 1);
    const weak = await bruno.request('/api/auth/password', {
      method: 'POST',
      json: { current: TEST_PASSWORD, password: 'court', confirmation: 'autre' },
    });
    const fields = ((await weak.json()) as Problem).errors?.map((e) => e.field);
    assert.deepEqual(fields?.sort(), ['confirmation', 'password']);
  });

  test('a change closes the other sessions, keeps this one, and tells the member by e-mail', async () => {
    const here = await login('A100002');
    const elsewhere = await login('A100002');
    const response = await here.request('/api/auth/password', {
      method: 'POST',
      json: { current: TEST_PASSWORD, password: 'Nouveau2027', confirmation: 'Nouveau2027' },
    });
    assert.equal(response.status, 204);
    assert.equal((await here.request('/api/compte/donnees')).status, 200);
    assert.equal((await elsewhere.request('/api/compte/donnees')).status, 401);
    await login('A100002', 'Nouveau2027');
    const mails = await t.kernel.db
      .selectFrom('core.outbox')
      .selectAll()
      .where('recipient', '=', 'bruno@example.fr')
      .execute();
    assert.ok(mails.some((m) => m.subject === 'Portail Adhérent : votre mot de passe a été modifié'));
  });
});

describe('D5 Notifications', () => {
  test('each finding of the file shows with its link, and goes once its cause is gone', async () => {
    const db = compteDb(t.kernel.db);
    await t.directory.addMembership({
      memberId: ids.sam,
      employerId: null,
      contractId: ids.sante,
      membershipNumber: 'IND-1',
      startDate: '2022-01-01',
    });
    await t.kernel.db
      .insertInto('core.beneficiaries')
      .values({
        member_id: ids.sam,
        first_name: 'Léa',
        last_name: 'Test',
        birth_date: '2008-02-01',
        relationship: 'enfant',
      })
      .execute();
    const sam = await login('S200001');
    await sam.request('/api/compte/donnees');
    await db
      .updateTable('compte.profiles')
      .set({
        address_returned: true,
        health_payment_mode: 'cheque',
        noemie_linked: false,
        contribution_mode: 'cheque',
      })
      .where('member_id', '=', ids.sam)
      .execute();
    const all = await notifications(sam);
    assert.deepEqual(
      all.map((n) => n.kind),
      ['adresse_npai', 'certificat_scolarite', 'reglement_sante_cheque', 'noemie', 'mode_cotisation'],
    );
    assert.equal(all[1]?.link.href, '/contact/transmettre/certificat-de-scolarite');
    assert.match(all[1]?.text ?? '', /LÉA/);
    assert.equal(all[2]?.link.href, '/compte/donnees-personnelles#coordonnees-bancaires');

    const sent = await sam.request('/api/contact/transmissions', {
      method: 'POST',
      body: uploadForm({ nature: 'certificat-de-scolarite' }, [sampleFile('pdf', 100)]),
    });
    assert.equal(sent.status, 201);
    const bank = (await (
      await requestChange(sam, 'coordonnees_bancaires', { iban: NEW_IBAN, bic: 'AGRIFRPP' })
    ).json()) as PendingChange;
    await t.kernel.requests.decide({ requestId: bank.requestId, managerId, decision: 'accepted' });
    assert.deepEqual(
      (await notifications(sam)).map((n) => n.kind),
      ['adresse_npai', 'noemie', 'mode_cotisation'],
    );
    const alice = await login('A100001');
    assert.ok((await notifications(alice)).every((n) => n.kind !== 'certificat_scolarite'));
  });
});
