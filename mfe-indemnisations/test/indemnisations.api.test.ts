import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { isoDate, jsonb, todayIso } from '@portail/kernel';
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
import { type Kysely, sql } from 'kysely';
import { publishClaimForm } from '../api/claim-forms.js';
import { indemnisationsSlice } from '../api/index.js';
import { m004EndedStopRule } from '../api/migrations/004_ended_stop_rule.js';
import { indemnisationsDb } from '../api/tables.js';
import {
  type Claim,
  type ClaimOverview,
  type ClaimSent,
  type ClaimStart,
  type ClaimValues,
  describeHistoryRange,
  historyRange,
  type IndemnityPaymentDetail,
  type IndemnityPaymentPage,
  PAYMENTS_SHOWN_FROM,
  type Sending,
  type SendingList,
  validateClaim,
} from '../contract/index.js';
import { SICK_LEAVE_FORM } from '../contract/sick-leave-form.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;
const MB = 1024 * 1024;

async function login(identifier: string) {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  return client;
}

async function json<T>(response: Response, status = 200): Promise<T> {
  assert.equal(response.status, status, await response.clone().text());
  return (await response.json()) as T;
}

async function newClaim(client: TestClient) {
  return json<Claim>(
    await client.request('/api/indemnisations/demandes', {
      method: 'POST',
      json: { formCode: 'arret-de-travail' },
    }),
    201,
  );
}

function complete(values: ClaimValues): ClaimValues {
  return {
    ...values,
    nature: 'maladie',
    tiersResponsable: 'non',
    typeArret: 'initial',
    dateOrigine: '2026-03-02',
    periodes: [
      { start: '2026-03-02', end: '2026-03-31', rate: 'plein' },
      { start: '2026-04-01', end: '2026-04-15', rate: 'demi' },
    ],
    arretTermine: 'oui',
    arretsPrecedents: 'non',
  };
}

const pdfText = (bytes: ArrayBuffer) =>
  execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(bytes) }).toString('utf8');

before(async () => {
  t = await createTestKernel({ sections: [indemnisationsSlice] });
  ids = await seedBasics(t);
  await publishClaimForm(t.kernel, {
    contractCode: 'PREV-01',
    code: 'arret-de-travail',
    definition: SICK_LEAVE_FORM,
  });
});
after(() => t.close());

