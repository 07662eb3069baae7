// One greeting for every e-mail to a member (kernel's `greeting`): "Bonjour Madame Petit," or
// "Bonjour Monsieur Bernard," when the civility is known, "Bonjour Prénom Nom," otherwise. The flows
// that write to members run here, then every e-mail of the outbox (and the notice that replaces a
// link sent too late) is read; a second test reads the server code for a greeting written by hand.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { byCivility, greeting } from '@portail/kernel';
import {
  createTestKernel,
  sampleFile,
  seedBasics,
  solveRobotCheck,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
  uploadForm,
} from '@portail/kernel/testing';
import { SECTIONS } from '../src/sections.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;

before(async () => {
  t = await createTestKernel({ sections: SECTIONS, config: { publicUrl: 'https://portail.example' } });
  ids = await seedBasics(t);
});
after(() => t.close());

describe('greeting', () => {
  test('Madame / Monsieur and the last name when the civility is known, the full name otherwise', () => {
    assert.equal(
      greeting({ civility: 'Mme', firstName: 'Sophie', lastName: 'Petit' }),
      'Bonjour Madame Petit,',
    );
    assert.equal(
      greeting({ civility: 'M.', firstName: 'Julien', lastName: 'Bernard' }),
      'Bonjour Monsieur Bernard,',
    );
    assert.equal(
      greeting({ civility: '', firstName: 'Claire', lastName: 'Martin' }),
      'Bonjour Claire Martin,',
    );
    assert.equal(
      greeting({ civility: null, firstName: 'Claire', lastName: 'Martin' }),
      'Bonjour Claire Martin,',
    );
  });

  test('words agree with the civility, the inclusive form when it is unknown', () => {
    assert.equal(byCivility('Mme', 'affilié', 'affiliée'), 'affiliée');
    assert.equal(byCivility('M.', 'affilié', 'affiliée'), 'affilié');
    assert.equal(byCivility('', 'affilié', 'affiliée'), 'affilié(e)');
    assert.equal(byCivility(undefined, 'né', 'née'), 'né(e)');
  });
});

