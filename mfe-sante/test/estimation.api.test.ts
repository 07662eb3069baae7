// SPEC P5 « Estimer un remboursement » on real PostgreSQL (or PGlite): the guarantee table of the
// member's contract with this year's use of its forfaits from G1, « Envoyer mon devis » (C4 rules,
// request in Suivi, P1 date), the manager's answer (H3) and what another member gets: nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { MemberRequest, QueueDetail } from '@portail/kernel/contract';
import {
  createTestKernel,
  sampleFile,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
  uploadForm,
} from '@portail/kernel/testing';
import { CONFORT_TABLE } from '../api/demo-guarantees.js';
import { publishGuaranteeTable } from '../api/guarantee-tables.js';
import { santeSlice } from '../api/index.js';
import { santeDb } from '../api/tables.js';
import type { EstimateContext, QuoteLine, QuoteReview, QuoteSent } from '../contract/index.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;
let other = '';
const beneficiary: Record<string, string> = {};
const year = Number(new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' }).slice(0, 4));

async function login(identifier: string) {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  return client;
}

function sendQuote(
  client: TestClient,
  fields: { beneficiaire?: string; lignes?: string; commentaire?: string },
  files: File[] = [sampleFile('pdf', 3000, 'devis opticien.pdf')],
) {
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  return client.request('/api/sante/devis', { method: 'POST', body: uploadForm(given, files) });
}

const glasses: QuoteLine[] = [
  { care: 'optical-frame', priceCents: 15_000 },
  { care: 'optical-lenses', priceCents: 30_000 },
];

before(async () => {
  t = await createTestKernel({ sections: [santeSlice] });
  ids = await seedBasics(t);
  await t.directory.createManager({
    login: 'gestion',
    email: 'gestion@example.fr',
    displayName: 'Gestion',
    password: TEST_PASSWORD,
  });
  await publishGuaranteeTable(t.kernel, { contractCode: 'SANTE-01', definition: CONFORT_TABLE });
  const sante = await t.kernel.members.contractId('SANTE-01');
  other = await t.directory.createMember({
    identifier: 'S200009',
    email: 'other@example.fr',
    civility: 'M.',
    firstName: 'Olivier',
    lastName: 'Autre',
    birthDate: '1975-03-03',
    password: TEST_PASSWORD,
  });
  await t.directory.addMembership({
    memberId: other,
    employerId: null,
    contractId: sante ?? '',
    membershipNumber: 'S-OTHER',
    startDate: '2020-01-01',
  });
  await t.directory.acceptCgu(other, 1);
  for (const [key, member, first, relationship] of [
    ['sam', ids.sam, 'Sam', 'adherent'],
    ['lea', ids.sam, 'Léa', 'enfant'],
    ['olivier', other, 'Olivier', 'adherent'],
  ] as const) {
    const row = await t.kernel.db
      .insertInto('core.beneficiaries')
      .values({
        member_id: member,
        first_name: first,
        last_name: 'Test',
        birth_date: '2010-01-01',
        relationship,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    beneficiary[key] = row.id;
  }
  // Léa's glasses of this year (120 € of the 350 € optical forfait) and last year's (not counted).
  const db = santeDb(t.kernel);
  for (const [paidOn, org] of [
    [`${year}-01-20`, 12_000],
    [`${year - 1}-06-20`, 35_000],
  ] as const) {
    const payment = await db
      .insertInto('sante.health_payments')
      .values({
        member_id: ids.sam,
        paid_on: paidOn,
        amount_cents: org,
        method: 'virement',
        iban_masked: null,
        statement_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('sante.health_acts')
      .values({
        payment_id: payment.id,
        beneficiary_id: beneficiary.lea ?? '',
        act_date: paidOn.replace(/-20$/, '-10'),
        label: 'Optique — verres et monture',
        real_cost_cents: 45_000,
        base_cents: 10,
        social_security_cents: 6,
        organisation_cents: org,
        care: 'optical-lenses',
      })
      .execute();
  }
});

after(() => t?.close());

describe('P5 Estimer un remboursement', () => {
  test("the member's guarantee table, with what each beneficiary used this year", async () => {
    const sam = await login('S200001');
    const response = await sam.request('/api/sante/estimation');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('cache-control') ?? '', /no-store/);
    const context = (await response.json()) as EstimateContext;
    assert.equal(context.table.title, 'Formule Confort');
    assert.equal(context.table.version, 1);
    assert.equal(context.contractLabel, 'Complémentaire santé');
    assert.equal(context.year, year);
    const lea = context.beneficiaries.find((b) => b.id === beneficiary.lea);
    assert.deepEqual(lea?.usage, { 'optical-lenses': 12_000 });
    assert.deepEqual(context.beneficiaries.find((b) => b.id === beneficiary.sam)?.usage, {});
    assert.ok(!context.beneficiaries.some((b) => b.id === beneficiary.olivier), 'not another member’s');
    const crown = context.table.guarantees.find((g) => g.care === 'dental-crown');
    assert.deepEqual(crown?.organisation, { kind: 'percent-of-base', percent: 300 });
  });

  test('a newer version of the table applies', async () => {
    await publishGuaranteeTable(t.kernel, {
      contractCode: 'SANTE-01',
      definition: { ...CONFORT_TABLE, title: 'Formule Confort 2027' },
    });
    const sam = await login('S200001');
    const context = (await (await sam.request('/api/sante/estimation')).json()) as EstimateContext;
    assert.equal(context.table.version, 2);
    assert.equal(context.table.title, 'Formule Confort 2027');
  });

  test('a member without a santé contract gets 403, and no menu entry', async () => {
    const alice = await login('A100001');
    assert.equal((await alice.request('/api/sante/estimation')).status, 403);
    assert.equal(
      (await sendQuote(alice, { beneficiaire: beneficiary.sam, lignes: JSON.stringify(glasses) })).status,
      403,
    );
    const menu = (await (await alice.request('/api/menu')).json()) as {
      groups: { pages: { id: string }[] }[];
    };
    assert.ok(!JSON.stringify(menu).includes('sante.estimation'));
    const sam = await login('S200001');
    assert.ok(
      JSON.stringify(await (await sam.request('/api/menu')).json()).includes('Estimer un remboursement'),
    );
  });

  test('« Envoyer mon devis »: a request in Suivi with its file, the estimate made again by the server', async () => {
    const sam = await login('S200001');
    const response = await sendQuote(sam, {
      beneficiaire: beneficiary.lea,
      lignes: JSON.stringify(glasses),
      commentaire: 'Lunettes de Léa',
    });
    assert.equal(response.status, 201, await response.clone().text());
    const sent = (await response.json()) as QuoteSent;
    // Monture: 15 000 − SS 3 (60 % of 0,05 €), within « dont monture » 100 €; verres: 30 000 − 6,
    // within what is left of the 350 € forfait once 120 € (January) and the frame's 100 € are taken.
    assert.deepEqual(
      sent.estimate.lines.map((l) => [l.socialSecurityCents, l.organisationCents, l.remainingCents]),
      [
        [3, 10_000, 4_997],
        [6, 13_000, 16_994],
      ],
    );
    assert.deepEqual(
      sent.estimate.pools.map((p) => [p.id, p.usedBeforeCents, p.usedByEstimateCents, p.leftAfterCents]),
      [
        ['optique', 12_000, 23_000, 0],
        ['monture', 0, 10_000, 0],
      ],
    );
    assert.equal(sent.request.kind, 'devis');
    assert.equal(sent.request.section, 'sante');
    assert.equal(sent.request.status, 'pending');
    assert.match(sent.request.label, /^Devis : Optique — monture, Optique — verres/);
    assert.match(sent.request.estimatedAt ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(sent.request.memberText, 'Lunettes de Léa');
    assert.deepEqual(
      sent.request.attachments.map((a) => a.fileName),
      ['devis opticien.pdf'],
    );
    // Suivi (E4, Contact's page) lists every request of the member, whatever its section.
    const suivi: MemberRequest[] = await t.kernel.requests.listForMember(ids.sam, { limit: 200 });
    assert.ok(
      suivi.some((r) => r.id === sent.request.id),
      'in Suivi',
    );
  });

  test('refusals: each field with its French message, no file or a wrong one (C4), nothing recorded', async () => {
    const sam = await login('S200001');
    const before = await t.kernel.requests.listForMember(ids.sam, { section: 'sante', includeHidden: true });
    const refusal = async (response: Response) => {
      const body = (await response.json()) as {
        detail: string;
        errors?: { field: string; detail: string }[];
      };
      return { ...body, status: response.status, contentType: response.headers.get('content-type') };
    };
    const noFile = await refusal(
      await sendQuote(sam, { beneficiaire: beneficiary.lea, lignes: JSON.stringify(glasses) }, []),
    );
    assert.equal(noFile.status, 400);
    assert.match(noFile.contentType ?? '', /problem\+json/);
    assert.deepEqual(noFile.errors, [{ field: 'fichiers', detail: 'Ajoutez au moins un justificatif.' }]);
    const gif = await sendQuote(sam, { beneficiaire: beneficiary.lea, lignes: JSON.stringify(glasses) }, [
      sampleFile('gif', 2000, 'devis.pdf'),
    ]);
    assert.equal(gif.status, 415);
    assert.match((await refusal(gif)).detail, /Formats acceptés : JPG, PNG, PDF/);
    const badLines = await refusal(await sendQuote(sam, { beneficiaire: beneficiary.lea, lignes: '[{' }));
    assert.equal(badLines.status, 400);
    assert.deepEqual(
      badLines.errors?.map((e) => e.field),
      ['lignes'],
    );
    const noPrice = await refusal(
      await sendQuote(sam, {
        beneficiaire: beneficiary.lea,
        lignes: JSON.stringify([{ care: 'dental-crown', priceCents: 0 }]),
      }),
    );
    assert.deepEqual(noPrice.errors, [
      { field: 'lignes.0.priceCents', detail: 'Le prix doit être positif.' },
    ]);
    const noDays = await refusal(
      await sendQuote(sam, {
        beneficiaire: beneficiary.lea,
        lignes: JSON.stringify([{ care: 'hospital-private-room', priceCents: 24_000 }]),
      }),
    );
    assert.deepEqual(noDays.errors, [
      { field: 'lignes.0.days', detail: 'Saisissez le nombre de jours (de 1 à 365).' },
    ]);
    const unknownCare = await refusal(
      await sendQuote(sam, {
        beneficiaire: beneficiary.lea,
        lignes: JSON.stringify([{ care: 'cure', priceCents: 100 }]),
      }),
    );
    assert.deepEqual(
      unknownCare.errors?.map((e) => e.field),
      ['lignes.0.care'],
    );
    const after = await t.kernel.requests.listForMember(ids.sam, { section: 'sante', includeHidden: true });
    assert.equal(after.length, before.length);
  });

  test('another member gets nothing: not their beneficiary, not their quote, not their file', async () => {
    const olivier = await login('S200009');
    const context = (await (await olivier.request('/api/sante/estimation')).json()) as EstimateContext;
    assert.deepEqual(
      context.beneficiaries.map((b) => b.id),
      [beneficiary.olivier],
    );
    assert.deepEqual(context.beneficiaries[0]?.usage, {});
    const refused = await sendQuote(olivier, {
      beneficiaire: beneficiary.lea,
      lignes: JSON.stringify(glasses),
    });
    assert.equal(refused.status, 400);
    const problem = (await refused.json()) as { errors: { field: string }[] };
    assert.deepEqual(
      problem.errors.map((e) => e.field),
      ['beneficiaire'],
    );
    const [samQuote] = await t.kernel.requests.listForMember(ids.sam, { section: 'sante', kind: 'devis' });
    const file = samQuote?.attachments[0];
    assert.ok(samQuote && file);
    assert.equal((await olivier.request(file.downloadUrl)).status, 404);
    const own = await t.kernel.requests.listForMember(other, { section: 'sante' });
    assert.equal(own.length, 0);
    // The back office's reading of a quote is the managers' only.
    assert.equal((await olivier.request(`/api/gestion/sante/devis/${samQuote.id}`)).status, 401);
  });

  test('H3: the manager reads the quote with the estimate made again, answers; the member reads it and is e-mailed', async () => {
    const [quote] = await t.kernel.requests.listForMember(ids.sam, { section: 'sante', kind: 'devis' });
    assert.ok(quote);
    const manager = new TestClient(t.app);
    await manager.loginManager('gestion', TEST_PASSWORD);
    const detail = (await (await manager.request(`/api/gestion/demandes/${quote.id}`)).json()) as QueueDetail;
    assert.equal(detail.answerable, true);
    assert.ok(
      detail.summary.some((line) => line.includes('Léa Test')),
      detail.summary.join(' / '),
    );
    const decided = await manager.request(`/api/gestion/demandes/${quote.id}/decision`, {
      method: 'POST',
      json: { decision: 'accepted' },
    });
    assert.equal(decided.status, 400, 'a quote is answered, not accepted');
    const reviewed = await manager.request(`/api/gestion/sante/devis/${quote.id}`);
    assert.equal(reviewed.status, 200);
    const review = (await reviewed.json()) as QuoteReview;
    assert.equal(review.beneficiaryName, 'Léa Test');
    assert.deepEqual(review.lines, glasses);
    assert.deepEqual(review.context.usage, { 'optical-lenses': 12_000 });
    assert.equal(review.comment, 'Lunettes de Léa');
    assert.equal(review.sentEstimate.totals.organisationCents, 23_000);
    const notAQuote = await manager.request('/api/gestion/sante/devis/00000000-0000-4000-8000-000000000000');
    assert.equal(notAQuote.status, 404);
    assert.equal((await manager.request('/api/gestion/sante/devis/pas-un-id')).status, 404);
    const answered = await manager.request(`/api/gestion/demandes/${quote.id}/reponse`, {
      method: 'POST',
      json: { text: 'Votre contrat prendra en charge 230,00 €.' },
    });
    assert.equal(answered.status, 200);
    const [seen] = await t.kernel.requests.listForMember(ids.sam, { section: 'sante', kind: 'devis' });
    assert.equal(seen?.status, 'accepted');
    assert.equal(seen?.answer, 'Votre contrat prendra en charge 230,00 €.');
    await t.kernel.outbox.deliverDue();
    const mail = t.mail.sent.findLast((m) => m.to === 'sam@example.fr');
    assert.match(mail?.subject ?? '', /réponse à votre demande « Devis : Optique/);
    assert.match(mail?.text ?? '', /230,00 €/);
  });

  test('H5: a reimbursement recorded by a manager counts for the forfaits by its label', async () => {
    const manager = new TestClient(t.app);
    await manager.loginManager('gestion', TEST_PASSWORD);
    const response = await manager.request('/api/gestion/sante/remboursements', {
      method: 'POST',
      json: {
        memberId: ids.sam,
        paidOn: `${year}-02-03`,
        method: 'virement',
        acts: [
          {
            beneficiaryId: beneficiary.sam,
            actDate: `${year}-02-01`,
            label: 'Dentaire — couronne céramique',
            realCostCents: 55_000,
            baseCents: 12_000,
            socialSecurityCents: 7_200,
            organisationCents: 28_800,
          },
        ],
      },
    });
    assert.equal(response.status, 201, await response.clone().text());
    const sam = await login('S200001');
    const context = (await (await sam.request('/api/sante/estimation')).json()) as EstimateContext;
    assert.deepEqual(context.beneficiaries.find((b) => b.id === beneficiary.sam)?.usage, {
      'dental-crown': 28_800,
    });
  });
});