describe('C1, C2, C3 claims', () => {
  test('C1 is refused where the employer does not allow online claims (A6)', async () => {
    const bruno = await login('A100002');
    assert.equal((await bruno.request('/api/indemnisations/demandes')).status, 403);
    const created = await bruno.request('/api/indemnisations/demandes', {
      method: 'POST',
      json: { formCode: 'arret-de-travail' },
    });
    assert.equal(created.status, 403);
  });

  test('a new claim is pre-filled from the file; drafts show only when they exist', async () => {
    const alice = await login('A100001');
    const empty = await json<ClaimOverview>(await alice.request('/api/indemnisations/demandes'));
    assert.deepEqual(empty.forms, [{ code: 'arret-de-travail', title: SICK_LEAVE_FORM.title }]);
    assert.deepEqual(empty.drafts, []);
    const claim = await newClaim(alice);
    assert.equal(claim.status, 'brouillon');
    assert.equal(claim.values.employeur, 'Mairie de Bourges');
    assert.equal(claim.values.numeroAdhesion, 'N-A100001');
    assert.equal(claim.values.nom, 'A100001');
    assert.equal(claim.values.dateNaissance, '1980-01-01');
    assert.equal(
      (await json<ClaimOverview>(await alice.request('/api/indemnisations/demandes'))).drafts[0]?.id,
      claim.id,
    );
  });

  test('Enregistrer keeps an incomplete draft; a stale version is refused; read-only fields stay', async () => {
    const alice = await login('A100001');
    const claim = await newClaim(alice);
    const saved = await json<Claim>(
      await alice.request(`/api/indemnisations/demandes/${claim.id}`, {
        method: 'PUT',
        json: {
          version: claim.version,
          values: { ...claim.values, typeArret: 'initial', employeur: 'Autre', inconnu: 'x' },
        },
      }),
    );
    assert.equal(saved.version, claim.version + 1);
    assert.equal(saved.values.typeArret, 'initial');
    assert.equal(saved.values.employeur, 'Mairie de Bourges', 'read-only fields keep the file’s value');
    assert.equal(saved.values.inconnu, undefined);
    const stale = await alice.request(`/api/indemnisations/demandes/${claim.id}`, {
      method: 'PUT',
      json: { version: claim.version, values: claim.values },
    });
    assert.equal(stale.status, 409);
    assert.match(((await stale.json()) as Problem).detail, /modifiée entre-temps/);
  });

  test('Envoyer with missing or incoherent fields sends nothing and names each field', async () => {
    const alice = await login('A100001');
    const claim = await newClaim(alice);
    const values = complete(claim.values);
    values.periodes = [
      { start: '2026-03-02', end: '2026-03-31', rate: 'plein' },
      { start: '2026-03-20', end: '2026-03-10', rate: '' },
      { start: '2026-03-25', end: '2026-04-10', rate: 'demi' },
    ];
    values.dateOrigine = '2026-03-05';
    values.nature = '';
    values.arretsPrecedents = 'oui';
    const response = await alice.request(`/api/indemnisations/demandes/${claim.id}/envoi`, {
      method: 'POST',
      json: { version: claim.version, values },
    });
    assert.equal(response.status, 400);
    const fields = Object.fromEntries(
      ((await response.json()) as Problem).errors?.map((e) => [e.field, e.detail]) ?? [],
    );
    assert.equal(fields.nature, 'Ce champ est obligatoire.');
    assert.match(fields['periodes.1.end'] ?? '', /postérieure ou égale/);
    assert.equal(fields['periodes.1.rate'], 'Choisissez une des réponses proposées.');
    assert.match(fields.periodes ?? '', /chevauchent/);
    assert.match(fields.dateOrigine ?? '', /postérieure au début/);
    assert.equal(fields.periodesPrecedentes, "Saisissez au moins une période d'arrêt.");
    const after = await json<Claim>(await alice.request(`/api/indemnisations/demandes/${claim.id}`));
    assert.equal(after.status, 'brouillon');
  });

  test('Envoyer makes one claim, even sent twice at once; its PDF is in Historique des envois; then it is frozen', async () => {
    const alice = await login('A100001');
    const claim = await newClaim(alice);
    const body = { method: 'POST', json: { version: claim.version, values: complete(claim.values) } };
    const [first, second] = await Promise.all([
      alice.request(`/api/indemnisations/demandes/${claim.id}/envoi`, body),
      alice.request(`/api/indemnisations/demandes/${claim.id}/envoi`, body),
    ]);
    const a = await json<ClaimSent>(first);
    const b = await json<ClaimSent>(second);
    assert.deepEqual(a, b, 'the double click gets the same answer');
    const retried = await json<ClaimSent>(
      await alice.request(`/api/indemnisations/demandes/${claim.id}/envoi`, body),
    );
    assert.deepEqual(retried, a);
    const sendings = await json<SendingList>(await alice.request('/api/indemnisations/envois'));
    assert.equal(sendings.items.filter((s) => s.documents.some((d) => d.downloadUrl === a.pdfUrl)).length, 1);
    const requests = await t.kernel.requests.listForMember(ids.alice, { kind: 'demande_indemnisation' });
    assert.equal(requests.length, 1);

    const pdf = await alice.request(a.pdfUrl);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const text = pdfText(await pdf.arrayBuffer());
    assert.match(text, /Arrêt de travail/);
    assert.match(text, /du 02\/03\/2026 au 31\/03\/2026 \(Plein traitement\)/);

    const edit = await alice.request(`/api/indemnisations/demandes/${claim.id}`, {
      method: 'PUT',
      json: { version: claim.version + 1, values: claim.values },
    });
    assert.equal(edit.status, 409);
    const other = await alice.request(`/api/indemnisations/demandes/${claim.id}/envoi`, {
      method: 'POST',
      json: { version: claim.version + 1, values: { ...complete(claim.values), nature: 'longue_maladie' } },
    });
    assert.equal(other.status, 409);
    assert.equal(
      (await alice.request(`/api/indemnisations/demandes/${claim.id}`, { method: 'DELETE' })).status,
      409,
    );
  });

  test('✕ deletes a draft; another member gets nothing of the claim', async () => {
    const alice = await login('A100001');
    const claim = await newClaim(alice);
    const sam = await login('S200001');
    assert.equal(
      (await sam.request(`/api/indemnisations/demandes/${claim.id}`)).status,
      403,
      'a santé-only member has no C1',
    );
    await t.directory.addMembership({
      memberId: ids.sam,
      employerId: ids.openEmployer,
      contractId: ids.prevoyance,
      membershipNumber: 'N-SAM',
      startDate: '2024-01-01',
    });
    for (const [method, path] of [
      ['GET', ''],
      ['PUT', ''],
      ['DELETE', ''],
      ['POST', '/envoi'],
    ] as const) {
      const response = await sam.request(`/api/indemnisations/demandes/${claim.id}${path}`, {
        method,
        ...(method === 'PUT' || method === 'POST' ? { json: { version: 1, values: {} } } : {}),
      });
      assert.equal(response.status, 404, `${method} ${path}`);
    }
    assert.equal(
      (await alice.request(`/api/indemnisations/demandes/${claim.id}`, { method: 'DELETE' })).status,
      204,
    );
    assert.equal((await alice.request(`/api/indemnisations/demandes/${claim.id}`)).status, 404);
  });

  test('two contracts show two forms, from data alone', async () => {
    const other = await t.directory.createContract({
      code: 'PREV-02',
      label: 'Prévoyance hospitalière',
      kind: 'prevoyance',
    });
    await publishClaimForm(t.kernel, {
      contractCode: 'PREV-02',
      code: 'hospitalisation',
      definition: {
        title: "Demande d'indemnisation — Hospitalisation",
        tabs: [
          {
            id: 'sejour',
            label: 'Séjour',
            fields: [{ type: 'date', name: 'entree', label: "Date d'entrée", required: true }],
          },
        ],
        rules: [],
      },
    });
    const carol = await t.directory.createMember({
      identifier: 'A100009',
      email: 'carol@example.fr',
      civility: 'Mme',
      firstName: 'Carol',
      lastName: 'Test',
      birthDate: '1975-05-05',
      password: TEST_PASSWORD,
    });
    await t.directory.addMembership({
      memberId: carol,
      employerId: ids.openEmployer,
      contractId: other,
      membershipNumber: 'N-C',
      startDate: '2020-01-01',
    });
    await t.directory.acceptCgu(carol, 1);
    const client = await login('A100009');
    const overview = await json<ClaimOverview>(await client.request('/api/indemnisations/demandes'));
    assert.deepEqual(
      overview.forms.map((f) => f.code),
      ['hospitalisation'],
    );
  });
});

