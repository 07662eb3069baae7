// SPEC P8 « Second facteur sur un nouvel appareil »: a right password from an unknown device asks
// for a 6-digit code (e-mail, or SMS per D3), valid 10 minutes, 5 tries, single use, resend limited;
// « Se souvenir de cet appareil » for 90 days, listed and revocable in Mon compte, revoked by a
// password change or reset; managers always need a code; codes never stored in clear. The password
// step is neutral: from such a device a wrong password or an unknown login gets the same code step,
// on a decoy login (nothing sent, no code right); only a remembered device is told a wrong password.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sha256Hex } from '@portail/kernel';
import type { SessionInfo } from '@portail/kernel/contract';
import {
  LOGIN_CODE_SUBJECT,
  type LoginChallenge,
  SECOND_FACTOR_TEXT,
  type TrustedDeviceList,
} from '@portail/kernel/contract/second-factor';
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

/** The keys of a LoginChallenge: nothing says where a code went, nor whether one did. */
const CHALLENGE_KEYS = ['canRemember', 'challenge', 'expiresInSeconds', 'resendInSeconds', 'resendsLeft'];

/** What the outbox holds now, to see later what was sent since (`sentSince`). */
async function outboxMark(): Promise<Set<string>> {
  const rows = await t.kernel.db.selectFrom('core.outbox').select('id').execute();
  return new Set(rows.map((row) => row.id));
}

/** The messages (e-mails and SMS) put in the outbox since `mark`. */
async function sentSince(mark: Set<string>) {
  const rows = await t.kernel.db
    .selectFrom('core.outbox')
    .select(['id', 'channel', 'recipient', 'subject', 'body_text'])
    .orderBy('created_at')
    .execute();
  return rows.filter((row) => !mark.has(row.id));
}

/** Forgets the account's failed tries, so that one test's wrong codes do not hold the next. */
async function forgetFailures() {
  await t.kernel.db.deleteFrom('core.login_failures').execute();
}

