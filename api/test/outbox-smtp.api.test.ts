import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { smtpTransport } from '@portail/kernel';
import { createTestKernel, seedBasics, type TestKernel } from '@portail/kernel/testing';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

let t: TestKernel;
let server: SMTPServer;
let port: number;
const received: ParsedMail[] = [];
let refuse = false;

before(async () => {
  server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      if (refuse) {
        stream.resume();
        stream.on('end', () => callback(new Error('451 try again later')));
        return;
      }
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
  t = await createTestKernel({ mailTransport: smtpTransport(`smtp://127.0.0.1:${port}?tls=off`) });
  await seedBasics(t);
});
after(async () => {
  await t.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('N1 outbox over real SMTP', () => {
  test('a reset e-mail is delivered through SMTP with the no-reply sender', async () => {
    const response = await t.app.request('/api/auth/password-reset/request', {
      method: 'POST',
      body: JSON.stringify({ login: 'alice@example.fr' }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(response.status, 202);
    assert.equal(await t.kernel.outbox.deliverDue(), 1);
    assert.equal(received.length, 1);
    assert.equal(received[0]?.subject, 'Portail Adhérent : choisissez un nouveau mot de passe');
    assert.match(received[0]?.from?.text ?? '', /ne-pas-repondre@portail-adherent\.fr/);
    assert.match(received[0]?.text ?? '', /mot-de-passe\/nouveau\?jeton=/);
  });

  test('when the mail server refuses, the message stays in the outbox and goes out on a later try', async () => {
    refuse = true;
    await t.kernel.outbox.enqueueEmail({ to: 'bruno@example.fr', subject: 'Essai', text: 'Bonjour' });
    assert.equal(await t.kernel.outbox.deliverDue(), 0);
    const pending = await t.kernel.db
      .selectFrom('core.outbox')
      .selectAll()
      .where('recipient', '=', 'bruno@example.fr')
      .executeTakeFirstOrThrow();
    assert.equal(pending.status, 'pending');
    assert.equal(pending.attempts, 1);
    assert.ok(pending.last_error);
    refuse = false;
    await t.kernel.db
      .updateTable('core.outbox')
      .set({ next_attempt_at: new Date() })
      .where('id', '=', pending.id)
      .execute();
    assert.equal(await t.kernel.outbox.deliverDue(), 1);
    assert.equal(received.at(-1)?.subject, 'Essai');
  });

  test('with the mail server stopped, nothing is lost; once it is back the message goes out exactly once', async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.kernel.outbox.enqueueEmail({
      to: 'alice@example.fr',
      subject: 'Serveur arrêté',
      text: 'Bonjour',
    });
    assert.equal(await t.kernel.outbox.deliverDue(), 0);
    const row = await t.kernel.db
      .selectFrom('core.outbox')
      .selectAll()
      .where('subject', '=', 'Serveur arrêté')
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'pending');
    assert.match(row.last_error ?? '', /ECONNREFUSED|connect/i);
    server = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          received.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    await t.kernel.db
      .updateTable('core.outbox')
      .set({ next_attempt_at: new Date() })
      .where('id', '=', row.id)
      .execute();
    const [first, second] = await Promise.all([t.kernel.outbox.deliverDue(), t.kernel.outbox.deliverDue()]);
    assert.equal(first + second >= 1, true);
    await t.kernel.outbox.deliverDue();
    assert.equal(received.filter((m) => m.subject === 'Serveur arrêté').length, 1);
    const sent = await t.kernel.db
      .selectFrom('core.outbox')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    assert.equal(sent.status, 'sent');
  });

  test('a mail sent again (its sender died before recording it) carries the same Message-ID', async () => {
    const id = await t.kernel.outbox.enqueueEmail({
      to: 'bruno@example.fr',
      subject: 'Deux fois',
      text: 'Bonjour',
    });
    assert.equal(await t.kernel.outbox.deliverDue(), 1);
    // As if the process had died after the mail server accepted it, before its record committed.
    await t.kernel.db
      .updateTable('core.outbox')
      .set({ status: 'pending', sent_at: null, next_attempt_at: new Date() })
      .where('id', '=', id)
      .execute();
    assert.equal(await t.kernel.outbox.deliverDue(), 1);
    const copies = received.filter((m) => m.subject === 'Deux fois');
    assert.equal(copies.length, 2);
    assert.equal(copies[0]?.messageId, `<${id}@portail-adherent.fr>`);
    assert.equal(copies[1]?.messageId, copies[0]?.messageId);
  });

  test('a process claims ten messages at a time: another process sends the rest meanwhile', async () => {
    const subject = `Lot ${Date.now()}`;
    for (let i = 0; i < 15; i++) {
      await t.kernel.outbox.enqueueEmail({ to: `lot${i}@example.fr`, subject, text: 'Bonjour' });
    }
    assert.equal(await t.kernel.outbox.deliverDue(), 10);
    assert.equal(await t.kernel.outbox.deliverDue(), 5);
    assert.equal(received.filter((m) => m.subject === subject).length, 15);
  });
});