describe('every e-mail to a member greets with the same words', () => {
  test('reset, activation, identifier, password change, decisions, answers, alerts, change requests', async () => {
    const { directory, kernel } = t;
    const monsieur = await directory.createMember({
      identifier: 'A100005',
      email: 'julien.bernard@example.fr',
      civility: 'M.',
      firstName: 'Julien',
      lastName: 'Bernard',
      birthDate: '1985-04-02',
      password: TEST_PASSWORD,
    });
    await directory.acceptCgu(monsieur, 1);
    const unknown = await directory.createMember({
      identifier: 'A100006',
      email: 'camille.durand@example.fr',
      civility: '',
      firstName: 'Camille',
      lastName: 'Durand',
      birthDate: '1990-06-01',
      password: TEST_PASSWORD,
    });
    const newcomer = await directory.createMember({
      identifier: 'A100007',
      email: 'thomas.moreau@example.fr',
      civility: 'M.',
      firstName: 'Thomas',
      lastName: 'Moreau',
      birthDate: '1986-04-09',
      password: null,
    });
    await directory.addMembership({
      memberId: newcomer,
      employerId: ids.openEmployer,
      contractId: ids.prevoyance,
      membershipNumber: '0613388',
      startDate: '2024-02-01',
    });
    const anonymous = new TestClient(t.app);
    const post = (path: string, json: unknown) => anonymous.request(path, { method: 'POST', json });

    // A2: the link (and the notice replacing it if it leaves too late), then the change's notice.
    for (const login of ['A100001', 'A100005', 'A100006'])
      assert.equal((await post('/api/auth/password-reset/request', { login })).status, 202);
    await kernel.outbox.deliverDue();
    const link = t.mail.sent.find((m) => m.to === 'alice@example.fr')?.text ?? '';
    const token = /jeton=([\w-]+)/.exec(link)?.[1];
    assert.ok(token, link);
    const reset = await post('/api/auth/password-reset/confirm', {
      token,
      password: 'Nouveau2027',
      confirmation: 'Nouveau2027',
    });
    assert.equal(reset.status, 200);
    // A9: the identifier, the activation link, the warning of an account already active.
    assert.equal(
      (
        await post('/api/auth/identifier-reminder', {
          email: 'julien.bernard@example.fr',
          birthDate: '1985-04-02',
        })
      ).status,
      202,
    );
    for (const [membershipNumber, birthDate, email] of [
      ['0613388', '1986-04-09', 'thomas.moreau@example.fr'],
      ['N-A100002', '1980-01-01', 'bruno@example.fr'],
    ] as const) {
      const altcha = await solveRobotCheck(await kernel.robotCheck.challenge());
      const asked = await post('/api/auth/activation/request', {
        membershipNumber,
        birthDate,
        email,
        altcha,
      });
      assert.equal(asked.status, 202);
    }
    // D4: a password changed from the member's space.
    const julien = new TestClient(t.app);
    await julien.login('A100005', TEST_PASSWORD);
    const changed = await julien.request('/api/auth/password', {
      method: 'POST',
      json: { current: TEST_PASSWORD, password: 'Nouveau2027', confirmation: 'Nouveau2027' },
    });
    assert.equal(changed.status, 204);
    // H2: decisions and an answer; D2: a change request's receipt; H5: an alert.
    await directory.createManager({
      login: 'gestion',
      email: 'gestion@example.fr',
      displayName: 'Gestion',
      password: TEST_PASSWORD,
    });
    const managerId = (await kernel.db.selectFrom('core.managers').select('id').executeTakeFirstOrThrow()).id;
    const sam = new TestClient(t.app);
    await sam.login('S200001', TEST_PASSWORD);
    const card = (await (await sam.request('/api/adhesion/carte/demandes', { method: 'POST' })).json()) as {
      id: string;
    };
    await kernel.requests.decide({ requestId: card.id, managerId, decision: 'accepted' });
    const ask = (memberId: string, kind: string) =>
      kernel.db.transaction().execute((trx) =>
        kernel.requests.create(trx, {
          memberId,
          section: 'contact',
          kind,
          label: 'Question',
          audit: { action: 'contact.question' },
        }),
      );
    await kernel.requests.decide({
      requestId: await ask(unknown, 'message'),
      managerId,
      decision: 'refused',
      reason: 'Motif.',
    });
    await kernel.requests.answer({ requestId: await ask(monsieur, 'question'), managerId, text: 'Réponse.' });
    const bruno = new TestClient(t.app);
    await bruno.login('A100002', TEST_PASSWORD);
    const change = await bruno.request('/api/compte/modifications', {
      method: 'POST',
      body: uploadForm(
        {
          kind: 'adresse',
          donnees: JSON.stringify({ line1: '3 rue de la Paix', postalCode: '18000', city: 'Bourges' }),
        },
        [sampleFile('pdf', 5000, 'justificatif.pdf')],
      ),
    });
    assert.equal(change.status, 201, await change.clone().text());
    await kernel.db.transaction().execute((trx) =>
      kernel.alerts.send(trx, unknown, {
        subject: 'Règlement',
        text: 'Un règlement a été émis.',
        sms: 'x',
      }),
    );

    const members = await kernel.db
      .selectFrom('core.members')
      .select(['email', 'civility', 'first_name', 'last_name'])
      .execute();
    const greetingOf = new Map(
      members.map((m) => [
        m.email,
        greeting({ civility: m.civility, firstName: m.first_name, lastName: m.last_name }),
      ]),
    );
    const emails = await kernel.db
      .selectFrom('core.outbox')
      .select(['recipient', 'subject', 'body_text', 'expired_text'])
      .where('channel', '=', 'email')
      .execute();
    const texts = emails.flatMap((e) => [
      { to: e.recipient, subject: e.subject, text: e.body_text },
      ...(e.expired_text
        ? [{ to: e.recipient, subject: `${e.subject} (notice)`, text: e.expired_text }]
        : []),
    ]);
    // Every kind of e-mail was written: reset link (×3) and its notice, reset done, identifier,
    // activation link and its notice, already active, password changed, 2 decisions, answer, change, alert.
    assert.ok(texts.length >= 16, `${texts.length} e-mails`);
    for (const { to, subject, text } of texts) {
      const expected = greetingOf.get(to);
      assert.ok(expected, `no member for ${to}`);
      assert.equal(text.split('\n')[0], expected, `« ${subject} » to ${to}:\n${text}`);
    }
    assert.deepEqual([...new Set(texts.map((e) => e.text.split('\n')[0]))].sort(), [
      'Bonjour Camille Durand,',
      'Bonjour Madame A100001,',
      'Bonjour Madame A100002,',
      'Bonjour Madame S200001,',
      'Bonjour Monsieur Bernard,',
      'Bonjour Monsieur Moreau,',
    ]);
  });

  test('no server code writes a greeting by hand: all go through the kernel’s greeting()', () => {
    const root = resolve(import.meta.dirname, '../..');
    const sourcesUnder = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourcesUnder(path);
        return path.endsWith('.ts') && !path.includes('demo-seed') ? [path] : [];
      });
    const serverCode = [
      ...sourcesUnder(join(root, 'api/kernel/src')),
      ...sourcesUnder(join(root, 'api/src')),
      ...readdirSync(root)
        .filter((name) => name.startsWith('mfe-'))
        .flatMap((name) => sourcesUnder(join(root, name, 'api'))),
    ];
    assert.ok(serverCode.length > 50, 'the server code is read');
    const byHand = serverCode
      .filter((file) => !file.endsWith('api/kernel/src/french.ts'))
      .filter((file) => /['"`]Bonjour\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    assert.deepEqual(byHand, []);
  });
});
