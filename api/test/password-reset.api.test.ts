import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LOGIN_CODE_SUBJECT, type LoginChallenge } from '@portail/kernel/contract/second-factor';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;

before(async () => {
  t = await createTestKernel({ config: { publicUrl: 'https://portail.example' } });
  ids = await seedBasics(t);
});
after(() => t.close());

/** How many login codes (SPEC P8) the outbox holds for `recipient`. */
async function loginCodesSent(recipient: string): Promise<number> {
  const rows = await t.kernel.db
    .selectFrom('core.outbox')
    .select('id')
    .where('recipient', '=', recipient)
    .where('subject', '=', LOGIN_CODE_SUBJECT)
    .execute();
  return rows.length;
}

async function requestReset(login: string) {
  const client = new TestClient(t.app);
  return client.request('/api/auth/password-reset/request', { method: 'POST', json: { login } });
}

function linkToken(text: string): string {
  const match = text.match(/https:\/\/portail\.example\/mot-de-passe\/nouveau\?jeton=([\w-]+)/);
  assert.ok(match, `no reset link in: ${text}`);
  return match[1] as string;
}

describe('A2 password reset', () => {
  test('same neutral answer whether or not the account exists; only a real account gets an e-mail', async () => {
    const knownStarted = Date.now();
    const known = await requestReset('alice@example.fr');
    const knownMs = Date.now() - knownStarted;
    const unknownStarted = Date.now();
    const unknown = await requestReset('personne@example.fr');
    const unknownMs = Date.now() - unknownStarted;
    // Padded to the same minimum time: the work done for a real account cannot be timed.
    assert.ok(knownMs >= 650 && unknownMs >= 650, `${knownMs} / ${unknownMs} ms`);
    assert.equal(known.status, 202);
    assert.equal(unknown.status, 202);
    assert.deepEqual(await known.json(), await unknown.json());
    await t.kernel.outbox.deliverDue();
    assert.equal(t.mail.sent.length, 1);
    assert.equal(t.mail.sent[0]?.to, 'alice@example.fr');
    const stored = await t.kernel.db.selectFrom('core.password_reset_tokens').select('token_hash').execute();
    assert.ok(
      stored.every((row) => !t.mail.sent[0]?.text.includes(row.token_hash)),
      'only the hash is stored',
    );
  });

  test('the link sets a new password once, revokes sessions, and the old password stops working', async () => {
    const open = new TestClient(t.app);
    await open.login('A100001', TEST_PASSWORD);
    t.mail.sent.length = 0;
    await t.kernel.db.deleteFrom('core.rate_limits').execute();
    await requestReset('A100001');
    await t.kernel.outbox.deliverDue();
    const token = linkToken(t.mail.sent.at(-1)?.text ?? '');
    const client = new TestClient(t.app);
    const weak = await client.request('/api/auth/password-reset/confirm', {
      method: 'POST',
      json: { token, password: 'faible', confirmation: 'faible' },
    });
    assert.equal(weak.status, 400);
    const weakBody = (await weak.json()) as { errors: { field: string; detail: string }[] };
    assert.match(weakBody.errors.find((e) => e.field === 'password')?.detail ?? '', /au moins 8 caractères/);
    const mismatch = await client.request('/api/auth/password-reset/confirm', {
      method: 'POST',
      json: { token, password: 'Nouveau2027', confirmation: 'Nouveau2028' },
    });
    assert.equal(mismatch.status, 400);
    const ok = await client.request('/api/auth/password-reset/confirm', {
      method: 'POST',
      json: { token, password: 'Nouveau2027', confirmation: 'Nouveau2027' },
    });
    assert.equal(ok.status, 200);
    const reused = await client.request('/api/auth/password-reset/confirm', {
      method: 'POST',
      json: { token, password: 'Autre2028x', confirmation: 'Autre2028x' },
    });
    assert.equal(reused.status, 410);
    assert.match(((await reused.json()) as { detail: string }).detail, /n'est plus valable/);
    assert.equal(
      (await open.request('/api/menu')).status,
      401,
      'sessions opened before the reset are revoked',
    );
    // SPEC P8: from a new browser, the old password gets the code step like any password, on a
    // decoy login: no code is sent, none opens a session.
    const codesBefore = await loginCodesSent('alice@example.fr');
    const oldPassword = await client.request('/api/auth/login', {
      method: 'POST',
      json: { login: 'A100001', password: TEST_PASSWORD },
    });
    assert.equal(oldPassword.status, 202);
    const { challenge } = (await oldPassword.json()) as LoginChallenge;
    assert.equal(await loginCodesSent('alice@example.fr'), codesBefore, 'no code for the old password');
    const guessed = await client.request('/api/auth/login/code', {
      method: 'POST',
      json: { challenge, code: '123456' },
    });
    assert.equal(guessed.status, 400);
    assert.equal((await client.request('/api/auth/session')).status, 401);
    // From a device remembered since the reset, the old password is refused as such.
    const device = await t.kernel.trustedDevices.issue(ids.alice, 'test');
    const remembered = new TestClient(t.app);
    remembered.setCookie(t.kernel.trustedDevices.cookieName, device.token);
    const refused = await remembered.request('/api/auth/login', {
      method: 'POST',
      json: { login: 'A100001', password: TEST_PASSWORD },
    });
    assert.equal(refused.status, 401);
    assert.equal(((await refused.json()) as { code: string }).code, 'bad-credentials');
    assert.equal((await remembered.request('/api/auth/session')).status, 401);
    await client.login('A100001', 'Nouveau2027');
  });

  test('an expired link is refused and changes nothing', async () => {
    t.mail.sent.length = 0;
    await t.kernel.db.deleteFrom('core.rate_limits').execute();
    await requestReset('bruno@example.fr');
    await t.kernel.outbox.deliverDue();
    const token = linkToken(t.mail.sent.at(-1)?.text ?? '');
    await t.kernel.db
      .updateTable('core.password_reset_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const client = new TestClient(t.app);
    const expired = await client.request('/api/auth/password-reset/confirm', {
      method: 'POST',
      json: { token, password: 'Nouveau2027', confirmation: 'Nouveau2027' },
    });
    assert.equal(expired.status, 410);
    await client.login('A100002', TEST_PASSWORD);
  });

  test('requests are rate-limited per client', async () => {
    await t.kernel.db.deleteFrom('core.rate_limits').execute();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await requestReset(`inconnu${i}@example.fr`)).status);
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(202));
    assert.equal(statuses[10], 429);
  });
});

