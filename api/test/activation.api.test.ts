import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createTestKernel,
  seedBasics,
  solveRobotCheck,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';

process.env.TRUST_PROXY = '1';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;
let newcomer: string;

before(async () => {
  t = await createTestKernel({ config: { publicUrl: 'https://portail.example' } });
  ids = await seedBasics(t);
  newcomer = await t.directory.createMember({
    identifier: 'A400004',
    email: 'thomas.moreau@example.fr',
    civility: 'M.',
    firstName: 'Thomas',
    lastName: 'Moreau',
    birthDate: '1986-04-09',
    password: null,
  });
  await t.directory.addMembership({
    memberId: newcomer,
    employerId: ids.openEmployer,
    contractId: ids.prevoyance,
    membershipNumber: '0613388',
    startDate: '2024-02-01',
  });
});
after(() => t.close());

async function altcha() {
  return solveRobotCheck(await t.kernel.robotCheck.challenge());
}

async function post(path: string, json: unknown, ip = '192.0.2.50') {
  const client = new TestClient(t.app);
  const started = Date.now();
  const response = await client.request(path, { method: 'POST', json, headers: { 'x-forwarded-for': ip } });
  return { response, client, ms: Date.now() - started };
}

async function lastMailTo(address: string) {
  await t.kernel.outbox.deliverDue();
  return t.mail.sent.filter((m) => m.to === address).at(-1);
}

const link = (text: string) => text.match(/https:\/\/portail\.example\/activation\?jeton=([\w-]+)/)?.[1];

describe('A9 Créer mon espace', () => {
  test('same neutral answer, taking as long, whether or not the data matched', async () => {
    const matched = await post('/api/auth/activation/request', {
      membershipNumber: '0613388',
      birthDate: '1986-04-09',
      email: 'thomas.moreau@example.fr',
      altcha: await altcha(),
    });
    const unmatched = await post('/api/auth/activation/request', {
      membershipNumber: '0613388',
      birthDate: '1986-04-10',
      email: 'thomas.moreau@example.fr',
      altcha: await altcha(),
    });
    assert.equal(matched.response.status, 202);
    assert.equal(unmatched.response.status, 202);
    assert.deepEqual(await matched.response.json(), await unmatched.response.json());
    assert.ok(matched.ms >= 650 && unmatched.ms >= 650, `${matched.ms} / ${unmatched.ms}`);
    await t.kernel.outbox.deliverDue();
    assert.equal(t.mail.sent.filter((m) => m.to === 'thomas.moreau@example.fr').length, 1);
    const member = await t.kernel.db
      .selectFrom('core.members')
      .select(['email', 'password_hash'])
      .where('id', '=', newcomer)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      member,
      { email: 'thomas.moreau@example.fr', password_hash: null },
      'nothing is created before the password is set',
    );
  });

  test('the link sets the password once, logs in with the CGU to accept; the e-mail becomes a login', async () => {
    const token = link((await lastMailTo('thomas.moreau@example.fr'))?.text ?? '');
    assert.ok(token);
    const weak = await post('/api/auth/activation/confirm', {
      token,
      password: 'faible',
      confirmation: 'faible',
    });
    assert.equal(weak.response.status, 400);
    const ok = await post('/api/auth/activation/confirm', {
      token,
      password: 'Moreau2026',
      confirmation: 'Moreau2026',
    });
    assert.equal(ok.response.status, 200);
    const session = (await ok.response.json()) as { cguRequired: boolean; member: { identifier: string } };
    assert.equal(session.member.identifier, 'A400004');
    assert.equal(session.cguRequired, true);
    const reused = await post('/api/auth/activation/confirm', {
      token,
      password: 'Autre2027x',
      confirmation: 'Autre2027x',
    });
    assert.equal(reused.response.status, 410);
    assert.match(((await reused.response.json()) as { detail: string }).detail, /Créer mon espace/);
    await new TestClient(t.app).login('Thomas.Moreau@example.fr', 'Moreau2026');
  });

  test('forged or expired links are refused', async () => {
    const forged = await post('/api/auth/activation/confirm', {
      token: 'forged',
      password: 'Moreau2026',
      confirmation: 'Moreau2026',
    });
    assert.equal(forged.response.status, 410);
    const other = await t.directory.createMember({
      identifier: 'A400005',
      email: 'ines@example.fr',
      civility: 'Mme',
      firstName: 'Inès',
      lastName: 'Roux',
      birthDate: '1992-01-02',
      password: null,
    });
    await t.directory.addMembership({
      memberId: other,
      employerId: ids.openEmployer,
      contractId: ids.prevoyance,
      membershipNumber: '0613399',
      startDate: '2024-02-01',
    });
    await post('/api/auth/activation/request', {
      membershipNumber: '0613399',
      birthDate: '1992-01-02',
      email: 'ines@example.fr',
      altcha: await altcha(),
    });
    const token = link((await lastMailTo('ines@example.fr'))?.text ?? '');
    await t.kernel.db
      .updateTable('core.activation_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('member_id', '=', other)
      .execute();
    const expired = await post('/api/auth/activation/confirm', {
      token,
      password: 'Roux2026ab',
      confirmation: 'Roux2026ab',
    });
    assert.equal(expired.response.status, 410);
  });

  test('an already active account gets the neutral answer and its owner an e-mail', async () => {
    const { response } = await post('/api/auth/activation/request', {
      membershipNumber: 'N-A100001',
      birthDate: '1980-01-01',
      email: 'intrus@example.fr',
      altcha: await altcha(),
    });
    assert.equal(response.status, 202);
    assert.match((await lastMailTo('alice@example.fr'))?.subject ?? '', /tentative de création/);
    assert.equal(await lastMailTo('intrus@example.fr'), undefined);
  });

  test('robot check required; requests rate-limited per client', async () => {
    const missing = await post('/api/auth/activation/request', {
      membershipNumber: '1',
      birthDate: '1980-01-01',
      email: 'a@example.fr',
      altcha: 'x',
    });
    assert.equal(missing.response.status, 403);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (
          await post(
            '/api/auth/identifier-reminder',
            { email: `x${i}@example.fr`, birthDate: '1980-01-01' },
            '192.0.2.99',
          )
        ).response.status,
      );
    }
    assert.equal(statuses.at(-1), 429);
  });
});

