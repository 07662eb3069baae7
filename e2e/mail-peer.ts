// What a production portal talks to for its messages, run by the production end-to-end harness: a
// real SMTP server (smtp-server) receiving its e-mails, an HTTP endpoint standing for the SMS
// provider (`SMS_URL`), and a page listing both as the development mailbox does, so that a journey
// follows an e-mailed link the same way in either mode.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAILBOX_STYLE, type MailboxMessage, mailboxHtml } from '@portail/kernel';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailPeer {
  /** `SMTP_URL` for the portal. */
  smtpUrl: string;
  /** `SMS_URL` for the portal. */
  smsUrl: string;
  /** The page listing what arrived, newest first. */
  mailboxUrl: string;
  messages: MailboxMessage[];
  /** The mail server goes down (connections refused), then back on the same port. */
  smtpDown(): Promise<void>;
  smtpUp(): Promise<void>;
  close(): Promise<void>;
}

function listen(server: { listen(port: number, host: string, done: () => void): unknown }): Promise<void> {
  return new Promise((done) => server.listen(0, '127.0.0.1', done));
}

export async function startMailPeer(): Promise<MailPeer> {
  const messages: MailboxMessage[] = [];
  const newSmtp = () =>
    new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
          messages.unshift({
            // Its Message-ID: the same for every try of one outbox message.
            id: mail.messageId ?? randomUUID(),
            channel: 'email',
            recipient: to,
            subject: mail.subject ?? '',
            body_text: mail.text ?? '',
            created_at: mail.date ?? new Date(),
          });
          callback();
        }, callback);
      },
    });
  let smtp = newSmtp();
  await listen(smtp.server);
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const http: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://peer').pathname;
    if (request.method === 'POST' && path === '/sms') {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on('end', () => {
        const { to, text } = JSON.parse(body) as { to: string; text: string };
        messages.unshift({
          id: randomUUID(),
          channel: 'sms',
          recipient: to,
          subject: 'SMS',
          body_text: text,
          created_at: new Date(),
        });
        response.writeHead(202).end();
      });
      return;
    }
    if (path === '/boite-mail/style.css') {
      response.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' }).end(MAILBOX_STYLE);
      return;
    }
    if (path === '/boite-mail') {
      response
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
        .end(
          mailboxHtml(messages.slice(0, 50), {
            title: 'Serveur de messagerie de test',
            intro: 'Les e-mails reçus par SMTP et les SMS reçus du portail, du plus récent au plus ancien.',
            styleHref: '/boite-mail/style.css',
          }),
        );
      return;
    }
    response.writeHead(404).end();
  });
  await listen(http);
  const httpUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}?tls=off`,
    smsUrl: `${httpUrl}/sms`,
    mailboxUrl: `${httpUrl}/boite-mail`,
    messages,
    async smtpDown() {
      await new Promise<void>((done) => smtp.close(() => done()));
    },
    async smtpUp() {
      smtp = newSmtp();
      await new Promise<void>((done) => smtp.server.listen(smtpPort, '127.0.0.1', done));
    },
    async close() {
      http.closeAllConnections();
      await new Promise((done) => http.close(done));
      await new Promise<void>((done) => smtp.close(() => done()));
    },
  };
}
