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
    displayName: 'Gestionnaire Un',
    password: TEST_PASSWORD,
  });
  await t.directory.createManager({
    login: 'gestion2',
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
    const wrong = await new TestClient(t.app).request('/api/gestion/auth/login', {
      method: 'POST',
      json: { login: 'gestion', password: 'mauvais' },
    });
    assert.equal(wrong.status, 401);
    assert.equal(
      (
        await new TestClient(t.app).request('/api/gestion/auth/login', {
          method: 'POST',
          json: { login: 'A100001', password: TEST_PASSWORD },
        })
      ).status,
      401,
    );
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
