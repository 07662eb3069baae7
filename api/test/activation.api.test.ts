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
    email: null,
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
      { email: null, password_hash: null },
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
      email: null,
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
