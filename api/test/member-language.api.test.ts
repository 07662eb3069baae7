// SPEC P6: what the portal writes for a member (here the login code's e-mail and SMS, and the
// password reset's e-mail) is in the member's language on file (`core.members.locale`), whatever the
// language of the request that triggers it: a member whose file says 'en' receives English, a French
// member French (byte for byte as before).
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { LOGIN_CODE_SUBJECT, type LoginChallenge } from '@portail/kernel/contract/second-factor';
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
});
after(() => t.close());

beforeEach(async () => {
  await t.kernel.db.deleteFrom('core.login_failures').execute();
  await t.kernel.db.deleteFrom('core.rate_limits').execute();
});

async function setLocale(memberId: string, locale: 'fr' | 'en') {
  await t.kernel.db.updateTable('core.members').set({ locale }).where('id', '=', memberId).execute();
}

async function outboxMark(): Promise<Set<string>> {
  const rows = await t.kernel.db.selectFrom('core.outbox').select('id').execute();
  return new Set(rows.map((row) => row.id));
}

/** The outbox rows written since `mark`, with what goes instead should a link expire unsent. */
async function sentSince(mark: Set<string>) {
  const rows = await t.kernel.db
    .selectFrom('core.outbox')
    .select(['id', 'channel', 'recipient', 'subject', 'body_text', 'expired_subject', 'expired_text'])
    .orderBy('created_at')
    .execute();
  return rows.filter((row) => !mark.has(row.id));
}

/** A password login from a new browser asking for `language`: the code step (202). */
async function passwordStep(login: string, language: string): Promise<LoginChallenge> {
  const client = new TestClient(t.app);
  const answer = await client.request('/api/auth/login', {
    method: 'POST',
    json: { login, password: TEST_PASSWORD },
    headers: { 'accept-language': language },
  });
  assert.equal(answer.status, 202, await answer.clone().text());
  return (await answer.json()) as LoginChallenge;
}

