// SPEC P8 « Second facteur sur un nouvel appareil »: a right password from an unknown device asks
// for a 6-digit code (e-mail, or SMS per D3), valid 10 minutes, 5 tries, single use, resend limited;
// « Se souvenir de cet appareil » for 90 days, listed and revocable in Mon compte, revoked by a
// password change or reset; managers always need a code; codes never stored in clear.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SessionInfo } from '@portail/kernel/contract';
import type { LoginChallenge, TrustedDeviceList } from '@portail/kernel/contract/second-factor';
import {
  createTestKernel,
  loginCodeOf,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;

before(async () => {
  t = await createTestKernel();
  ids = await seedBasics(t);
  await t.directory.createManager({
    login: 'nadia',
    email: 'nadia@example.fr',
    displayName: 'Nadia',
    password: TEST_PASSWORD,
  });
});
after(() => t.close());

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

async function password(client: TestClient, login: string, pass = TEST_PASSWORD, path = '/api/auth/login') {
  return client.request(path, {
    method: 'POST',
    json: { login, password: pass },
    headers: { 'user-agent': FIREFOX },
  });
}

async function challengeOf(
  client: TestClient,
  login: string,
  path = '/api/auth/login',
): Promise<LoginChallenge> {
  const answer = await password(client, login, TEST_PASSWORD, path);
  assert.equal(answer.status, 202, await answer.clone().text());
  return (await answer.json()) as LoginChallenge;
}

function sendCode(
  client: TestClient,
  challenge: string,
  code: string,
  remember = false,
  path = '/api/auth/login/code',
) {
  return client.request(path, {
    method: 'POST',
    json: { challenge, code, remember },
    headers: { 'user-agent': FIREFOX },
  });
}

async function problem(response: Response) {
  return (await response.json()) as {
    code?: string;
    detail: string;
    errors?: { field: string; detail: string }[];
  };
}

/** A code that is not `code`. */
function otherThan(code: string): string {
  return code === '000000' ? '111111' : '000000';
}

/** Forgets the account's failed tries, so that one test's wrong codes do not hold the next. */
async function forgetFailures() {
  await t.kernel.db.deleteFrom('core.login_failures').execute();
}

describe('P8 second factor', () => {
  test('a right password from an unknown device: no session, a code sent by e-mail to the member only', async () => {
    const client = new TestClient(t.app);
    const challenge = await challengeOf(client, 'A100001');
    assert.equal(challenge.channel, 'email');
    assert.equal(challenge.destination, 'a•••@example.fr');
    assert.equal(challenge.expiresInSeconds, 600);
    assert.equal(challenge.resendsLeft, 3);
    assert.equal(challenge.canRemember, true);
    assert.equal((await client.request('/api/auth/session')).status, 401, 'not logged in yet');
    const mail = await t.kernel.db
      .selectFrom('core.outbox')
      .select(['recipient', 'subject', 'body_text'])
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(mail.recipient, 'alice@example.fr');
    assert.equal(mail.subject, 'Portail Adhérent : votre code de vérification');
    assert.match(
      mail.body_text,
      /Votre code de vérification pour vous connecter au Portail Adhérent : \d{6}/,
    );
    assert.match(mail.body_text, /valable 10 minutes/);
  });

  test('a wrong password still gets the same 401 as an unknown login, and no code is sent', async () => {
    const before = await t.kernel.db.selectFrom('core.login_codes').select('id').execute();
    const wrong = await password(new TestClient(t.app), 'A100001', 'Mauvais1');
    const unknown = await password(new TestClient(t.app), 'personne', 'Mauvais1');
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.deepEqual(
      await problem(wrong).then((p) => [p.code, p.detail]),
      await problem(unknown).then((p) => [p.code, p.detail]),
    );
    const after = await t.kernel.db.selectFrom('core.login_codes').select('id').execute();
    assert.equal(after.length, before.length);
    await forgetFailures();
  });

  test('the right code opens the session, once only; audited', async () => {
    const client = new TestClient(t.app);
    const { challenge } = await challengeOf(client, 'A100001');
    const code = await loginCodeOf(t.kernel, challenge);
    const answer = await sendCode(client, challenge, code);
    assert.equal(answer.status, 200);
    const session = (await answer.json()) as SessionInfo;
    assert.equal(session.member.identifier, 'A100001');
    assert.equal((await client.request('/api/auth/session')).status, 200);
    const again = await sendCode(new TestClient(t.app), challenge, code);
    assert.equal(again.status, 410, 'single use');
    assert.equal((await problem(again)).code, 'login-restart');
    const audit = await t.kernel.db
      .selectFrom('core.audit_log')
      .select(['action', 'after'])
      .where('actor_id', '=', ids.alice)
      .where('action', 'in', ['auth.code-sent', 'auth.login'])
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.slice(-2).map((a) => a.action),
      ['auth.code-sent', 'auth.login'],
    );
    assert.deepEqual(audit.at(-1)?.after, { secondFactor: 'code' });
  });

  test('a wrong code says the tries left; after 5 tries the code is refused, even the right one', async () => {
    const client = new TestClient(t.app);
    const { challenge } = await challengeOf(client, 'A100002');
    const code = await loginCodeOf(t.kernel, challenge);
    const details: string[] = [];
    for (let i = 0; i < 4; i++) {
      const wrong = await sendCode(client, challenge, otherThan(code));
      assert.equal(wrong.status, 400);
      const body = await problem(wrong);
      assert.equal(body.code, 'code-wrong');
      assert.equal(body.errors?.[0]?.field, 'code');
      details.push(body.detail);
    }
    assert.deepEqual(details, [
      'Code incorrect. Il vous reste 4 essais.',
      'Code incorrect. Il vous reste 3 essais.',
      'Code incorrect. Il vous reste 2 essais.',
      'Code incorrect. Il vous reste 1 essai.',
    ]);
    const fifth = await sendCode(client, challenge, otherThan(code));
    assert.equal(fifth.status, 429);
    assert.equal((await problem(fifth)).detail, "Trop d'essais. Demandez un nouveau code.");
    await forgetFailures();
    const right = await sendCode(client, challenge, code);
    assert.equal(right.status, 429, 'no sixth try, right or wrong');
    assert.equal((await problem(right)).code, 'code-exhausted');
    assert.equal((await client.request('/api/auth/session')).status, 401);
  });

  test('wrong codes count like wrong passwords: the account then waits (lockout), from that client', async () => {
    const client = new TestClient(t.app);
    const { challenge } = await challengeOf(client, 'A100002');
    const code = await loginCodeOf(t.kernel, challenge);
    for (let i = 0; i < 5; i++) await sendCode(client, challenge, otherThan(code));
    // A new login (the password is right) cannot wipe the count: the client must wait.
    const next = await password(client, 'A100002');
    assert.equal(next.status, 429);
    assert.equal((await problem(next)).code, 'locked');
    const failures = await t.kernel.db
      .selectFrom('core.login_failures')
      .select(['login_key', 'failures'])
      .where('login_key', '=', `member:${ids.bruno}`)
      .executeTakeFirstOrThrow();
    assert.equal(failures.failures, 5, 'the right password counted nothing, the 5 codes did');
    await forgetFailures();
  });

  test('a code expires after 10 minutes: « Ce code a expiré », a new one may be asked for', async () => {
    const client = new TestClient(t.app);
    const { challenge } = await challengeOf(client, 'A100001');
    const code = await loginCodeOf(t.kernel, challenge);
    // The clock moves in the database: sent 11 minutes ago.
    await t.kernel.db
      .updateTable('core.login_codes')
      .set({ expires_at: new Date(Date.now() - 60_000), sent_at: new Date(Date.now() - 11 * 60_000) })
      .where('member_id', '=', ids.alice)
      .where('used_at', 'is', null)
      .execute();
    const late = await sendCode(client, challenge, code);
    assert.equal(late.status, 410);
    assert.deepEqual(await problem(late).then((p) => [p.code, p.detail]), [
      'code-expired',
      'Ce code a expiré. Demandez-en un nouveau.',
    ]);
    const resent = await client.request('/api/auth/login/code/renvoi', {
      method: 'POST',
      json: { challenge },
    });
    assert.equal(resent.status, 200);
    const fresh = await loginCodeOf(t.kernel, challenge);
    assert.equal(
      (await sendCode(client, challenge, code === fresh ? otherThan(fresh) : code)).status,
      400,
      'the old code is dead',
    );
    assert.equal((await sendCode(client, challenge, fresh)).status, 200);
    await forgetFailures();
  });

  test('« Renvoyer le code »: not before 30 s, at most 3 times; the previous code dies', async () => {
    const client = new TestClient(t.app);
    const { challenge } = await challengeOf(client, 'A100001');
    const resend = () =>
      client.request('/api/auth/login/code/renvoi', { method: 'POST', json: { challenge } });
    const tooSoon = await resend();
    assert.equal(tooSoon.status, 429);
    assert.equal((await problem(tooSoon)).code, 'resend-too-soon');
    assert.match(
      (await problem(await resend())).detail,
      /^Patientez encore \d+ secondes? avant de demander un nouveau code\.$/,
    );
    assert.ok(Number(tooSoon.headers.get('retry-after')) > 0);
    const left: number[] = [];
    for (let i = 0; i < 3; i++) {
      await t.kernel.db
        .updateTable('core.login_codes')
        .set({ sent_at: new Date(Date.now() - 31_000) })
        .where('member_id', '=', ids.alice)
        .where('used_at', 'is', null)
        .execute();
      const answer = await resend();
      assert.equal(answer.status, 200);
      left.push(((await answer.json()) as LoginChallenge).resendsLeft);
    }
    assert.deepEqual(left, [2, 1, 0]);
    await t.kernel.db
      .updateTable('core.login_codes')
      .set({ sent_at: new Date(Date.now() - 31_000) })
      .where('member_id', '=', ids.alice)
      .where('used_at', 'is', null)
      .execute();
    const fourth = await resend();
    assert.equal(fourth.status, 429);
    assert.equal((await problem(fourth)).code, 'resend-limit');
    const sent = await t.kernel.db
      .selectFrom('core.audit_log')
      .select('after')
      .where('actor_id', '=', ids.alice)
      .where('action', '=', 'auth.code-sent')
      .orderBy('id', 'desc')
      .limit(3)
      .execute();
    assert.ok(sent.every((row) => (row.after as { resent?: boolean }).resent === true));
  });

  test('codes are never stored in clear: only the keyed hash, and the login token only hashed', async () => {
    const client = new TestClient(t.app);
    const { challenge } = await challengeOf(client, 'A100001');
    const code = await loginCodeOf(t.kernel, challenge);
    const rows = await t.kernel.db.selectFrom('core.login_codes').selectAll().execute();
    for (const row of rows) {
      const values = Object.values(row).map((v) => String(v));
      assert.ok(!values.includes(code), 'the code itself is nowhere');
      assert.ok(!values.includes(challenge), 'the login token itself is nowhere');
      assert.match(row.code_hash, /^[0-9a-f]{64}$/);
    }
  });

  test('SMS when the member chose SMS alerts (D3) and has a mobile number', async () => {
    await t.kernel.db
      .updateTable('core.members')
      .set({ sms_alert: true, mobile: '06 12 34 56 78' })
      .where('id', '=', ids.sam)
      .execute();
    try {
      const client = new TestClient(t.app);
      const challenge = await challengeOf(client, 'S200001');
      assert.equal(challenge.channel, 'sms');
      assert.equal(challenge.destination, '•• •• •• •• 78');
      const sms = await t.kernel.db
        .selectFrom('core.outbox')
        .select(['channel', 'recipient', 'body_text'])
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow();
      assert.equal(sms.channel, 'sms');
      assert.equal(sms.recipient, '06 12 34 56 78');
      assert.ok(sms.body_text.length <= 160);
      const answer = await sendCode(
        client,
        challenge.challenge,
        await loginCodeOf(t.kernel, challenge.challenge),
      );
      assert.equal(answer.status, 200);
    } finally {
      await t.kernel.db
        .updateTable('core.members')
        .set({ sms_alert: false })
        .where('id', '=', ids.sam)
        .execute();
    }
  });

  test('« Se souvenir de cet appareil »: a 90-day HttpOnly device cookie; the next login skips the code', async () => {
    const client = new TestClient(t.app);
    const { challenge } = await challengeOf(client, 'A100001');
    const answer = await sendCode(client, challenge, await loginCodeOf(t.kernel, challenge), true);
    assert.equal(answer.status, 200);
    const device = answer.headers.getSetCookie().find((c) => c.startsWith('portail_appareil='));
    assert.ok(device, 'a device cookie');
    assert.match(device, /Max-Age=7776000/);
    assert.match(device, /HttpOnly/);
    assert.match(device, /SameSite=Strict/);
    const stored = await t.kernel.db
      .selectFrom('core.trusted_devices')
      .selectAll()
      .where('member_id', '=', ids.alice)
      .execute();
    const token = client.cookieValue('portail_appareil') ?? '';
    assert.ok(
      stored.every((row) => row.token_hash !== token),
      'only the hash is kept',
    );
    await client.request('/api/auth/logout', { method: 'POST' });
    const next = await password(client, 'A100001');
    assert.equal(next.status, 200, 'no code on a remembered device');
    const audit = await t.kernel.db
      .selectFrom('core.audit_log')
      .select(['action', 'after'])
      .where('actor_id', '=', ids.alice)
      .where('action', 'in', ['auth.login', 'auth.device-remembered'])
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['auth.login', 'auth.login'],
    );
    assert.deepEqual(audit[0]?.after, { secondFactor: 'appareil-de-confiance' });
  });

  test("another member's device cookie is no device of this member's: the code is asked", async () => {
    const alice = new TestClient(t.app);
    await alice.loginWithCode('A100001', TEST_PASSWORD, { remember: true });
    const aliceDevice = alice.cookieValue('portail_appareil') ?? '';
    const bruno = new TestClient(t.app);
    bruno.setCookie('portail_appareil', aliceDevice);
    assert.equal((await password(bruno, 'A100002')).status, 202);
  });

  test('Appareils de confiance: listed with browser, system and dates; « Retirer » revokes; others cannot', async () => {
    const alice = new TestClient(t.app);
    await alice.loginWithCode('A100001', TEST_PASSWORD, { remember: true });
    const list = (await (await alice.request('/api/auth/appareils')).json()) as TrustedDeviceList;
    const current = list.devices.find((d) => d.current);
    assert.ok(current, 'this browser is marked');
    assert.ok(list.devices.length >= 2);
    assert.ok(list.devices.every((d) => !('token_hash' in d)));
    const firefox = list.devices.find((d) => d.label === 'Firefox sur Windows');
    assert.ok(firefox, JSON.stringify(list.devices));
    assert.ok(Date.parse(firefox.addedAt) <= Date.parse(firefox.lastUsedAt));
    assert.ok(Date.parse(firefox.expiresAt) - Date.parse(firefox.addedAt) >= 89 * 86_400_000);

    // A second member sees none of them and cannot remove them.
    const bruno = new TestClient(t.app);
    await bruno.login('A100002', TEST_PASSWORD);
    const brunos = (await (await bruno.request('/api/auth/appareils')).json()) as TrustedDeviceList;
    assert.ok(brunos.devices.every((d) => !list.devices.some((a) => a.id === d.id)));
    const stolen = await bruno.request(`/api/auth/appareils/${current.id}`, { method: 'DELETE' });
    assert.equal(stolen.status, 404);
    assert.equal((await alice.request('/api/auth/appareils')).status, 200);

    const removedToken = alice.cookieValue('portail_appareil') ?? '';
    const removed = await alice.request(`/api/auth/appareils/${current.id}`, { method: 'DELETE' });
    assert.equal(removed.status, 204);
    assert.ok(
      removed.headers.getSetCookie().some((c) => /^portail_appareil=;/.test(c)),
      'its cookie goes',
    );
    const after = (await (await alice.request('/api/auth/appareils')).json()) as TrustedDeviceList;
    assert.ok(!after.devices.some((d) => d.id === current.id));
    assert.equal((await alice.request('/api/auth/appareils/pas-un-id', { method: 'DELETE' })).status, 404);
    const audit = await t.kernel.db
      .selectFrom('core.audit_log')
      .select('target_id')
      .where('action', '=', 'auth.device-revoked')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.target_id),
      [current.id],
    );
    await alice.request('/api/auth/logout', { method: 'POST' });
    alice.setCookie('portail_appareil', removedToken);
    assert.equal((await password(alice, 'A100001')).status, 202, 'the removed device asks for a code');
  });

  test('a password change (D4) revokes every remembered device of the member', async () => {
    const client = new TestClient(t.app);
    await client.loginWithCode('A100002', TEST_PASSWORD, { remember: true });
    const change = await client.request('/api/auth/password', {
      method: 'POST',
      json: { current: TEST_PASSWORD, password: 'Nouveau2027', confirmation: 'Nouveau2027' },
    });
    assert.equal(change.status, 204);
    const valid = await t.kernel.db
      .selectFrom('core.trusted_devices')
      .select('id')
      .where('member_id', '=', ids.bruno)
      .where('revoked_at', 'is', null)
      .execute();
    assert.equal(valid.length, 0);
    await client.request('/api/auth/logout', { method: 'POST' });
    assert.equal((await password(client, 'A100002', 'Nouveau2027')).status, 202, 'the code again');
    await t.kernel.db
      .updateTable('core.members')
      .set({
        password_hash: (
          await t.kernel.db
            .selectFrom('core.members')
            .select('password_hash')
            .where('id', '=', ids.alice)
            .executeTakeFirstOrThrow()
        ).password_hash,
      })
      .where('id', '=', ids.bruno)
      .execute();
  });

  test('a password reset (A2) revokes every remembered device and ends pending logins', async () => {
    const client = new TestClient(t.app);
    await client.loginWithCode('S200001', TEST_PASSWORD, { remember: true });
    const pending = await challengeOf(new TestClient(t.app), 'S200001');
    const { sha256Hex } = await import('@portail/kernel');
    await t.kernel.db
      .insertInto('core.password_reset_tokens')
      .values({
        token_hash: sha256Hex('jeton-p8'),
        member_id: ids.sam,
        expires_at: new Date(Date.now() + 600_000),
      })
      .execute();
    const reset = await t.app.request('/api/auth/password-reset/confirm', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: 'jeton-p8', password: 'Nouveau2027', confirmation: 'Nouveau2027' }),
    });
    assert.equal(reset.status, 200);
    const valid = await t.kernel.db
      .selectFrom('core.trusted_devices')
      .select('id')
      .where('member_id', '=', ids.sam)
      .where('revoked_at', 'is', null)
      .execute();
    assert.equal(valid.length, 0);
    const late = await sendCode(
      new TestClient(t.app),
      pending.challenge,
      await loginCodeOf(t.kernel, pending.challenge),
    );
    assert.equal(late.status, 410, 'the login begun before the reset is over');
  });

  test('W2 the widget popup logs in the same way: no intranet token before the code, the token flow after it', async () => {
    const origin = 'http://localhost:4100';
    await t.kernel.db
      .updateTable('core.employers')
      .set({ widget_origins: [origin] })
      .where('id', '=', ids.openEmployer)
      .execute();
    const popup = new TestClient(t.app);
    const { challenge } = await challengeOf(popup, 'A100001');
    const early = await popup.request('/api/widgets/jeton', { method: 'POST', json: { origin } });
    assert.equal(early.status, 401, 'the password alone opens nothing');
    const opened = await sendCode(popup, challenge, await loginCodeOf(t.kernel, challenge));
    assert.equal(opened.status, 200);
    popup.csrfToken = ((await opened.json()) as SessionInfo).csrfToken;
    const asked = await popup.request('/api/widgets/jeton', { method: 'POST', json: { origin } });
    assert.notEqual(asked.status, 401, 'the session goes on to the intranet’s consent and token');
    assert.equal(asked.status, 403);
    assert.equal(((await asked.json()) as { code?: string }).code, 'consent-required');
  });

  test('H1 a manager always needs the code, by e-mail, and never gets a device remembered', async () => {
    const manager = new TestClient(t.app);
    const challenge = await challengeOf(manager, 'nadia', '/api/gestion/auth/login');
    assert.equal(challenge.channel, 'email');
    assert.equal(challenge.destination, 'n•••@example.fr');
    assert.equal(challenge.canRemember, false);
    assert.equal((await manager.request('/api/gestion/auth/session')).status, 401);
    const code = await loginCodeOf(t.kernel, challenge.challenge);
    // A member's code step does not take a manager's login, nor the other way round.
    assert.equal((await sendCode(manager, challenge.challenge, code)).status, 410);
    const answer = await sendCode(manager, challenge.challenge, code, true, '/api/gestion/auth/login/code');
    assert.equal(answer.status, 200);
    assert.ok(!answer.headers.getSetCookie().some((c) => c.includes('appareil')), 'no device cookie');
    assert.equal((await manager.request('/api/gestion/auth/session')).status, 200);
    // Logged in again from the same browser: the code again.
    assert.equal((await password(manager, 'nadia', TEST_PASSWORD, '/api/gestion/auth/login')).status, 202);
    const member = await challengeOf(new TestClient(t.app), 'A100001');
    const memberCode = await loginCodeOf(t.kernel, member.challenge);
    assert.equal(
      (await sendCode(manager, member.challenge, memberCode, false, '/api/gestion/auth/login/code')).status,
      410,
    );
  });
});
