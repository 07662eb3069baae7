import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  AuditPage,
  Employer,
  OutboxPage,
  Problem,
  PublishedDocument,
  QueueDetail,
  QueuePage,
} from '@portail/kernel/contract';
import type { LoginChallenge } from '@portail/kernel/contract/second-factor';
import {
  createTestKernel,
  loginCodeOf,
  sampleFile,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
  uploadForm,
} from '@portail/kernel/testing';
import { sql } from 'kysely';
import { compteSlice } from '../../mfe-compte/api/index.js';
import type { PersonalData } from '../../mfe-compte/contract/index.js';
import { contactSlice } from '../../mfe-contact/api/index.js';
import { indemnisationsSlice } from '../../mfe-indemnisations/api/index.js';
import type {
  IndemnityPaymentPage,
  PayeeFile,
  RecordedPayment,
} from '../../mfe-indemnisations/contract/index.js';
import { santeSlice } from '../../mfe-sante/api/index.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;
const IBAN = 'FR7630006000011234567890189';

async function member(identifier: string) {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  return client;
}

async function manager(login = 'gestion') {
  const client = new TestClient(t.app);
  await client.loginManager(login, TEST_PASSWORD);
  return client;
}

async function json<T>(response: Response, status = 200): Promise<T> {
  assert.equal(response.status, status, await response.clone().text());
  return (await response.json()) as T;
}

/** A French text with its no-break spaces (amounts, « ») as plain ones, to compare with a literal. */
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

async function outboxTo(recipient: string) {
  return t.kernel.db
    .selectFrom('core.outbox')
    .selectAll()
    .where('recipient', '=', recipient)
    .orderBy('created_at')
    .execute();
}

before(async () => {
  t = await createTestKernel({ sections: [compteSlice, contactSlice, indemnisationsSlice, santeSlice] });
  ids = await seedBasics(t);
  await t.directory.createManager({
    login: 'gestion',
    email: 'gestion@example.fr',
    displayName: 'Gestionnaire Un',
    password: TEST_PASSWORD,
  });
  await t.directory.createManager({
    login: 'gestion2',
    email: 'gestion2@example.fr',
    displayName: 'Gestionnaire Deux',
    password: TEST_PASSWORD,
  });
});
after(() => t.close());

describe('Managers are a separate role (SPEC H1)', () => {
  test("a manager's session opens no member route, a member's none of the back office", async () => {
    const boss = await manager();
    assert.equal((await boss.request('/api/gestion/demandes')).status, 200);
    assert.equal((await boss.request('/api/compte/donnees')).status, 401);
    assert.equal((await boss.request('/api/menu')).status, 401);
    const alice = await member('A100001');
    assert.equal((await alice.request('/api/gestion/demandes')).status, 401);
    assert.equal((await alice.request('/api/gestion/employeurs')).status, 401);
    // SPEC P8: a manager's login always takes the code step, a wrong password or a login no manager
    // has (a member's) on a decoy: no code is sent, none opens the back office — not even the code
    // the member just received for their own login.
    const sentBefore = (await outboxTo('gestion@example.fr')).length;
    const memberLogin = await new TestClient(t.app).request('/api/auth/login', {
      method: 'POST',
      json: { login: 'A100001', password: TEST_PASSWORD },
    });
    const memberCode = await loginCodeOf(t.kernel, (await json<LoginChallenge>(memberLogin, 202)).challenge);
    const aliceSent = (await outboxTo('alice@example.fr')).length;
    for (const [what, login, password] of [
      ["a manager's wrong password", 'gestion', 'mauvais'],
      ["a member's login and password", 'A100001', TEST_PASSWORD],
    ]) {
      const client = new TestClient(t.app);
      const answer = await client.request('/api/gestion/auth/login', {
        method: 'POST',
        json: { login, password },
      });
      const { challenge } = await json<LoginChallenge>(answer, 202);
      const tried = await client.request('/api/gestion/auth/login/code', {
        method: 'POST',
        json: { challenge, code: memberCode },
      });
      assert.equal(tried.status, 400, what);
      assert.equal(((await tried.json()) as Problem).code, 'code-wrong', what);
      assert.equal((await client.request('/api/gestion/auth/session')).status, 401, what);
      assert.equal((await client.request('/api/gestion/demandes')).status, 401, what);
    }
    assert.equal((await outboxTo('gestion@example.fr')).length, sentBefore, 'no code for a wrong password');
    assert.equal((await outboxTo('alice@example.fr')).length, aliceSent, 'nor to the member');
    await t.kernel.db.deleteFrom('core.login_failures').execute();
  });
});