describe('C4 justificatifs, C1 transmission, C5 Historique des envois', () => {
  async function send(client: TestClient, files: File[], fields: Record<string, string> = {}) {
    return client.request('/api/indemnisations/justificatifs', {
      method: 'POST',
      body: uploadForm(
        { message: 'Mon arrêt', email: 'alice@example.fr', telephone: '02 48 12 34 56', ...fields },
        files,
      ),
    });
  }

  test('the contact is pre-filled; three files go with a bordereau listing their SHA-256', async () => {
    const alice = await login('A100001');
    const contact = await json<{ email: string }>(
      await alice.request('/api/indemnisations/justificatifs/contact'),
    );
    assert.equal(contact.email, 'alice@example.fr');
    const files = [
      sampleFile('pdf', 2000, 'arret.pdf'),
      sampleFile('png', 1500, 'scan.png'),
      sampleFile('jpg', 1000, 'photo.jpg'),
    ];
    const sending = await json<Sending>(await send(alice, files), 201);
    assert.deepEqual(
      sending.documents.map((d) => d.label),
      ["Bordereau d'envoi", 'arret.pdf', 'scan.png', 'photo.jpg'],
    );
    const slip = pdfText(await (await alice.request(sending.documents[0]?.downloadUrl ?? '')).arrayBuffer());
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256')
      .update(Buffer.from(await (files[0] as File).arrayBuffer()))
      .digest('hex');
    assert.ok(slip.replace(/\s+/g, '').includes(sha), 'the bordereau lists the SHA-256 of each file');
    assert.match(slip, /Mon arrêt/);
    assert.match(slip, /02 48 12 34 56/);
  });

  test('a message or file name the PDF font cannot draw is sent all the same', async () => {
    const alice = await login('A100001');
    const sending = await json<Sending>(
      await send(alice, [sampleFile('pdf', 300, 'Документ.pdf')], { message: 'Merci 🙏' }),
      201,
    );
    assert.equal(sending.documents[1]?.label, 'Документ.pdf');
  });

  test('each limit is enforced with its exact message; nothing is kept', async () => {
    const alice = await login('A100001');
    const before = (await json<SendingList>(await alice.request('/api/indemnisations/envois'))).items.length;
    const exe = new File(
      [new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04])],
      'facture.pdf',
    );
    const cases: [File[], string][] = [
      [[exe], UPLOAD_MESSAGES.format],
      [[new File([], 'vide.pdf')], UPLOAD_MESSAGES.empty],
      [[sampleFile('pdf', 4 * MB)], UPLOAD_MESSAGES.fileSize],
      [
        [
          sampleFile('pdf', 3 * MB),
          sampleFile('pdf', 3 * MB),
          sampleFile('pdf', 3 * MB),
          sampleFile('pdf', 2 * MB),
        ],
        UPLOAD_MESSAGES.totalSize,
      ],
      [Array.from({ length: 11 }, () => sampleFile('png', 100)), UPLOAD_MESSAGES.fileCount],
      [[], UPLOAD_MESSAGES.required],
    ];
    for (const [files, message] of cases) {
      const response = await send(alice, files);
      assert.ok(response.status >= 400, message);
      assert.equal(((await response.json()) as Problem).detail, message);
    }
    const badEmail = await send(alice, [sampleFile('pdf', 100)], { email: 'pas-un-email' });
    assert.equal(((await badEmail.json()) as Problem).errors?.[0]?.field, 'email');
    assert.equal(
      (await json<SendingList>(await alice.request('/api/indemnisations/envois'))).items.length,
      before,
    );
  });

  test('C1 transmission of a completed form; sendings filtered by period; another member gets 404', async () => {
    const alice = await login('A100001');
    const sending = await json<Sending>(
      await alice.request('/api/indemnisations/formulaires/transmission', {
        method: 'POST',
        body: uploadForm({}, [sampleFile('pdf', 3000, 'formulaire-rempli.pdf')]),
      }),
      201,
    );
    assert.equal(sending.kindLabel, "Formulaire de demande d'indemnisation");
    const db = indemnisationsDb(t.kernel);
    await db
      .updateTable('indemnisations.sendings')
      .set({ sent_at: new Date('2024-01-15T10:00:00Z') })
      .where('id', '=', sending.id)
      .execute();
    const recent = await json<SendingList>(await alice.request('/api/indemnisations/envois?period=12m'));
    assert.ok(!recent.items.some((s) => s.id === sending.id));
    const all = await json<SendingList>(await alice.request('/api/indemnisations/envois?period=tous'));
    assert.ok(all.items.some((s) => s.id === sending.id));
    assert.equal((await alice.request('/api/indemnisations/envois?period=hier')).status, 400);

    const bruno = await login('A100002');
    assert.equal((await bruno.request(sending.documents[0]?.downloadUrl ?? '')).status, 404);
    const brunoList = await json<SendingList>(await bruno.request('/api/indemnisations/envois'));
    assert.deepEqual(brunoList.items, []);
  });
});