describe('A9 without takeover: the link goes to the e-mail on file only; without one, a code by post', () => {
  let lucie: string;
  before(async () => {
    lucie = await t.directory.createMember({
      identifier: 'A500005',
      email: null,
      civility: 'Mme',
      firstName: 'Lucie',
      lastName: 'Garnier',
      birthDate: '1992-07-18',
      password: null,
    });
    await t.directory.addMembership({
      memberId: lucie,
      employerId: ids.openEmployer,
      contractId: ids.prevoyance,
      membershipNumber: '0719452',
      startDate: '2025-03-01',
    });
  });

  const letters = () =>
    t.kernel.db
      .selectFrom('core.requests')
      .select(['id', 'kind', 'section', 'status', 'payload'])
      .where('member_id', '=', lucie)
      .execute();

  test('an address typed by someone else gets no link, for a member with or without an e-mail on file', async () => {
    const other = await t.directory.createMember({
      identifier: 'A400006',
      email: 'marc.vidal@example.fr',
      civility: 'M.',
      firstName: 'Marc',
      lastName: 'Vidal',
      birthDate: '1975-05-05',
      password: null,
    });
    await t.directory.addMembership({
      memberId: other,
      employerId: ids.openEmployer,
      contractId: ids.prevoyance,
      membershipNumber: '0613411',
      startDate: '2024-02-01',
    });
    for (const membershipNumber of ['0613411', '0719452']) {
      const { response } = await post('/api/auth/activation/request', {
        membershipNumber,
        birthDate: membershipNumber === '0613411' ? '1975-05-05' : '1992-07-18',
        email: 'pirate@example.org',
        altcha: await altcha(),
      });
      assert.equal(response.status, 202);
    }
    assert.equal(await lastMailTo('pirate@example.org'), undefined, 'no link to a typed address');
    assert.equal(await lastMailTo('marc.vidal@example.fr'), undefined, 'the address did not match');
  });

  test('no e-mail on file: a letter with a code waits in the back office queue, once; the answer is the same', async () => {
    const [letter, ...more] = await letters();
    assert.ok(letter, 'the previous request queued a letter');
    assert.deepEqual(more, []);
    assert.equal(letter.section, 'core');
    assert.equal(letter.kind, 'courrier_activation');
    assert.match(String(letter.payload.code), /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const attachments = await t.kernel.db
      .selectFrom('core.request_attachments as a')
      .innerJoin('core.files as f', 'f.id', 'a.file_id')
      .select(['f.content_type'])
      .where('a.request_id', '=', letter.id)
      .execute();
    assert.deepEqual(attachments, [{ content_type: 'application/pdf' }]);
    assert.deepEqual(t.kernel.requests.describe({ ...letter }).slice(0, 1), [
      `Code d'activation à imprimer : ${letter.payload.code} (courrier joint)`,
    ]);
    const again = await post('/api/auth/activation/request', {
      membershipNumber: '0719452',
      birthDate: '1992-07-18',
      email: 'lucie@example.fr',
      altcha: await altcha(),
    });
    assert.equal(again.response.status, 202);
    assert.equal((await letters()).length, 1, 'no second letter while one is pending');
  });

  test('the code by post activates the account once; wrong codes are counted; the letter is then forgotten', async () => {
    const [letter] = await letters();
    const code = String(letter?.payload.code);
    const attempt = (candidate: string, extra: Record<string, string> = {}) =>
      post('/api/auth/activation/courrier', {
        membershipNumber: '0719452',
        birthDate: '1992-07-18',
        code: candidate,
        email: 'lucie.garnier@example.fr',
        password: 'Garnier2026',
        confirmation: 'Garnier2026',
        ...extra,
      });
    const wrong = await attempt('AAAA-AAAA');
    assert.equal(wrong.response.status, 400);
    const problem = (await wrong.response.json()) as { errors: { field: string }[] };
    assert.deepEqual(
      problem.errors.map((e) => e.field),
      ['code'],
    );
    assert.ok(wrong.ms >= 650, 'a refusal takes as long as any answer');
    const otherBirthDate = await attempt(code, { birthDate: '1992-07-19' });
    assert.equal(otherBirthDate.response.status, 400, 'the code is bound to the member');
    const taken = await attempt(code.toLowerCase(), { email: 'alice@example.fr' });
    assert.equal(taken.response.status, 409);

    const ok = await attempt(code.toLowerCase().replace('-', ''));
    assert.equal(ok.response.status, 200);
    const session = (await ok.response.json()) as { member: { identifier: string }; cguRequired: boolean };
    assert.equal(session.member.identifier, 'A500005');
    assert.equal(session.cguRequired, true);
    assert.equal((await attempt(code)).response.status, 400, 'used once');
    await new TestClient(t.app).login('lucie.garnier@example.fr', 'Garnier2026');

    // The manager marks the letter sent: the code leaves the request, only its hash stays.
    const managerId = await t.directory.createManager({
      login: 'nadia',
      email: 'nadia@example.fr',
      displayName: 'N',
      password: 'Gestionnaire2026',
    });
    await t.kernel.requests.decide({ requestId: letter?.id ?? '', managerId, decision: 'accepted' });
    const [sent] = await letters();
    assert.equal(sent?.status, 'accepted');
    assert.equal(sent?.payload.code, undefined);
    assert.equal(
      t.kernel.requests.describe({ ...(sent as NonNullable<typeof sent>) })[0],
      "Courrier envoyé : le code n'est plus affiché.",
    );
  });

  test('five wrong codes spend a letter: the right one is then refused too', async () => {
    const member = await t.directory.createMember({
      identifier: 'A500006',
      email: null,
      civility: 'M.',
      firstName: 'Paul',
      lastName: 'Renaud',
      birthDate: '1970-03-03',
      password: null,
    });
    await t.directory.addMembership({
      memberId: member,
      employerId: ids.openEmployer,
      contractId: ids.prevoyance,
      membershipNumber: '0719500',
      startDate: '2025-03-01',
    });
    await post('/api/auth/activation/request', {
      membershipNumber: '0719500',
      birthDate: '1970-03-03',
      email: 'paul@example.fr',
      altcha: await altcha(),
    });
    const request = await t.kernel.db
      .selectFrom('core.requests')
      .select('payload')
      .where('member_id', '=', member)
      .executeTakeFirstOrThrow();
    const tryCode = (code: string) =>
      post(
        '/api/auth/activation/courrier',
        {
          membershipNumber: '0719500',
          birthDate: '1970-03-03',
          code,
          email: 'paul@example.fr',
          password: 'Renaud2026',
          confirmation: 'Renaud2026',
        },
        '198.51.100.200',
      );
    for (let i = 0; i < 5; i++) assert.equal((await tryCode('BBBB-BBBB')).response.status, 400);
    assert.equal((await tryCode(String(request.payload.code))).response.status, 400);
  });
});

describe('A9 Identifiant oublié', () => {
  test('the identifier goes to the e-mail on file; same answer otherwise', async () => {
    const known = await post('/api/auth/identifier-reminder', {
      email: 'bruno@example.fr',
      birthDate: '1980-01-01',
    });
    const unknown = await post('/api/auth/identifier-reminder', {
      email: 'personne@example.fr',
      birthDate: '1980-01-01',
    });
    assert.deepEqual(await known.response.json(), await unknown.response.json());
    assert.match((await lastMailTo('bruno@example.fr'))?.text ?? '', /A100002/);
    assert.equal(await lastMailTo('personne@example.fr'), undefined);
    const bad = await post('/api/auth/identifier-reminder', {
      email: 'pas-un-email',
      birthDate: '31/12/1980',
    });
    assert.equal(bad.response.status, 400);
  });
});