describe('H1 queue, H2 decisions, H3 answers', () => {
  test('an IBAN change accepted by a manager applies, tells the member, and is audited', async () => {
    const alice = await member('A100001');
    const created = await alice.request('/api/compte/modifications', {
      method: 'POST',
      body: uploadForm(
        { kind: 'coordonnees_bancaires', donnees: JSON.stringify({ iban: IBAN, bic: 'AGRIFRPP' }) },
        [sampleFile('pdf', 900, 'rib.pdf')],
      ),
    });
    assert.equal(created.status, 201);
    const boss = await manager();
    const queue = await json<QueuePage>(await boss.request('/api/gestion/demandes?section=compte'));
    const item = queue.items.find((i) => i.member.identifier === 'A100001');
    assert.ok(item);
    assert.equal(item.attachmentCount, 1);
    assert.ok(queue.kinds.some((k) => k.section === 'compte' && k.kind === 'coordonnees_bancaires'));
    const detail = await json<QueueDetail>(await boss.request(`/api/gestion/demandes/${item.id}`));
    assert.deepEqual(detail.summary, ['IBAN : FR76 3000 6000 0112 3456 7890 189', 'BIC : AGRIFRPP']);
    assert.equal(detail.memberFile.email, 'alice@example.fr');
    assert.equal(detail.answerable, false);
    const file = await boss.request(detail.attachments[0]?.downloadUrl ?? '');
    assert.equal(file.status, 200);
    assert.equal(
      (await alice.request(detail.attachments[0]?.downloadUrl ?? '')).status,
      401,
      'members cannot use the manager route',
    );

    const decided = await json<QueueDetail>(
      await boss.request(`/api/gestion/demandes/${item.id}/decision`, {
        method: 'POST',
        json: { decision: 'accepted' },
      }),
    );
    assert.equal(decided.status, 'accepted');
    assert.equal(decided.decidedBy, 'Gestionnaire Un');
    const data = await json<PersonalData>(await alice.request('/api/compte/donnees'));
    assert.equal(data.bank?.ibanMasked, 'FR76 **** **** **** **** **** 189');
    const mails = await outboxTo('alice@example.fr');
    assert.ok(mails.some((m) => m.subject.includes('a été prise en compte')));

    const again = await boss.request(`/api/gestion/demandes/${item.id}/decision`, {
      method: 'POST',
      json: { decision: 'refused', reason: 'x' },
    });
    assert.equal(again.status, 409);
    assert.equal(((await again.json()) as Problem).detail, 'Cette demande a déjà été traitée.');

    const audit = await json<AuditPage>(
      await boss.request('/api/gestion/journal?action=demande.acceptation'),
    );
    const entry = audit.items.find((a) => a.targetId === item.id);
    assert.equal(entry?.actor, 'Gestionnaire Un');
    assert.deepEqual((entry?.after as { status: string } | undefined)?.status, 'accepted');
    assert.ok(JSON.stringify(entry?.before).includes('IBAN'));
  });

  test('two managers deciding at once: one decision, the second gets 409', async () => {
    const alice = await member('A100001');
    await alice.request('/api/compte/modifications', {
      method: 'POST',
      body: uploadForm({ kind: 'mode_cotisation', donnees: JSON.stringify({ mode: 'cheque' }) }, [
        sampleFile('pdf', 500),
      ]),
    });
    const [one, two] = [await manager('gestion'), await manager('gestion2')];
    const queue = await json<QueuePage>(
      await one.request('/api/gestion/demandes?section=compte&kind=mode_cotisation'),
    );
    const id = queue.items[0]?.id ?? '';
    const results = await Promise.all([
      one.request(`/api/gestion/demandes/${id}/decision`, {
        method: 'POST',
        json: { decision: 'accepted' },
      }),
      two.request(`/api/gestion/demandes/${id}/decision`, {
        method: 'POST',
        json: { decision: 'refused', reason: 'Mandat absent' },
      }),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
    const events = await t.kernel.db
      .selectFrom('core.request_events')
      .select('status')
      .where('request_id', '=', id)
      .execute();
    assert.equal(events.length, 2, 'created, then one decision');
  });

  test('a refusal needs its reason; questions are answered, not decided; the member reads the answer', async () => {
    const sam = await member('S200001');
    const question = await json<{ id: string }>(
      await sam.request('/api/contact/questions', {
        method: 'POST',
        json: { theme: 'garanties', question: 'Lunettes ?' },
      }),
      201,
    );
    const boss = await manager();
    const decide = await boss.request(`/api/gestion/demandes/${question.id}/decision`, {
      method: 'POST',
      json: { decision: 'accepted' },
    });
    assert.equal(decide.status, 400);
    const noReason = await boss.request(`/api/gestion/demandes/${question.id}/decision`, {
      method: 'POST',
      json: { decision: 'refused' },
    });
    assert.equal(noReason.status, 400);
    const answered = await json<QueueDetail>(
      await boss.request(`/api/gestion/demandes/${question.id}/reponse`, {
        method: 'POST',
        json: { text: 'Oui, 150 € par an.' },
      }),
    );
    assert.equal(answered.answer, 'Oui, 150 € par an.');
    const suivi = (
      await json<{ items: { id: string; answer: string | null }[] }>(await sam.request('/api/contact/suivi'))
    ).items;
    assert.equal(suivi.find((r) => r.id === question.id)?.answer, 'Oui, 150 € par an.');
    assert.ok((await outboxTo('sam@example.fr')).some((m) => m.subject.includes('réponse à votre demande')));
  });

  test('filters: oldest first, by status and age', async () => {
    const boss = await manager();
    const all = await json<QueuePage>(await boss.request('/api/gestion/demandes?status=all'));
    assert.ok(
      all.items.every((item, i, list) => i === 0 || (list[i - 1] as typeof item).createdAt <= item.createdAt),
    );
    const old = await json<QueuePage>(await boss.request('/api/gestion/demandes?status=all&age=30'));
    assert.equal(old.total, 0);
    assert.equal((await boss.request('/api/gestion/demandes?status=perdu')).status, 400);
  });
});

describe('H4 documents, H6 employers, H7 audit', () => {
  test('a document published to a member shows for them only, unread', async () => {
    const boss = await manager();
    const published = await json<PublishedDocument>(
      await boss.request('/api/gestion/documents', {
        method: 'POST',
        body: uploadForm(
          {
            category: 'document_cle',
            title: 'Avenant 2027',
            audience: 'member',
            memberIdentifier: 'A100001',
          },
          [sampleFile('pdf', 1200, 'avenant.pdf')],
        ),
      }),
      201,
    );
    assert.equal(published.recipients, 1);
    const aliceDocs = await t.kernel.documents.list(ids.alice, 'document_cle');
    assert.equal(aliceDocs.find((d) => d.id === published.id)?.unread, true);
    assert.equal((await t.kernel.documents.list(ids.bruno, 'document_cle')).length, 0);
    const unknown = await boss.request('/api/gestion/documents', {
      method: 'POST',
      body: uploadForm({ category: 'contrat', title: 'X', audience: 'member', memberIdentifier: 'Z999' }, [
        sampleFile('pdf', 100),
      ]),
    });
    assert.equal(((await unknown.json()) as Problem).errors?.[0]?.field, 'memberIdentifier');
    const toEmployer = await json<PublishedDocument>(
      await boss.request('/api/gestion/documents', {
        method: 'POST',
        body: uploadForm(
          { category: 'contrat', title: 'Notice 2027', audience: 'employer', employerId: ids.openEmployer },
          [sampleFile('pdf', 100)],
        ),
      }),
      201,
    );
    assert.equal(toEmployer.recipients, 2, 'alice and sam work at the open employer');
  });

  test('employers: authorisation and widget origins change, with an audit record; bad origins refused', async () => {
    const boss = await manager();
    const { items } = await json<{ items: Employer[] }>(await boss.request('/api/gestion/employeurs'));
    const bourges = items.find((e) => e.id === ids.openEmployer) as Employer;
    assert.equal(bourges.features.demande_indemnisation, true);
    const bad = await boss.request(`/api/gestion/employeurs/${bourges.id}`, {
      method: 'PUT',
      json: {
        adhesionCode: 'BOURGES-2026',
        features: { demande_indemnisation: true },
        widgetOrigins: ['https://intranet.example/chemin'],
      },
    });
    assert.equal(bad.status, 400);
    const updated = await json<Employer>(
      await boss.request(`/api/gestion/employeurs/${bourges.id}`, {
        method: 'PUT',
        json: {
          adhesionCode: 'BOURGES-2027',
          features: { demande_indemnisation: false },
          widgetOrigins: ['https://intranet.example'],
        },
      }),
    );
    assert.deepEqual(updated.widgetOrigins, ['https://intranet.example']);
    const alice = await member('A100001');
    assert.equal(
      (await alice.request('/api/indemnisations/demandes')).status,
      403,
      'A6 follows the switch at once',
    );
    await boss.request(`/api/gestion/employeurs/${bourges.id}`, {
      method: 'PUT',
      json: { adhesionCode: 'BOURGES-2026', features: { demande_indemnisation: true }, widgetOrigins: [] },
    });
    const audit = await json<AuditPage>(await boss.request('/api/gestion/journal?action=employeur&actor=Un'));
    assert.equal(audit.items.length, 2);
    assert.deepEqual((audit.items[1]?.after as { widget_origins: string[] } | undefined)?.widget_origins, [
      'https://intranet.example',
    ]);
  });

  test('the audit log cannot be changed, even by a direct update', async () => {
    await assert.rejects(sql`UPDATE core.audit_log SET action = 'x'`.execute(t.kernel.db), /append-only/);
    await assert.rejects(sql`DELETE FROM core.audit_log`.execute(t.kernel.db), /append-only/);
  });
});

describe('H5 payments with alerts, N1 outbox', () => {
  test('an indemnity payment shows in the member’s history at once, alerting by e-mail and SMS as chosen', async () => {
    const alice = await member('A100001');
    await alice.request('/api/compte/telephones', {
      method: 'PUT',
      json: { phone: '', noPhone: true, mobile: '06 12 34 56 78' },
    });
    await alice.request('/api/compte/alertes', { method: 'PUT', json: { email: true, sms: true } });
    const boss = await manager();
    const payee = await json<PayeeFile>(await boss.request('/api/gestion/adherents/A100001'));
    const recorded = await json<RecordedPayment>(
      await boss.request('/api/gestion/indemnisations/indemnites', {
        method: 'POST',
        json: {
          membershipId: payee.memberships[0]?.id,
          nature: 'Maladie ordinaire',
          eventDate: '2026-10-01',
          periodStart: '2026-10-01',
          periodEnd: '2026-10-31',
          paidOn: '2026-11-12',
          method: 'virement',
          grossCents: 128250,
          deductions: [{ label: 'CSG (6,7 %)', amountCents: 8593 }],
          fullPayDays: 30,
          halfPayDays: 0,
          dailyAmountCents: 4275,
        },
      }),
      201,
    );
    assert.deepEqual(recorded.alerted, { email: true, sms: true });
    assert.equal(recorded.netCents, 119657);
    const history = await json<IndemnityPaymentPage>(await alice.request('/api/indemnisations/paiements'));
    assert.equal(history.items[0]?.netCents, 119657);
    const sms = (await outboxTo('06 12 34 56 78')).at(-1);
    assert.equal(sms?.channel, 'sms');
    assert.match(sms?.body_text ?? '', /1 196,57 €/);
    const messages = await json<OutboxPage>(await boss.request('/api/gestion/messages?channel=sms'));
    assert.ok(messages.items.some((m) => m.recipient === '06 12 34 56 78'));

    const incoherent = await boss.request('/api/gestion/indemnisations/indemnites', {
      method: 'POST',
      json: {
        membershipId: payee.memberships[0]?.id,
        nature: 'Maladie ordinaire',
        eventDate: '2026-10-01',
        periodStart: '2026-10-31',
        periodEnd: '2026-10-01',
        paidOn: '2026-11-12',
        method: 'virement',
        grossCents: 100,
        deductions: [{ label: 'CSG', amountCents: 200 }],
        fullPayDays: 1,
        halfPayDays: 0,
        dailyAmountCents: 100,
      },
    });
    const fields = ((await incoherent.json()) as Problem).errors?.map((e) => e.field).sort();
    assert.deepEqual(fields, ['deductions', 'periodEnd']);
  });

  test('a health reimbursement is for the member’s own beneficiaries only', async () => {
    const boss = await manager();
    const [mine] = await t.kernel.db
      .insertInto('core.beneficiaries')
      .values({
        member_id: ids.sam,
        first_name: 'Sam',
        last_name: 'Test',
        birth_date: '1980-01-01',
        relationship: 'adherent',
      })
      .returning('id')
      .execute();
    const [other] = await t.kernel.db
      .insertInto('core.beneficiaries')
      .values({
        member_id: ids.alice,
        first_name: 'Autre',
        last_name: 'Test',
        birth_date: '1980-01-01',
        relationship: 'adherent',
      })
      .returning('id')
      .execute();
    const act = (beneficiaryId: string) => ({
      beneficiaryId,
      actDate: '2026-11-02',
      label: 'Consultation',
      realCostCents: 3000,
      baseCents: 3000,
      socialSecurityCents: 1900,
      organisationCents: 900,
    });
    const refused = await boss.request('/api/gestion/sante/remboursements', {
      method: 'POST',
      json: { memberId: ids.sam, paidOn: '2026-11-10', method: 'virement', acts: [act(other?.id ?? '')] },
    });
    assert.equal(refused.status, 400);
    const recorded = await json<RecordedPayment>(
      await boss.request('/api/gestion/sante/remboursements', {
        method: 'POST',
        json: { memberId: ids.sam, paidOn: '2026-11-10', method: 'virement', acts: [act(mine?.id ?? '')] },
      }),
      201,
    );
    assert.deepEqual(recorded.alerted, { email: true, sms: false });
    const sam = await member('S200001');
    const payments = await json<{ items: { id: string }[] }>(await sam.request('/api/sante/reglements'));
    assert.ok(payments.items.some((p) => p.id === recorded.id));
  });
});

describe('H5 a payment is recorded once, with a coherent gross amount', () => {
  const indemnity = (membershipId: string | undefined, overrides: Record<string, unknown> = {}) => ({
    membershipId,
    nature: 'Maladie ordinaire',
    eventDate: '2026-12-01',
    periodStart: '2026-12-01',
    periodEnd: '2026-12-29',
    paidOn: '2027-01-08',
    method: 'virement',
    grossCents: 130500,
    deductions: [{ label: 'CSG (6,7 %)', amountCents: 8744 }],
    fullPayDays: 29,
    halfPayDays: 0,
    dailyAmountCents: 4500,
    ...overrides,
  });

  test('the same indemnity twice: 409 in French, one e-mail and one SMS; another period is recorded', async () => {
    const alice = await member('A100001');
    await alice.request('/api/compte/telephones', {
      method: 'PUT',
      json: { phone: '', noPhone: true, mobile: '06 12 34 56 78' },
    });
    await alice.request('/api/compte/alertes', { method: 'PUT', json: { email: true, sms: true } });
    const boss = await manager();
    const payee = await json<PayeeFile>(await boss.request('/api/gestion/adherents/A100001'));
    const membershipId = payee.memberships[0]?.id;
    const [mailsBefore, smsBefore] = [
      (await outboxTo('alice@example.fr')).length,
      (await outboxTo('06 12 34 56 78')).length,
    ];
    const first = await json<RecordedPayment>(
      await boss.request('/api/gestion/indemnisations/indemnites', {
        method: 'POST',
        json: indemnity(membershipId),
      }),
      201,
    );
    // The same payment again, paid another day (typed again the next morning): refused.
    const again = await boss.request('/api/gestion/indemnisations/indemnites', {
      method: 'POST',
      json: indemnity(membershipId, { paidOn: '2027-01-09' }),
    });
    assert.equal(again.status, 409);
    const problem = (await again.json()) as Problem;
    assert.equal(problem.code, 'payment-duplicate');
    assert.equal(
      plain(problem.detail),
      "Ce paiement est déjà enregistré pour cet adhérent : Maladie ordinaire du 01/12/2026 au 29/12/2026, montant brut 1 305,00 €, payé le 08/01/2027. Il n'a pas été enregistré une seconde fois.",
    );
    assert.equal((await outboxTo('alice@example.fr')).length, mailsBefore + 1, 'one e-mail');
    assert.equal((await outboxTo('06 12 34 56 78')).length, smsBefore + 1, 'one SMS');
    const history = await json<IndemnityPaymentPage>(
      await alice.request('/api/indemnisations/paiements?period=tous'),
    );
    assert.equal(history.items.filter((p) => p.periodStart === '2026-12-01').length, 1);
    assert.ok(history.items.some((p) => p.id === first.id));

    // A genuine second payment: the next period.
    await json<RecordedPayment>(
      await boss.request('/api/gestion/indemnisations/indemnites', {
        method: 'POST',
        json: indemnity(membershipId, {
          periodStart: '2026-12-30',
          periodEnd: '2027-01-27',
          paidOn: '2027-02-08',
        }),
      }),
      201,
    );
  });

  test('the same health reimbursement twice: 409 in French, one e-mail; another act is recorded', async () => {
    const boss = await manager();
    const [beneficiary] = await t.kernel.db
      .insertInto('core.beneficiaries')
      .values({
        member_id: ids.sam,
        first_name: 'Léa',
        last_name: 'Test',
        birth_date: '2012-04-01',
        relationship: 'enfant',
      })
      .returning('id')
      .execute();
    const act = (actDate: string) => ({
      beneficiaryId: beneficiary?.id,
      actDate,
      label: 'Consultation pédiatre',
      realCostCents: 3000,
      baseCents: 3000,
      socialSecurityCents: 1900,
      organisationCents: 900,
    });
    const mailsBefore = (await outboxTo('sam@example.fr')).length;
    await json<RecordedPayment>(
      await boss.request('/api/gestion/sante/remboursements', {
        method: 'POST',
        json: { memberId: ids.sam, paidOn: '2026-12-10', method: 'virement', acts: [act('2026-12-02')] },
      }),
      201,
    );
    const again = await boss.request('/api/gestion/sante/remboursements', {
      method: 'POST',
      json: {
        memberId: ids.sam,
        paidOn: '2026-12-11',
        method: 'virement',
        acts: [act('2026-12-03'), act('2026-12-02')],
      },
    });
    assert.equal(again.status, 409);
    const problem = (await again.json()) as Problem;
    assert.equal(problem.code, 'payment-duplicate');
    assert.equal(
      plain(problem.detail),
      "L'acte « Consultation pédiatre » du 02/12/2026 de Léa Test, 9,00 € à la charge de l'organisme, est déjà remboursé (règlement du 10/12/2026). Ce remboursement n'a pas été enregistré.",
    );
    assert.deepEqual(
      problem.errors?.map((e) => e.field),
      ['acts.1.actDate'],
    );
    assert.equal((await outboxTo('sam@example.fr')).length, mailsBefore + 1, 'one e-mail');
    await json<RecordedPayment>(
      await boss.request('/api/gestion/sante/remboursements', {
        method: 'POST',
        json: { memberId: ids.sam, paidOn: '2026-12-11', method: 'virement', acts: [act('2026-12-03')] },
      }),
      201,
    );
  });

  test('a gross amount that is not the days times the daily allowance is refused on its field', async () => {
    const boss = await manager();
    const payee = await json<PayeeFile>(await boss.request('/api/gestion/adherents/A100001'));
    const membershipId = payee.memberships[0]?.id;
    const refused = await boss.request('/api/gestion/indemnisations/indemnites', {
      method: 'POST',
      json: indemnity(membershipId, {
        periodStart: '2027-03-01',
        periodEnd: '2027-03-29',
        grossCents: 100000,
        deductions: [],
      }),
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(
      ((await refused.json()) as Problem).errors?.map((e) => ({ ...e, detail: plain(e.detail) })),
      [
        {
          field: 'grossCents',
          detail:
            'Le montant brut ne correspond pas aux jours indemnisés : 29 jours à plein traitement à 45,00 € font 1 305,00 €.',
        },
      ],
    );
    // Full and half pay: 10 × 45 € + 20 × 22,50 € = 900 €.
    await json<RecordedPayment>(
      await boss.request('/api/gestion/indemnisations/indemnites', {
        method: 'POST',
        json: indemnity(membershipId, {
          periodStart: '2027-04-01',
          periodEnd: '2027-04-30',
          grossCents: 90000,
          deductions: [],
          fullPayDays: 10,
          halfPayDays: 20,
        }),
      }),
      201,
    );
  });
});

describe('H1 the queue searched by member, a change shown beside what the file holds', () => {
  test('by identifier or name (any case, accents ignored, each word the start of one), paginated', async () => {
    const helene = await t.directory.createMember({
      identifier: 'H700007',
      email: 'helene@example.fr',
      civility: 'Mme',
      firstName: 'Hélène',
      lastName: 'Lefèvre',
      birthDate: '1975-06-01',
      password: TEST_PASSWORD,
    });
    const requestId = await t.kernel.db.transaction().execute((trx) =>
      t.kernel.requests.create(trx, {
        memberId: helene,
        section: 'contact',
        kind: 'message',
        label: 'Message : Mes cotisations',
        payload: { text: 'Bonjour' },
        audit: { action: 'contact.message' },
      }),
    );
    const boss = await manager();
    const search = async (query: string) =>
      json<QueuePage>(await boss.request(`/api/gestion/demandes?${new URLSearchParams(query)}`));
    for (const term of ['H700007', 'h7000', 'lefevre', 'LEFÈV', 'hélène lef', 'Helene Lefevre']) {
      const found = await search(`member=${term}&status=all`);
      assert.deepEqual(
        found.items.map((i) => i.id),
        [requestId],
        `« ${term} »`,
      );
      assert.equal(found.total, 1);
    }
    assert.equal((await search('member=efevre&status=all')).total, 0, 'the start of a word only');
    assert.equal((await search('member=Lefèvre Paul&status=all')).total, 0, 'every word matches');
    assert.equal((await search('member=lefevre&status=accepted')).total, 0, 'with the other filters');
    assert.equal((await search('member=%_&status=all')).total, 0, 'LIKE wildcards are plain characters');
    const alices = await search('member=A100001&status=all');
    assert.ok(alices.total > 0);
    assert.ok(alices.items.every((i) => i.member.identifier === 'A100001'));
    assert.equal((await boss.request(`/api/gestion/demandes?member=${'x'.repeat(81)}`)).status, 400);
  });

  test('a requested change of address shows the current address beside it while it is pending', async () => {
    const alice = await member('A100001');
    const change = (line1: string) =>
      alice.request('/api/compte/modifications', {
        method: 'POST',
        body: uploadForm(
          {
            kind: 'adresse',
            donnees: JSON.stringify({ line1, line2: '', line3: '', postalCode: '18000', city: 'BOURGES' }),
          },
          [sampleFile('pdf', 700, 'facture.pdf')],
        ),
      });
    const boss = await manager();
    const pendingAddress = async () => {
      const queue = await json<QueuePage>(
        await boss.request('/api/gestion/demandes?section=compte&kind=adresse&member=A100001'),
      );
      const id = queue.items[0]?.id ?? '';
      return json<QueueDetail>(await boss.request(`/api/gestion/demandes/${id}`));
    };
    assert.equal((await change('3 RUE DES ARENES')).status, 201);
    const first = await pendingAddress();
    assert.deepEqual(first.summary, ['3 RUE DES ARENES', '18000 BOURGES']);
    assert.deepEqual(first.current, ['Aucune adresse enregistrée']);
    await json<QueueDetail>(
      await boss.request(`/api/gestion/demandes/${first.id}/decision`, {
        method: 'POST',
        json: { decision: 'accepted' },
      }),
    );
    assert.equal((await change('9 PLACE GORDAINE')).status, 201);
    const second = await pendingAddress();
    assert.deepEqual(second.summary, ['9 PLACE GORDAINE', '18000 BOURGES']);
    assert.deepEqual(second.current, ['3 RUE DES ARENES', '18000 BOURGES']);
    const decided = await json<QueueDetail>(
      await boss.request(`/api/gestion/demandes/${second.id}/decision`, {
        method: 'POST',
        json: { decision: 'refused', reason: 'Justificatif illisible' },
      }),
    );
    assert.deepEqual(decided.current, [], 'only beside a change still to decide');
  });
});

describe('D2 a member cancels a pending change', () => {
  test('withdrawn in the workflow: out of the pending queue, audited, never decided; not by another member', async () => {
    const alice = await member('A100001');
    const created = await json<{ requestId: string }>(
      await alice.request('/api/compte/modifications', {
        method: 'POST',
        body: uploadForm({ kind: 'email', donnees: JSON.stringify({ email: 'alice.neuve@example.fr' }) }, [
          sampleFile('pdf', 600, 'identite.pdf'),
        ]),
      }),
      201,
    );
    const id = created.requestId;
    const boss = await manager();
    const pendingIds = async () =>
      (await json<QueuePage>(await boss.request('/api/gestion/demandes?section=compte'))).items.map(
        (i) => i.id,
      );
    assert.ok((await pendingIds()).includes(id));

    const bruno = await member('A100002');
    const foreign = await bruno.request(`/api/compte/modifications/${id}`, { method: 'DELETE' });
    assert.equal(foreign.status, 404);
    assert.ok((await pendingIds()).includes(id), 'another member cannot cancel it');

    const cancelled = await alice.request(`/api/compte/modifications/${id}`, { method: 'DELETE' });
    assert.equal(cancelled.status, 204, await cancelled.clone().text());
    const data = await json<PersonalData>(await alice.request('/api/compte/donnees'));
    assert.deepEqual(data.pending, []);
    assert.equal(data.email, 'alice@example.fr');
    assert.ok(!(await pendingIds()).includes(id), 'no longer pending in the queue');
    const detail = await json<QueueDetail>(await boss.request(`/api/gestion/demandes/${id}`));
    assert.equal(detail.status, 'withdrawn');
    assert.equal(detail.statusLabel, 'Annulé');
    assert.deepEqual(
      detail.history.map((e) => [e.status, e.note]),
      [
        ['pending', null],
        ['withdrawn', "Annulée par l'adhérent"],
      ],
    );
    const withdrawn = await json<QueuePage>(
      await boss.request('/api/gestion/demandes?section=compte&status=withdrawn'),
    );
    assert.deepEqual(
      withdrawn.items.map((i) => i.id),
      [id],
    );
    const decide = await boss.request(`/api/gestion/demandes/${id}/decision`, {
      method: 'POST',
      json: { decision: 'accepted' },
    });
    assert.equal(decide.status, 409);
    const twice = await alice.request(`/api/compte/modifications/${id}`, { method: 'DELETE' });
    assert.equal(twice.status, 409);
    assert.equal(
      ((await twice.json()) as Problem).detail,
      'Cette demande a déjà été traitée : elle ne peut plus être annulée.',
    );
    const audit = await json<AuditPage>(await boss.request('/api/gestion/journal?action=demande.annulation'));
    const entry = audit.items.find((a) => a.targetId === id);
    assert.equal(entry?.actor, 'A100001');
    assert.deepEqual(entry?.after, { status: 'withdrawn' });
    // The member may ask again.
    assert.equal(
      (
        await alice.request('/api/compte/modifications', {
          method: 'POST',
          body: uploadForm({ kind: 'email', donnees: JSON.stringify({ email: 'alice.2@example.fr' }) }, [
            sampleFile('pdf', 600, 'identite.pdf'),
          ]),
        })
      ).status,
      201,
    );
  });
});