describe('C6 Historique des indemnisations', () => {
  before(async () => {
    const membership = await t.kernel.db
      .selectFrom('core.memberships')
      .select('id')
      .where('member_id', '=', ids.alice)
      .executeTakeFirstOrThrow();
    const rows = Array.from({ length: 45 }, (_, i) => {
      const paid = new Date(Date.UTC(2013, 0, 15 + i * 40));
      const iso = paid.toISOString().slice(0, 10);
      return {
        member_id: ids.alice,
        membership_id: membership.id,
        nature: 'Maladie ordinaire',
        event_date: `${2020 - (i % 7)}-0${1 + (i % 9)}-01`,
        period_start: iso,
        period_end: iso,
        paid_on: iso,
        method: 'virement' as const,
        gross_cents: 10000 + i,
        deductions: jsonb([{ label: 'CSG (6,7 %)', amountCents: 670 }]),
        net_cents: 9330 + i,
        full_pay_days: 30,
        half_pay_days: 0,
        daily_amount_cents: 333,
      };
    });
    await indemnisationsDb(t.kernel).insertInto('indemnisations.indemnity_payments').values(rows).execute();
  });

  test('only payments from 01/01/2014, newest first, in pages of 20, sorted three ways', async () => {
    const alice = await login('A100001');
    const first = await json<IndemnityPaymentPage>(
      await alice.request('/api/indemnisations/paiements?period=tous'),
    );
    assert.equal(first.total, 45 - 9, 'the payments of 2013 are not shown');
    assert.equal(first.items.length, 20);
    assert.ok(first.items.every((p, i, all) => i === 0 || (all[i - 1] as typeof p).paidOn >= p.paidOn));
    const third = await json<IndemnityPaymentPage>(
      await alice.request('/api/indemnisations/paiements?period=tous&page=2'),
    );
    assert.equal(third.items.length, 16);
    const byEvent = await json<IndemnityPaymentPage>(
      await alice.request('/api/indemnisations/paiements?sort=evenement'),
    );
    assert.ok(
      byEvent.items.every((p, i, all) => i === 0 || (all[i - 1] as typeof p).eventDate >= p.eventDate),
    );
    assert.equal((await alice.request('/api/indemnisations/paiements?sort=montant')).status, 400);
    const detail = await json<IndemnityPaymentDetail>(await alice.request(first.items[0]?.detailUrl ?? ''));
    assert.equal(
      detail.grossCents - detail.deductions.reduce((s, d) => s + d.amountCents, 0),
      detail.netCents,
    );
    assert.equal(detail.employer, 'Mairie de Bourges');
    assert.equal(detail.membershipNumber, 'N-A100001');

    const bruno = await login('A100002');
    assert.equal((await bruno.request(first.items[0]?.detailUrl ?? '')).status, 404);
    assert.equal(
      (await json<IndemnityPaymentPage>(await bruno.request('/api/indemnisations/paiements'))).total,
      0,
    );
  });
});