describe('A2 checking a link when its page opens', () => {
  before(() => {
    process.env.TRUST_PROXY = '1';
  });
  after(() => {
    delete process.env.TRUST_PROXY;
  });
  const check = (token: unknown, ip = '192.0.2.80') =>
    new TestClient(t.app).request('/api/auth/password-reset/check', {
      method: 'POST',
      json: { token },
      headers: { 'x-forwarded-for': ip },
    });

  test('a usable link is told usable without being used; a used, expired or unknown one gets the 410 of the form', async () => {
    t.mail.sent.length = 0;
    await t.kernel.db.deleteFrom('core.rate_limits').execute();
    await t.kernel.db.deleteFrom('core.password_reset_tokens').execute();
    await requestReset('alice@example.fr');
    await t.kernel.outbox.deliverDue();
    const token = linkToken(t.mail.sent.at(-1)?.text ?? '');

    const usable = await check(token);
    assert.equal(usable.status, 204, 'usable: nothing else is said (no member, no date)');
    assert.equal(await usable.text(), '');
    assert.equal((await check(token)).status, 204, 'checking does not use the link');
    const stored = await t.kernel.db
      .selectFrom('core.password_reset_tokens')
      .select(['used_at'])
      .executeTakeFirstOrThrow();
    assert.equal(stored.used_at, null);

    const client = new TestClient(t.app);
    const confirmed = await client.request('/api/auth/password-reset/confirm', {
      method: 'POST',
      json: { token, password: 'Encore2029', confirmation: 'Encore2029' },
    });
    assert.equal(confirmed.status, 200, 'the checked link still sets the password');
    await t.kernel.db.deleteFrom('core.rate_limits').execute();
    const used = await check(token);
    assert.equal(used.status, 410);
    const problem = (await used.json()) as { detail: string; code: string };
    assert.equal(problem.code, 'reset-token-invalid');
    assert.match(problem.detail, /n'est plus valable : il a expiré ou a déjà été utilisé/);

    await requestReset('bruno@example.fr');
    await t.kernel.outbox.deliverDue();
    const late = linkToken(t.mail.sent.at(-1)?.text ?? '');
    await t.kernel.db
      .updateTable('core.password_reset_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('used_at', 'is', null)
      .execute();
    assert.equal((await check(late)).status, 410, 'expired');
    const unknown = await check('x'.repeat(43));
    assert.equal(unknown.status, 410, 'unknown: the same answer');
    assert.deepEqual(
      { ...((await unknown.json()) as object), requestId: null },
      { ...problem, requestId: null },
    );
    assert.equal((await check('')).status, 400);
  });

  test('the check is rate-limited per client, the token in the body only', async () => {
    await t.kernel.db.deleteFrom('core.rate_limits').execute();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await check(`jeton${i}`, '192.0.2.81')).status);
    assert.deepEqual(statuses.slice(0, 30), Array(30).fill(410));
    assert.equal(statuses[30], 429);
    assert.equal((await check('jeton', '192.0.2.82')).status, 410, 'another client is not limited');
    const inPath = await new TestClient(t.app).request(`/api/auth/password-reset/check/${'x'.repeat(43)}`);
    assert.equal(inPath.status, 404);
  });
});
