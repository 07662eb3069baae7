import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { MemberRequest } from '@portail/kernel/contract';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { contactSlice } from '../api/index.js';
import type { Faq, FollowUp } from '../contract/index.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;
let managerId: string;

async function login(identifier: string) {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  return client;
}

async function suivi(client: TestClient) {
  return ((await (await client.request('/api/contact/suivi')).json()) as FollowUp).items;
}

before(async () => {
  t = await createTestKernel({ sections: [contactSlice] });
  ids = await seedBasics(t);
  await t.directory.createManager({
    login: 'gestion',
    email: 'gestion@example.fr',
    displayName: 'Gestion',
    password: TEST_PASSWORD,
  });
  managerId = (await t.kernel.db.selectFrom('core.managers').select('id').executeTakeFirstOrThrow()).id;
  await contactSlice.seedDemo?.(t.kernel);
});
after(() => t.close());

describe('E1 Envoyer un message, E2 Vous avez une question', () => {
  test('a message becomes a request "en cours de traitement", its text kept as sent', async () => {
    const alice = await login('A100001');
    const response = await alice.request('/api/contact/messages', {
      method: 'POST',
      json: {
        subject: 'cotisation',
        message: 'Bonjour <script>alert(1)</script>, mon prélèvement a échoué.',
      },
    });
    assert.equal(response.status, 201);
    const request = (await response.json()) as MemberRequest;
    assert.equal(request.label, 'Message : Mes cotisations');
    assert.equal(request.statusLabel, 'En cours de traitement');
    assert.equal(request.memberText, 'Bonjour <script>alert(1)</script>, mon prélèvement a échoué.');
  });

  test('empty, unknown or too long inputs get field errors and store nothing', async () => {
    const alice = await login('A100001');
    const before = (await suivi(alice)).length;
    const empty = await alice.request('/api/contact/messages', {
      method: 'POST',
      json: { subject: '', message: '  ' },
    });
    assert.equal(empty.status, 400);
    const problem = (await empty.json()) as { errors: { field: string; detail: string }[] };
    assert.deepEqual(problem.errors.map((e) => [e.field, e.detail]).sort(), [
      ['message', 'Saisissez votre message.'],
      ['subject', 'Sélectionnez un sujet.'],
    ]);
    const long = await alice.request('/api/contact/questions', {
      method: 'POST',
      json: { theme: 'garanties', question: 'x'.repeat(3001) },
    });
    assert.equal(long.status, 400);
    const theme = await alice.request('/api/contact/questions', {
      method: 'POST',
      json: { theme: 'loto', question: 'Oui ?' },
    });
    assert.equal(theme.status, 400);
    assert.equal((await suivi(alice)).length, before);
  });

  test('an answered question: pris en compte, answer in Suivi, no-reply e-mail', async () => {
    const alice = await login('A100001');
    const created = (await (
      await alice.request('/api/contact/questions', {
        method: 'POST',
        json: { theme: 'garanties', question: "L'optique est-elle couverte ?" },
      })
    ).json()) as MemberRequest;
    await t.kernel.requests.answer({
      requestId: created.id,
      managerId,
      text: 'Oui, 350 € tous les deux ans.',
    });
    await assert.rejects(
      t.kernel.requests.answer({ requestId: created.id, managerId, text: 'Encore' }),
      /déjà été traitée/,
    );
    const answered = (await suivi(alice)).find((r) => r.id === created.id);
    assert.equal(answered?.status, 'accepted');
    assert.equal(answered?.answer, 'Oui, 350 € tous les deux ans.');
    assert.deepEqual(
      answered?.history.map((h) => h.status),
      ['pending', 'accepted'],
    );
    await t.kernel.outbox.deliverDue();
    const mail = t.mail.sent.at(-1);
    assert.equal(mail?.to, 'alice@example.fr');
    assert.match(mail?.from ?? '', /ne-pas-repondre@/);
    assert.match(mail?.text ?? '', /350 € tous les deux ans/);
  });

  test('flooding is rate-limited', async () => {
    const sam = await login('S200001');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (
          await sam.request('/api/contact/messages', {
            method: 'POST',
            json: { subject: 'autre', message: `n° ${i}` },
          })
        ).status,
      );
    }
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(201));
    assert.equal(statuses[10], 429);
  });
});

describe('E4 Suivi', () => {
  test('every request of the member whatever section made it; "Ne plus afficher" only once closed', async () => {
    const alice = await login('A100001');
    await t.kernel.db.transaction().execute((trx) =>
      t.kernel.requests.create(trx, {
        memberId: ids.alice,
        section: 'adhesion',
        kind: 'carte_tiers_payant',
        label: 'Demande de carte de tiers payant',
        audit: { action: 'adhesion.card-request' },
      }),
    );
    const items = await suivi(alice);
    assert.deepEqual(
      items.map((r) => r.section),
      ['adhesion', 'contact', 'contact'],
    );
    const open = items.find((r) => r.status === 'pending');
    assert.ok(open);
    assert.equal(
      (await alice.request(`/api/contact/suivi/${open.id}/masquer`, { method: 'POST' })).status,
      409,
    );
    const closed = items.find((r) => r.status === 'accepted');
    assert.ok(closed);
    assert.equal(
      (await alice.request(`/api/contact/suivi/${closed.id}/masquer`, { method: 'POST' })).status,
      204,
    );
    assert.ok(!(await suivi(alice)).some((r) => r.id === closed.id));
    const kept = await t.kernel.db
      .selectFrom('core.requests')
      .select('hidden_by_member')
      .where('id', '=', closed.id)
      .executeTakeFirstOrThrow();
    assert.equal(kept.hidden_by_member, true, 'kept in the database');
  });

  test("another member's requests are out of reach", async () => {
    const alice = await login('A100001');
    const [first] = await suivi(alice);
    assert.ok(first);
    const bruno = await login('A100002');
    assert.ok(!(await suivi(bruno)).some((r) => r.id === first.id));
    assert.equal(
      (await bruno.request(`/api/contact/suivi/${first.id}/masquer`, { method: 'POST' })).status,
      404,
    );
    assert.equal((await t.app.request('/api/contact/suivi')).status, 401);
  });
});

describe('E5 Questions fréquentes', () => {
  test('the FAQ the back office maintains, in order', async () => {
    const faq = (await (await t.app.request('/api/contact/faq')).json()) as Faq;
    assert.equal(faq.items[0]?.question, 'Comment déclarer un arrêt de travail ?');
    assert.equal(faq.items.length, 4);
  });
});