describe('P6 messages in the member’s language', () => {
  test('a member whose file says English gets the login code e-mail in English, even from a French page', async () => {
    await setLocale(ids.alice, 'en');
    try {
      const mark = await outboxMark();
      const challenge = await passwordStep('A100001', 'fr-FR,fr;q=0.9');
      const sent = await sentSince(mark);
      assert.equal(sent.length, 1);
      const mail = sent[0];
      assert.ok(mail);
      assert.equal(mail.channel, 'email');
      assert.equal(mail.recipient, 'alice@example.fr');
      assert.equal(mail.subject, 'Portail Adhérent: your verification code');
      const code = await loginCodeOf(t.kernel, challenge.challenge);
      assert.equal(
        mail.body_text,
        [
          'Dear Ms A100001,',
          `Your verification code to log in to Portail Adhérent: ${code}`,
          'It is valid for 10 minutes. Do not share it with anyone: our staff will never ask you for it.',
          'If you are not logging in, someone knows your password: change it straight away (“Need help” on the login page).',
        ].join('\n\n'),
      );
      assert.doesNotMatch(mail.body_text, /Bonjour|Votre code/);
      // What goes instead, should the code leave too late, is in English too.
      assert.equal(mail.expired_subject, 'Portail Adhérent: verification code expired');
      assert.match(mail.expired_text ?? '', /^Dear Ms A100001,\n\nThe verification code you asked for/);
    } finally {
      await setLocale(ids.alice, 'fr');
    }
  });

  test('a French member gets it in French, even from an English page', async () => {
    const mark = await outboxMark();
    const challenge = await passwordStep('A100002', 'en-GB,en;q=0.9');
    const sent = await sentSince(mark);
    assert.equal(sent.length, 1);
    const mail = sent[0];
    assert.ok(mail);
    assert.equal(mail.recipient, 'bruno@example.fr');
    assert.equal(mail.subject, LOGIN_CODE_SUBJECT);
    assert.equal(mail.subject, 'Portail Adhérent : votre code de vérification');
    const code = await loginCodeOf(t.kernel, challenge.challenge);
    assert.equal(
      mail.body_text,
      [
        'Bonjour Madame A100002,',
        `Votre code de vérification pour vous connecter au Portail Adhérent : ${code}`,
        'Il est valable 10 minutes. Ne le communiquez à personne : nos services ne vous le demanderont jamais.',
        "Si vous n'êtes pas en train de vous connecter, quelqu'un connaît votre mot de passe : changez-le sans attendre (« Besoin d'aide » sur la page de connexion).",
      ].join('\n\n'),
    );
    assert.equal(mail.expired_subject, 'Portail Adhérent : code de vérification expiré');
    assert.match(mail.expired_text ?? '', /^Bonjour Madame A100002,\n\nLe code de vérification/);
  });

  test('the code by SMS follows the member’s language as well', async () => {
    await t.kernel.db
      .updateTable('core.members')
      .set({ mobile: '0612345678', sms_alert: true, locale: 'en' })
      .where('id', '=', ids.sam)
      .execute();
    try {
      const mark = await outboxMark();
      const challenge = await passwordStep('S200001', 'fr');
      const sent = await sentSince(mark);
      assert.deepEqual(
        sent.map((row) => [row.channel, row.recipient]),
        [['sms', '0612345678']],
      );
      const code = await loginCodeOf(t.kernel, challenge.challenge);
      assert.equal(
        sent[0]?.body_text,
        `Portail Adhérent: your verification code is ${code}. It is valid for 10 minutes. Do not share it with anyone.`,
      );
    } finally {
      await t.kernel.db
        .updateTable('core.members')
        .set({ mobile: '', sms_alert: false, locale: 'fr' })
        .where('id', '=', ids.sam)
        .execute();
    }
  });

  test('the code of an English e-mail logs the member in', async () => {
    await setLocale(ids.alice, 'en');
    try {
      const client = new TestClient(t.app);
      const step = await client.request('/api/auth/login', {
        method: 'POST',
        json: { login: 'A100001', password: TEST_PASSWORD },
      });
      assert.equal(step.status, 202);
      const { challenge } = (await step.json()) as LoginChallenge;
      const code = await loginCodeOf(t.kernel, challenge);
      const done = await client.request('/api/auth/login/code', {
        method: 'POST',
        json: { challenge, code, remember: false },
      });
      assert.equal(done.status, 200, await done.clone().text());
    } finally {
      await setLocale(ids.alice, 'fr');
    }
  });

  test('the password reset e-mail is in the member’s language, not the request’s', async () => {
    await setLocale(ids.alice, 'en');
    try {
      const mark = await outboxMark();
      const asked = await new TestClient(t.app).request('/api/auth/password-reset/request', {
        method: 'POST',
        json: { login: 'A100001' },
        headers: { 'accept-language': 'fr' },
      });
      assert.equal(asked.status, 202);
      // The neutral answer is the request's (French here).
      const { message } = (await asked.json()) as { message: string };
      assert.match(message, /^Si un compte correspond à ces informations/);
      const sent = await sentSince(mark);
      assert.equal(sent.length, 1);
      const mail = sent[0];
      assert.ok(mail);
      assert.equal(mail.subject, 'Portail Adhérent: choose a new password');
      assert.match(
        mail.body_text,
        /^Dear Ms A100001,\n\nYou asked to choose a new password for Portail Adhérent\./,
      );
      assert.match(mail.body_text, /Follow this link, valid for \d+ minutes and once only:/);
      assert.equal(mail.expired_subject, 'Portail Adhérent: your link could not be sent to you in time');
      assert.match(mail.expired_text ?? '', /The link to reset your password that you asked for/);
    } finally {
      await setLocale(ids.alice, 'fr');
    }
  });

  test('the neutral answer follows the request’s language', async () => {
    const asked = await new TestClient(t.app).request('/api/auth/password-reset/request', {
      method: 'POST',
      json: { login: 'nobody-at-all' },
      headers: { 'accept-language': 'en' },
    });
    assert.equal(asked.status, 202);
    const { message } = (await asked.json()) as { message: string };
    assert.equal(
      message,
      'If an account matches these details, an e-mail with a reset link has just been sent. This link is valid for 30 minutes.',
    );
  });
});