describe('P8 second factor', () => {
  test('a right password from an unknown device: no session, a code sent by e-mail to the member only', async () => {
    const client = new TestClient(t.app);
    const mark = await outboxMark();
    const challenge = await challengeOf(client, 'A100001');
    // The step names no address (the same answer follows a wrong password): where the code went is
    // only in the outbox.
    assert.deepEqual(Object.keys(challenge).sort(), CHALLENGE_KEYS);
    assert.equal(challenge.expiresInSeconds, 600);
    assert.equal(challenge.resendsLeft, 3);
    assert.equal(challenge.canRemember, true);
    assert.equal((await client.request('/api/auth/session')).status, 401, 'not logged in yet');
    const sent = await sentSince(mark);
    assert.deepEqual(
      sent.map((row) => [row.channel, row.recipient]),
      [['email', 'alice@example.fr']],
    );
    const mail = sent[0];
    assert.ok(mail);
    assert.equal(mail.subject, 'Portail Adhérent : votre code de vérification');
    assert.match(
      mail.body_text,
      /Votre code de vérification pour vous connecter au Portail Adhérent : \d{6}/,
    );
    assert.match(mail.body_text, /valable 10 minutes/);
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
    // The password's try stays counted until a right code (the login throttle's lockout would come
    // at the fifth code): forgotten here, so that the code's own limit of 5 tries shows.
    await forgetFailures();
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
    assert.equal(
      (await problem(fifth)).detail,
      "Trop d'essais. Demandez un nouveau code, ou recommencez la connexion.",
    );
    await forgetFailures();
    const right = await sendCode(client, challenge, code);
    assert.equal(right.status, 429, 'no sixth try, right or wrong');
    assert.equal((await problem(right)).code, 'code-exhausted');
    assert.equal((await client.request('/api/auth/session')).status, 401);
    await forgetFailures();
  });

  test('wrong codes count like wrong passwords: the account then waits (lockout), from that client', async () => {
    const client = new TestClient(t.app);
    const { challenge } = await challengeOf(client, 'A100002');
    const code = await loginCodeOf(t.kernel, challenge);
    // The right password's try stays counted (as a wrong one's would: the answers must not tell
    // them apart), then 4 wrong codes: the 5 free tries are used, the fifth code waits.
    const answers: [number, string | undefined][] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await sendCode(client, challenge, otherThan(code));
      answers.push([answer.status, (await problem(answer)).code]);
    }
    assert.deepEqual(answers, [
      [400, 'code-wrong'],
      [400, 'code-wrong'],
      [400, 'code-wrong'],
      [400, 'code-wrong'],
      [429, 'locked'],
    ]);
    // A new login (the password is right) cannot wipe the count: the client must wait.
    const next = await password(client, 'A100002');
    assert.equal(next.status, 429);
    assert.equal((await problem(next)).code, 'locked');
    const failures = await t.kernel.db
      .selectFrom('core.login_failures')
      .select(['login_key', 'failures'])
      .where('login_key', '=', `member:${ids.bruno}`)
      .executeTakeFirstOrThrow();
    assert.equal(
      failures.failures,
      5,
      'the password and 4 codes; the tries refused while waiting count nothing',
    );
    // Nor does the right code pass while the account waits.
    const held = await sendCode(client, challenge, code);
    assert.equal(held.status, 429);
    assert.equal((await problem(held)).code, 'locked');
    assert.equal((await client.request('/api/auth/session')).status, 401);
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
      const mark = await outboxMark();
      const challenge = await challengeOf(client, 'S200001');
      // Where the code went shows in the outbox only: one SMS to the mobile, no e-mail.
      const sent = await sentSince(mark);
      assert.deepEqual(
        sent.map((row) => [row.channel, row.recipient]),
        [['sms', '06 12 34 56 78']],
      );
      const sms = sent[0];
      assert.ok(sms);
      assert.match(sms.body_text, /votre code de vérification est \d{6}\b/);
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
    const mark = await outboxMark();
    const challenge = await challengeOf(manager, 'nadia', '/api/gestion/auth/login');
    assert.deepEqual(Object.keys(challenge).sort(), CHALLENGE_KEYS);
    assert.equal(challenge.canRemember, false);
    assert.deepEqual(
      (await sentSince(mark)).map((row) => [row.channel, row.recipient, row.subject]),
      [['email', 'nadia@example.fr', LOGIN_CODE_SUBJECT]],
      'the code went by e-mail to the manager',
    );
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

describe('P8 neutral password step', () => {
  const MANAGER_LOGIN = '/api/gestion/auth/login';
  const MANAGER_CODE = '/api/gestion/auth/login/code';
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  let serial = 0;

  /** A new member, activated (their password is TEST_PASSWORD) unless `password: null`. */
  async function newMember(options: { email?: string | null; password?: string | null } = {}) {
    serial += 1;
    const identifier = `P8${String(serial).padStart(5, '0')}`;
    const email = options.email === undefined ? `p8-${serial}@example.fr` : options.email;
    const id = await t.directory.createMember({
      identifier,
      email,
      civility: 'M.',
      firstName: 'Test',
      lastName: identifier,
      birthDate: '1985-05-05',
      password: options.password === undefined ? TEST_PASSWORD : options.password,
    });
    return { id, identifier, email };
  }

  /**
   * What a password step's answer shows: status, headers, the JSON's keys and the type of each
   * value, every value but the (random) challenge, and the challenge's length.
   */
  async function outline(response: Response) {
    const body = (await response.clone().json()) as Record<string, unknown>;
    return {
      status: response.status,
      headers: [...response.headers]
        .filter(([name]) => name !== 'content-length')
        .map(([name, value]) => [name, name === 'x-request-id' ? UUID.test(value) : value])
        .sort(),
      types: Object.entries(body)
        .map(([key, value]) => [key, typeof value])
        .sort(),
      values: { ...body, challenge: String(body.challenge).length },
    };
  }

  /** A problem's body but its request id (each answer has its own). */
  async function problemBody(response: Response) {
    const { requestId, ...body } = (await response.json()) as Record<string, unknown>;
    assert.match(String(requestId), UUID);
    return body;
  }

  async function challengeIn(response: Response): Promise<string> {
    assert.equal(response.status, 202, await response.clone().text());
    return ((await response.json()) as LoginChallenge).challenge;
  }

  /** Five tries of `code` on the login `challenge`: each answer's status, problem code and text. */
  async function fiveTries(
    client: TestClient,
    challenge: string,
    code: string,
    path = '/api/auth/login/code',
  ) {
    const answers: [number, string | undefined, string][] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await sendCode(client, challenge, code, false, path);
      const body = await problem(answer);
      answers.push([answer.status, body.code, body.detail]);
    }
    return answers;
  }

  /** `answers` with their waits (« réessayez dans 30 secondes ») unsaid: a slow machine ticks seconds. */
  function waitsAside(answers: [number, string | undefined, string][]) {
    return answers.map(([status, code, detail]) => [
      status,
      code,
      detail.replace(/\d+ secondes?/, 'N secondes'),
    ]);
  }

  /** What a login answers to five wrong codes, its failures aside: the tries left, then no more. */
  const FIVE_WRONG_CODES: [number, string, string][] = [
    [400, 'code-wrong', 'Code incorrect. Il vous reste 4 essais.'],
    [400, 'code-wrong', 'Code incorrect. Il vous reste 3 essais.'],
    [400, 'code-wrong', 'Code incorrect. Il vous reste 2 essais.'],
    [400, 'code-wrong', 'Code incorrect. Il vous reste 1 essai.'],
    [429, 'code-exhausted', SECOND_FACTOR_TEXT.exhausted],
  ];

  /** The clock moves in the database: the login `challenge` names last sent its code 31 s ago. */
  async function resendAllowed(challenge: string) {
    await t.kernel.db
      .updateTable('core.login_codes')
      .set({ sent_at: new Date(Date.now() - 31_000) })
      .where('token_hash', '=', sha256Hex(challenge))
      .execute();
  }

  /**
   * « Renvoyer le code » at once, then 4 times 30 s apart: what each answer shows (a problem's
   * status, code and whether it says when to retry; a challenge's outline and resends left).
   */
  async function resends(client: TestClient, challenge: string, path = '/api/auth/login/code/renvoi') {
    const answers: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      if (i > 0) await resendAllowed(challenge);
      const answer = await client.request(path, { method: 'POST', json: { challenge } });
      if (answer.status === 200) {
        const { resendsLeft } = (await answer.clone().json()) as LoginChallenge;
        answers.push([200, resendsLeft, await outline(answer)]);
      } else {
        answers.push([answer.status, (await problem(answer)).code, answer.headers.has('retry-after')]);
      }
    }
    return answers;
  }

  async function lastUsed(deviceId: string): Promise<Date> {
    const row = await t.kernel.db
      .selectFrom('core.trusted_devices')
      .select('last_used_at')
      .where('id', '=', deviceId)
      .executeTakeFirstOrThrow();
    return row.last_used_at;
  }

  /** A device `memberId` asked to remember, last used 3 days ago, held by `client`. */
  async function rememberedDevice(client: TestClient, memberId: string) {
    const device = await t.kernel.trustedDevices.issue(memberId, FIREFOX);
    const longAgo = new Date(Date.now() - 3 * 86_400_000);
    await t.kernel.db
      .updateTable('core.trusted_devices')
      .set({ last_used_at: longAgo })
      .where('id', '=', device.id)
      .execute();
    client.setCookie(t.kernel.trustedDevices.cookieName, device.token);
    return { id: device.id, longAgo };
  }

  async function auditMark(): Promise<Set<string>> {
    const rows = await t.kernel.db.selectFrom('core.audit_log').select('id').execute();
    return new Set(rows.map((row) => String(row.id)));
  }

  async function auditSince(mark: Set<string>) {
    const rows = await t.kernel.db
      .selectFrom('core.audit_log')
      .select(['id', 'action', 'actor_kind', 'actor_id', 'target_kind', 'target_id'])
      .orderBy('id')
      .execute();
    return rows
      .filter((row) => !mark.has(String(row.id)))
      .map(({ action, actor_kind, actor_id, target_kind, target_id }) => ({
        action,
        actor_kind,
        actor_id,
        target_kind,
        target_id,
      }));
  }

  test('from a new browser: a right password, a wrong one, an unknown login, a member not yet activated — the same 202; a code sent for the right one only', async () => {
    const member = await newMember();
    const pending = await newMember({ password: null });
    const mark = await outboxMark();
    const wrong = await password(new TestClient(t.app), member.identifier, 'Mauvais1');
    const unknown = await password(new TestClient(t.app), 'personne-p8', 'Mauvais1');
    const notActivated = await password(new TestClient(t.app), pending.identifier, TEST_PASSWORD);
    assert.deepEqual(await sentSince(mark), [], 'no code sent for a wrong password');
    const right = await password(new TestClient(t.app), member.identifier);
    assert.equal(right.status, 202);
    assert.equal(right.headers.get('cache-control'), 'no-store');
    assert.deepEqual(Object.keys(await right.clone().json()).sort(), CHALLENGE_KEYS);
    const expected = await outline(right);
    assert.deepEqual(await outline(wrong), expected, 'wrong password');
    assert.deepEqual(await outline(unknown), expected, 'unknown login');
    assert.deepEqual(await outline(notActivated), expected, 'member not yet activated');
    assert.deepEqual(
      (await sentSince(mark)).map((row) => [row.channel, row.recipient]),
      [['email', member.email]],
      'one code, for the right password',
    );
    await forgetFailures();
  });

  /** The decoys of a member's login: a wrong password, an unknown login, a member not yet activated. */
  async function decoyLogins(member: { identifier: string }): Promise<[string, string, string][]> {
    const pending = await newMember({ password: null });
    return [
      ['wrong password', member.identifier, 'Mauvais1'],
      ['unknown login', `personne-${member.identifier}`, 'Mauvais1'],
      ['member not yet activated', pending.identifier, TEST_PASSWORD],
    ];
  }

  test("a decoy's code is always wrong — even the code a real login of the member just received — with the tries left, then too many; nothing is sent", async () => {
    const member = await newMember();
    for (const [what, login, pass] of await decoyLogins(member)) {
      // The member logs in for real from their own browser: a right code is waiting. (Their password
      // try, counted until their code, is forgotten: they are elsewhere, only the attacker's count.)
      const theirs = await challengeIn(await password(new TestClient(t.app), member.identifier));
      const justSent = await loginCodeOf(t.kernel, theirs);
      await forgetFailures();
      const mark = await outboxMark();
      const attacker = new TestClient(t.app);
      const decoy = await challengeIn(await password(attacker, login, pass));
      const answers: [number, string | undefined, string][] = [];
      for (let i = 0; i < 4; i++) {
        const answer = await sendCode(attacker, decoy, justSent);
        const body = await problem(answer);
        answers.push([answer.status, body.code, body.detail]);
        assert.equal(body.errors?.[0]?.field, 'code', what);
      }
      assert.deepEqual(answers, FIVE_WRONG_CODES.slice(0, 4), what);
      // The decoy's own count of tries, the login throttle aside (it waits once the wrong password
      // and 4 codes are counted: see the next test).
      await forgetFailures();
      for (const _ of [5, 6]) {
        const refused = await sendCode(attacker, decoy, justSent);
        assert.deepEqual(
          await problem(refused).then((p) => [refused.status, p.code, p.detail]),
          FIVE_WRONG_CODES[4],
        );
      }
      assert.equal((await attacker.request('/api/auth/session')).status, 401, what);
      assert.deepEqual(await sentSince(mark), [], `${what}: nothing sent`);
      assert.equal(
        (await sendCode(new TestClient(t.app), theirs, justSent)).status,
        200,
        'that code was right',
      );
      await forgetFailures();
    }
  });

  test("a decoy's fifth code try is answered as a real login's fifth: the same lockout after a wrong password as after a right one", async () => {
    const member = await newMember();
    // What a real login answers to 5 wrong codes, from a clean account: its password's try stays
    // counted until a right code, so the fifth code meets the lockout (5 free tries).
    const real = new TestClient(t.app);
    const realChallenge = await challengeIn(await password(real, member.identifier));
    const realCode = await loginCodeOf(t.kernel, realChallenge);
    const realAnswers = await fiveTries(real, realChallenge, otherThan(realCode));
    assert.deepEqual(realAnswers.slice(0, 4), FIVE_WRONG_CODES.slice(0, 4));
    assert.deepEqual(realAnswers[4]?.slice(0, 2), [429, 'locked']);
    await forgetFailures();
    try {
      for (const [what, login, pass] of await decoyLogins(member)) {
        const attacker = new TestClient(t.app);
        const decoy = await challengeIn(await password(attacker, login, pass));
        assert.deepEqual(
          waitsAside(await fiveTries(attacker, decoy, realCode)),
          waitsAside(realAnswers),
          what,
        );
        await forgetFailures();
      }
    } finally {
      await forgetFailures();
    }
  });

  test("a decoy's « Renvoyer le code » answers as a real one's — too soon, 3 times, then no more — and sends nothing", async () => {
    const member = await newMember();
    const real = new TestClient(t.app);
    const realChallenge = await challengeIn(await password(real, member.identifier));
    const attacker = new TestClient(t.app);
    const decoy = await challengeIn(await password(attacker, member.identifier, 'Mauvais1'));

    const mark = await outboxMark();
    const decoyAnswers = await resends(attacker, decoy);
    assert.deepEqual(await sentSince(mark), [], 'a decoy sends nothing');
    const realAnswers = await resends(real, realChallenge);
    assert.equal((await sentSince(mark)).length, 3, 'a real login sends its 3 codes');
    assert.deepEqual(decoyAnswers, realAnswers);
    assert.deepEqual(
      decoyAnswers.map((answer) => (answer as unknown[]).slice(0, 2)),
      [
        [429, 'resend-too-soon'],
        [200, 2],
        [200, 1],
        [200, 0],
        [429, 'resend-limit'],
      ],
    );
    // After its resends, the decoy still takes no code, not even the member's newest.
    const newest = await loginCodeOf(t.kernel, realChallenge);
    const tried = await sendCode(attacker, decoy, newest);
    assert.equal(tried.status, 400);
    assert.equal((await problem(tried)).detail, 'Code incorrect. Il vous reste 4 essais.');
    assert.equal((await sendCode(real, realChallenge, newest)).status, 200, 'the code was right');
    await forgetFailures();
  });

  test("a decoy login is of its kind, as a real one: a member's on the manager route, a manager's on the member route → 410", async () => {
    const member = await newMember();
    const memberDecoy = await challengeIn(
      await password(new TestClient(t.app), member.identifier, 'Mauvais1'),
    );
    const unknownDecoy = await challengeIn(await password(new TestClient(t.app), 'personne-p8', 'Mauvais1'));
    const managerDecoy = await challengeIn(
      await password(new TestClient(t.app), 'nadia', 'Mauvais1', MANAGER_LOGIN),
    );
    const memberReal = await challengeIn(await password(new TestClient(t.app), member.identifier));
    const cases: [string, string, string][] = [
      ["a member's decoy", memberDecoy, '/api/gestion/auth/login/code'],
      ["an unknown login's decoy", unknownDecoy, '/api/gestion/auth/login/code'],
      ["a member's real login", memberReal, '/api/gestion/auth/login/code'],
      ["a manager's decoy", managerDecoy, '/api/auth/login/code'],
    ];
    for (const [what, challenge, path] of cases) {
      const client = new TestClient(t.app);
      const answer = await sendCode(client, challenge, '123456', false, path);
      assert.equal(answer.status, 410, what);
      assert.equal((await problem(answer)).code, 'login-restart', what);
      const resent = await client.request(`${path}/renvoi`, { method: 'POST', json: { challenge } });
      assert.equal(resent.status, 410, `${what}, resent`);
      assert.equal((await problem(resent)).code, 'login-restart', `${what}, resent`);
    }
    await forgetFailures();
  });

  test('a wrong password from a new browser still counts: after the free tries the password step waits (429 locked), and a decoy’s code tries count in the same account', async () => {
    const member = await newMember();
    for (let i = 0; i < 5; i++) {
      assert.equal((await password(new TestClient(t.app), member.identifier, 'Mauvais1')).status, 202);
    }
    const held = await password(new TestClient(t.app), member.identifier);
    assert.equal(held.status, 429, 'even the right password waits');
    assert.equal((await problem(held)).code, 'locked');
    assert.ok(Number(held.headers.get('retry-after')) > 0);
    await forgetFailures();

    // One wrong password and 4 of its decoy's codes: the 5 free tries are used.
    const attacker = new TestClient(t.app);
    const decoy = await challengeIn(await password(attacker, member.identifier, 'Mauvais1'));
    for (let i = 0; i < 4; i++) assert.equal((await sendCode(attacker, decoy, '123456')).status, 400);
    const failures = await t.kernel.db
      .selectFrom('core.login_failures')
      .select('failures')
      .where('login_key', '=', `member:${member.id}`)
      .executeTakeFirstOrThrow();
    assert.equal(failures.failures, 5, 'the password and the 4 codes');
    const next = await password(new TestClient(t.app), member.identifier);
    assert.equal(next.status, 429);
    assert.equal((await problem(next)).code, 'locked');
    assert.ok(Number(next.headers.get('retry-after')) > 0);
    await forgetFailures();

    // An unknown login counts under the login typed, as before.
    for (let i = 0; i < 5; i++) {
      assert.equal((await password(new TestClient(t.app), 'personne-p8', 'Mauvais1')).status, 202);
    }
    const unknown = await password(new TestClient(t.app), 'personne-p8', 'Mauvais1');
    assert.equal(unknown.status, 429);
    assert.equal((await problem(unknown)).code, 'locked');
    await forgetFailures();
  });

  test("from a remembered device: a wrong password is refused at once (401), a right one opens the session; only the right one notes the device's use", async () => {
    const member = await newMember();
    const client = new TestClient(t.app);
    const device = await rememberedDevice(client, member.id);
    const mark = await outboxMark();
    const wrong = await password(client, member.identifier, 'Mauvais1');
    assert.equal(wrong.status, 401);
    assert.deepEqual(await problem(wrong).then((p) => [p.code, p.detail]), [
      'bad-credentials',
      'Identifiant ou mot de passe incorrect.',
    ]);
    assert.equal((await lastUsed(device.id)).getTime(), device.longAgo.getTime(), 'no use noted');
    const logins = await t.kernel.db
      .selectFrom('core.login_codes')
      .select('id')
      .where('throttle_account', '=', `member:${member.id}`)
      .execute();
    assert.equal(logins.length, 0, 'no code step');
    assert.deepEqual(await sentSince(mark), []);

    const right = await password(client, member.identifier);
    assert.equal(right.status, 200);
    assert.equal(((await right.json()) as SessionInfo).member.identifier, member.identifier);
    assert.ok((await lastUsed(device.id)).getTime() > Date.now() - 60_000, 'its use noted');
    assert.deepEqual(await sentSince(mark), []);

    // Wrong passwords from the device count as from any other: 5, then the wait.
    await client.request('/api/auth/logout', { method: 'POST' });
    for (let i = 0; i < 5; i++) {
      assert.equal((await password(client, member.identifier, 'Mauvais1')).status, 401);
    }
    const held = await password(client, member.identifier);
    assert.equal(held.status, 429);
    assert.equal((await problem(held)).code, 'locked');
    await forgetFailures();
  });

  test("another member's remembered device does not make a wrong password tell itself: the same 202 as from a new browser", async () => {
    const owner = await newMember();
    const other = await newMember();
    const client = new TestClient(t.app);
    const device = await rememberedDevice(client, owner.id);
    const expected = await outline(await password(new TestClient(t.app), other.identifier, 'Mauvais1'));
    const wrong = await password(client, other.identifier, 'Mauvais1');
    assert.deepEqual(await outline(wrong), expected);
    assert.equal((await password(client, other.identifier)).status, 202, 'the right password: the code');
    assert.deepEqual(await outline(await password(client, 'personne-p8', 'Mauvais1')), expected);
    assert.equal((await lastUsed(device.id)).getTime(), device.longAgo.getTime(), "not the owner's use");
    await forgetFailures();
  });

  test('H1 a manager: a wrong password or an unknown login gets the same 202 and no e-mail, and no code works there; the right one an e-mail', async () => {
    const mark = await outboxMark();
    const wrongClient = new TestClient(t.app);
    const wrong = await password(wrongClient, 'nadia', 'Mauvais1', MANAGER_LOGIN);
    const unknownClient = new TestClient(t.app);
    const unknown = await password(unknownClient, 'personne-p8', 'Mauvais1', MANAGER_LOGIN);
    assert.deepEqual(await sentSince(mark), [], 'no e-mail for a wrong password');
    const realClient = new TestClient(t.app);
    const right = await password(realClient, 'nadia', TEST_PASSWORD, MANAGER_LOGIN);
    assert.equal(right.status, 202);
    assert.equal(right.headers.get('cache-control'), 'no-store');
    const expected = await outline(right);
    assert.deepEqual(await outline(wrong), expected, 'wrong password');
    assert.deepEqual(await outline(unknown), expected, 'unknown login');
    assert.deepEqual(
      (await sentSince(mark)).map((row) => [row.channel, row.recipient, row.subject]),
      [['email', 'nadia@example.fr', LOGIN_CODE_SUBJECT]],
    );
    const realChallenge = await challengeIn(right);
    const code = await loginCodeOf(t.kernel, realChallenge);
    for (const [client, response] of [
      [wrongClient, wrong],
      [unknownClient, unknown],
    ] as const) {
      const tried = await sendCode(client, await challengeIn(response), code, false, MANAGER_CODE);
      assert.equal(tried.status, 400);
      assert.deepEqual(await problem(tried).then((p) => [p.code, p.detail]), [
        'code-wrong',
        'Code incorrect. Il vous reste 4 essais.',
      ]);
      assert.equal((await client.request('/api/gestion/auth/session')).status, 401);
    }
    assert.equal((await sendCode(realClient, realChallenge, code, false, MANAGER_CODE)).status, 200);
    await forgetFailures();
  });

  test('no code can reach them: a member without e-mail or mobile, a manager without e-mail — 403 no-code-channel, right password or wrong', async () => {
    const member = await newMember({ email: null });
    const right = await password(new TestClient(t.app), member.identifier);
    const wrong = await password(new TestClient(t.app), member.identifier, 'Mauvais1');
    assert.equal(right.status, 403);
    assert.equal(wrong.status, 403);
    const body = await problemBody(right);
    assert.equal(body.code, 'no-code-channel');
    assert.deepEqual(await problemBody(wrong), body);

    await t.directory.createManager({
      login: 'sans-courriel',
      email: 'provisoire@example.fr',
      displayName: 'Sans courriel',
      password: TEST_PASSWORD,
    });
    await t.kernel.db
      .updateTable('core.managers')
      .set({ email: null })
      .where('login', '=', 'sans-courriel')
      .execute();
    const managerRight = await password(new TestClient(t.app), 'sans-courriel', TEST_PASSWORD, MANAGER_LOGIN);
    const managerWrong = await password(new TestClient(t.app), 'sans-courriel', 'Mauvais1', MANAGER_LOGIN);
    assert.equal(managerRight.status, 403);
    assert.equal(managerWrong.status, 403);
    const managerBody = await problemBody(managerRight);
    assert.equal(managerBody.code, 'no-code-channel');
    assert.deepEqual(await problemBody(managerWrong), managerBody);
    await forgetFailures();
  });

  test('audit: a wrong password is recorded as failed (auth.login-failed, gestion.login-failed); a decoy’s code tries as auth.code-failed naming nobody; nothing as sent', async () => {
    const member = await newMember();
    const nadia = await t.kernel.db
      .selectFrom('core.managers')
      .select('id')
      .where('login', '=', 'nadia')
      .executeTakeFirstOrThrow();
    const mark = await auditMark();
    const attacker = new TestClient(t.app);
    const decoy = await challengeIn(await password(attacker, member.identifier, 'Mauvais1'));
    await sendCode(attacker, decoy, '123456');
    await resendAllowed(decoy);
    await attacker.request('/api/auth/login/code/renvoi', { method: 'POST', json: { challenge: decoy } });
    const unknown = await challengeIn(await password(attacker, 'personne-p8', 'Mauvais1'));
    await sendCode(attacker, unknown, '123456');
    const managerDecoy = await challengeIn(await password(attacker, 'nadia', 'Mauvais1', MANAGER_LOGIN));
    await sendCode(attacker, managerDecoy, '123456', false, MANAGER_CODE);
    const system = { actor_kind: 'system', actor_id: null };
    assert.deepEqual(await auditSince(mark), [
      { action: 'auth.login-failed', ...system, target_kind: 'member', target_id: member.id },
      { action: 'auth.code-failed', ...system, target_kind: 'member', target_id: null },
      { action: 'auth.login-failed', ...system, target_kind: 'member', target_id: null },
      { action: 'auth.code-failed', ...system, target_kind: 'member', target_id: null },
      { action: 'gestion.login-failed', ...system, target_kind: 'manager', target_id: nadia.id },
      { action: 'gestion.code-failed', ...system, target_kind: 'manager', target_id: null },
    ]);
    await forgetFailures();
  });
});