/* ------------------------------------------------------------------------------------------------
 * The usability walk-through (issue 21): drafts only once saved, a stop « terminé » cannot end in
 * the future, periods that say their dates, references on every line.
 * ---------------------------------------------------------------------------------------------- */

/** A member of the open employer with nothing yet (no draft, no sending, no payment). */
async function newcomer(identifier: string) {
  const id = await t.directory.createMember({
    identifier,
    email: `${identifier.toLowerCase()}@example.fr`,
    civility: 'M.',
    firstName: 'Nouveau',
    lastName: identifier,
    birthDate: '1985-02-03',
    password: TEST_PASSWORD,
  });
  await t.directory.addMembership({
    memberId: id,
    employerId: ids.openEmployer,
    contractId: ids.prevoyance,
    membershipNumber: `N-${identifier}`,
    startDate: '2020-01-01',
  });
  await t.directory.acceptCgu(id, 1);
  return { id, client: await login(identifier) };
}

describe('C1 a draft exists only once saved', () => {
  test('opening the form of a new claim five times creates nothing; it comes pre-filled from the file', async () => {
    const { client } = await newcomer('A100021');
    for (let visit = 0; visit < 5; visit += 1) {
      const start = await json<ClaimStart>(
        await client.request('/api/indemnisations/demandes/nouvelle/arret-de-travail'),
      );
      assert.equal(start.formCode, 'arret-de-travail');
      assert.equal(start.form.title, SICK_LEAVE_FORM.title);
      assert.equal(start.values.employeur, 'Mairie de Bourges');
      assert.equal(start.values.nom, 'A100021');
      assert.deepEqual(start.values.periodes, []);
    }
    const overview = await json<ClaimOverview>(await client.request('/api/indemnisations/demandes'));
    assert.deepEqual(overview.drafts, [], 'no draft after five visits');
    assert.equal(
      (await client.request('/api/indemnisations/demandes/nouvelle/inconnu')).status,
      404,
      'a form the contract does not offer',
    );
  });

  test('the first « Enregistrer » creates one draft with what was typed; the next ones update it', async () => {
    const { client } = await newcomer('A100022');
    const start = await json<ClaimStart>(
      await client.request('/api/indemnisations/demandes/nouvelle/arret-de-travail'),
    );
    const created = await json<Claim>(
      await client.request('/api/indemnisations/demandes', {
        method: 'POST',
        json: {
          formCode: 'arret-de-travail',
          values: { ...start.values, serviceRh: 'Direction des sports', employeur: 'Autre', inconnu: 'x' },
        },
      }),
      201,
    );
    assert.equal(created.status, 'brouillon');
    assert.equal(created.values.serviceRh, 'Direction des sports');
    assert.equal(created.values.employeur, 'Mairie de Bourges', 'read-only fields keep the file’s value');
    assert.equal(created.values.inconnu, undefined);
    const saved = await json<Claim>(
      await client.request(`/api/indemnisations/demandes/${created.id}`, {
        method: 'PUT',
        json: { version: created.version, values: { ...created.values, telephone: '02 48 12 34 56' } },
      }),
    );
    assert.equal(saved.id, created.id);
    const overview = await json<ClaimOverview>(await client.request('/api/indemnisations/demandes'));
    assert.deepEqual(
      overview.drafts.map((d) => d.id),
      [created.id],
      'one draft, updated by the next save',
    );
  });
});

describe('C2 a stop said to be over cannot end in the future', () => {
  const FUTURE_END =
    "Vous avez répondu que l'arrêt est terminé : la fin de la période ne peut pas être après aujourd'hui. Corrigez la date ou répondez « Non » à « L'arrêt est-il terminé ? ».";

  test('the contract’s rule, the same in the browser and on the server', () => {
    const values: ClaimValues = {
      arretTermine: 'oui',
      periodes: [
        { start: '2026-03-02', end: '2026-03-31', rate: 'plein' },
        { start: '2026-04-01', end: '2027-01-15', rate: 'demi' },
      ],
    };
    const errors = validateClaim(SICK_LEAVE_FORM, values, '2026-04-10');
    assert.equal(errors['periodes.1.end'], FUTURE_END);
    assert.equal(errors['periodes.0.end'], undefined);
    assert.equal(
      validateClaim(SICK_LEAVE_FORM, { ...values, arretTermine: 'non' }, '2026-04-10')['periodes.1.end'],
      undefined,
      'a stop still running may end later',
    );
    assert.equal(
      validateClaim(SICK_LEAVE_FORM, values, '2027-01-15')['periodes.1.end'],
      undefined,
      'ending today is fine',
    );
  });

  test('the forms published before the rule get it (migration 004), once', async () => {
    const contract = await t.directory.createContract({
      code: 'PREV-OLD',
      label: 'Prévoyance (formulaire publié avant la règle)',
      kind: 'prevoyance',
    });
    const old = {
      ...SICK_LEAVE_FORM,
      rules: SICK_LEAVE_FORM.rules.filter((r) => r.rule !== 'endedPeriodsNotInFuture'),
    };
    await publishClaimForm(t.kernel, { contractCode: 'PREV-OLD', code: 'arret-de-travail', definition: old });
    const rulesOf = async () =>
      (
        await indemnisationsDb(t.kernel)
          .selectFrom('indemnisations.claim_forms')
          .select('definition')
          .where('contract_id', '=', contract)
          .executeTakeFirstOrThrow()
      ).definition.rules.map((r) => r.rule);
    assert.deepEqual(await rulesOf(), ['dateBeforePeriods']);
    await m004EndedStopRule.up(t.kernel.db as unknown as Kysely<unknown>);
    await m004EndedStopRule.up(t.kernel.db as unknown as Kysely<unknown>);
    assert.deepEqual(await rulesOf(), ['dateBeforePeriods', 'endedPeriodsNotInFuture']);
  });

  test('Envoyer with « terminé : Oui » and an end in 2027 is refused on that field', async () => {
    const { client } = await newcomer('A100023');
    const claim = await newClaim(client);
    const values = complete(claim.values);
    const nextYear = Number(new Date().getFullYear()) + 1;
    values.periodes = [{ start: '2026-03-02', end: `${nextYear}-01-15`, rate: 'plein' }];
    const response = await client.request(`/api/indemnisations/demandes/${claim.id}/envoi`, {
      method: 'POST',
      json: { version: claim.version, values },
    });
    assert.equal(response.status, 400);
    const fields = Object.fromEntries(
      ((await response.json()) as Problem).errors?.map((e) => [e.field, e.detail]) ?? [],
    );
    assert.deepEqual(fields, { 'periodes.0.end': FUTURE_END });
    assert.equal(
      (await json<Claim>(await client.request(`/api/indemnisations/demandes/${claim.id}`))).status,
      'brouillon',
    );
  });
});

describe('C5, C6 the dates a period covers, and a reference on each line', () => {
  test('the contract’s ranges: whole months back from today, the current month from its 1st', () => {
    assert.deepEqual(historyRange('6m', '2026-12-07'), { from: '2026-06-07', to: '2026-12-07' });
    assert.deepEqual(historyRange('3m', '2026-05-31'), { from: '2026-02-28', to: '2026-05-31' });
    assert.deepEqual(historyRange('12m', '2028-02-29'), { from: '2027-02-28', to: '2028-02-29' });
    assert.deepEqual(historyRange('mois', '2026-12-07'), { from: '2026-12-01', to: '2026-12-07' });
    assert.deepEqual(historyRange('tous', '2026-12-07'), { from: null, to: null });
    assert.equal(
      describeHistoryRange({ from: '2026-06-07', to: '2026-12-07' }),
      'du 7 juin 2026 au 7 décembre 2026',
    );
    assert.equal(describeHistoryRange({ from: '2014-01-01', to: null }), 'depuis le 1er janvier 2014');
    assert.equal(describeHistoryRange({ from: null, to: null }), '');
  });

  test('C5: the sendings of the range the answer states, each with its reference', async () => {
    const { id, client } = await newcomer('A100024');
    const claim = await newClaim(client);
    await json<ClaimSent>(
      await client.request(`/api/indemnisations/demandes/${claim.id}/envoi`, {
        method: 'POST',
        json: { version: claim.version, values: complete(claim.values) },
      }),
    );
    const justificatifs = await json<Sending>(
      await client.request('/api/indemnisations/justificatifs', {
        method: 'POST',
        body: uploadForm({ email: 'a100024@example.fr' }, [sampleFile('pdf', 500, 'arret.pdf')]),
      }),
      201,
    );
    const range = historyRange('6m', todayIso());
    const db = indemnisationsDb(t.kernel);
    // The first day of the range (in France) is in; the day before is out.
    await db
      .updateTable('indemnisations.sendings')
      .set({
        sent_at: sql<Date>`(${range.from}::date::timestamp + interval '8 hours') AT TIME ZONE 'Europe/Paris'`,
      })
      .where('id', '=', justificatifs.id)
      .execute();
    const six = await json<SendingList>(await client.request('/api/indemnisations/envois?period=6m'));
    assert.deepEqual(six.range, range);
    assert.deepEqual(
      six.items.map((s) => s.reference),
      [`DI-${claim.id.slice(0, 8).toUpperCase()}`, `JU-${justificatifs.id.slice(0, 8).toUpperCase()}`],
      'a claim keeps the reference of its PDF; justificatifs get theirs',
    );
    await db
      .updateTable('indemnisations.sendings')
      .set({
        sent_at: sql<Date>`(${range.from}::date::timestamp - interval '1 hour') AT TIME ZONE 'Europe/Paris'`,
      })
      .where('id', '=', justificatifs.id)
      .execute();
    const after = await json<SendingList>(await client.request('/api/indemnisations/envois?period=6m'));
    assert.deepEqual(
      after.items.map((s) => s.kind),
      ['demande'],
    );
    const all = await json<SendingList>(await client.request('/api/indemnisations/envois'));
    assert.deepEqual(all.range, { from: null, to: null });
    assert.equal(all.items.length, 2);
    assert.ok(id);
  });

  test('C6: the payments of the range the answer states, each with its reference', async () => {
    const { id, client } = await newcomer('A100025');
    const membership = await t.kernel.db
      .selectFrom('core.memberships')
      .select('id')
      .where('member_id', '=', id)
      .executeTakeFirstOrThrow();
    const today = todayIso();
    const range = historyRange('6m', today);
    const from = range.from as string;
    const dayBefore = new Date(`${from}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    const tomorrow = new Date(`${today}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const payment = (paidOn: string) => ({
      member_id: id,
      membership_id: membership.id,
      nature: 'Maladie ordinaire',
      event_date: '2020-01-01',
      period_start: paidOn,
      period_end: paidOn,
      paid_on: paidOn,
      method: 'virement' as const,
      gross_cents: 1000,
      deductions: jsonb([]),
      net_cents: 1000,
      full_pay_days: 1,
      half_pay_days: 0,
      daily_amount_cents: 1000,
    });
    const rows = await indemnisationsDb(t.kernel)
      .insertInto('indemnisations.indemnity_payments')
      .values([
        payment(from),
        payment(dayBefore.toISOString().slice(0, 10)),
        payment(tomorrow.toISOString().slice(0, 10)),
      ])
      .returning(['id', isoDate('paid_on').as('paid_on')])
      .execute();
    const six = await json<IndemnityPaymentPage>(
      await client.request('/api/indemnisations/paiements?period=6m'),
    );
    assert.deepEqual(six.range, range);
    assert.deepEqual(
      six.items.map((p) => p.paidOn),
      [from],
      'the first day of the range is in; the day before and tomorrow are out',
    );
    const first = rows.find((r) => r.paid_on === from)!;
    assert.equal(six.items[0]?.reference, `RG-${first.id.slice(0, 8).toUpperCase()}`);
    const detail = await json<IndemnityPaymentDetail>(await client.request(six.items[0]?.detailUrl ?? ''));
    assert.equal(detail.reference, six.items[0]?.reference);
    const all = await json<IndemnityPaymentPage>(await client.request('/api/indemnisations/paiements'));
    assert.deepEqual(all.range, { from: PAYMENTS_SHOWN_FROM, to: null });
    assert.equal(all.total, 3);
  });
});
