import { type Kysely, sql } from 'kysely';
import nodemailer from 'nodemailer';
import type { Logger } from './logger.js';
import type { CoreDatabase } from './schema.js';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** Delivers one message or throws; the outbox retries later. */
export interface MailTransport {
  readonly kind: 'smtp' | 'development';
  send(message: OutgoingEmail & { from: string }): Promise<void>;
}

export function smtpTransport(smtpUrl: string): MailTransport {
  const url = new URL(smtpUrl);
  const transporter = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || 25),
    secure: url.protocol === 'smtps:',
    ignoreTLS: url.searchParams.get('tls') === 'off',
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
  });
  return {
    kind: 'smtp',
    async send(message) {
      await transporter.sendMail(message);
    },
  };
}

/** Development default: messages stay in the outbox table and are read at `/dev/boite-mail`. */
export const developmentMailbox: MailTransport = { kind: 'development', async send() {} };

export interface OutgoingSms {
  to: string;
  text: string;
}

/**
 * An SMS provider (SPEC N1): delivers one message or throws, and the outbox retries later. A real
 * provider's HTTP API plugs in here; the development one keeps SMS in the outbox, shown at
 * `/dev/boite-mail` beside the e-mails.
 */
export interface SmsTransport {
  readonly kind: 'provider' | 'development' | 'none';
  send(message: OutgoingSms): Promise<void>;
}

export const developmentSms: SmsTransport = { kind: 'development', async send() {} };

/** A message that no retry can deliver: it is marked failed at once (shown in the back office). */
export class UndeliverableError extends Error {}

/** Production without `SMS_URL`: SMS alerts cannot leave; each is marked failed with the reason. */
export const noSmsProvider: SmsTransport = {
  kind: 'none',
  async send() {
    throw new UndeliverableError('Aucun fournisseur SMS configuré (SMS_URL).');
  },
};

/**
 * An SMS provider's HTTP API (`SMS_URL`): each message is POSTed as JSON `{ "to", "text" }`; any 2xx
 * answer means accepted. Credentials in the URL (`https://user:key@sms.example/send`) go as Basic auth.
 */
export function httpSmsTransport(smsUrl: string): SmsTransport {
  const url = new URL(smsUrl);
  const authorization = url.username
    ? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`
    : null;
  url.username = '';
  url.password = '';
  return {
    kind: 'provider',
    async send(message) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(authorization ? { Authorization: authorization } : {}),
        },
        body: JSON.stringify({ to: message.to, text: message.text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`SMS provider answered ${response.status}`);
    },
  };
}

const MAX_ATTEMPTS = 8;

/** Persistent outbox (SPEC N1): written in the same transaction as the change it reports. */
export class Outbox {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly transport: MailTransport,
    private readonly from: string,
    private readonly logger: Logger,
    private readonly sms: SmsTransport = developmentSms,
  ) {}

  get transportKind() {
    return this.transport.kind;
  }

  get smsTransportKind() {
    return this.sms.kind;
  }

  async enqueueEmail(email: OutgoingEmail, db: Kysely<CoreDatabase> = this.db): Promise<string> {
    const row = await db
      .insertInto('core.outbox')
      .values({ channel: 'email', recipient: email.to, subject: email.subject, body_text: email.text })
      .returning('id')
      .executeTakeFirstOrThrow();
    this.kick();
    return row.id;
  }

  /** An SMS (payment alert, SPEC H5), 160 characters at most, in the caller's transaction. */
  async enqueueSms(message: OutgoingSms, db: Kysely<CoreDatabase> = this.db): Promise<string> {
    const row = await db
      .insertInto('core.outbox')
      .values({
        channel: 'sms',
        recipient: message.to,
        subject: 'SMS',
        body_text: message.text.slice(0, 160),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    this.kick();
    return row.id;
  }

  /** Sends every due message once; returns how many were delivered. */
  deliverDue(): Promise<number> {
    this.running ??= this.deliver().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async deliver(): Promise<number> {
    // Claimed with SKIP LOCKED and a lease: two API processes never send the same message, and a
    // process that dies mid-send leaves it to be retried when the lease ends.
    const due = await this.db
      .updateTable('core.outbox')
      .set({ next_attempt_at: sql`now() + interval '5 minutes'` })
      .where(
        'id',
        'in',
        this.db
          .selectFrom('core.outbox')
          .select('id')
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', sql<Date>`now()`)
          .orderBy('created_at')
          .limit(50)
          .forUpdate()
          .skipLocked(),
      )
      .returningAll()
      .execute();
    due.sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime());
    let delivered = 0;
    for (const message of due) {
      try {
        if (message.channel === 'email') {
          await this.transport.send({
            from: this.from,
            to: message.recipient,
            subject: message.subject,
            text: message.body_text,
          });
        } else {
          await this.sms.send({ to: message.recipient, text: message.body_text });
        }
        await this.db
          .updateTable('core.outbox')
          .set({ status: 'sent', sent_at: sql`now()`, attempts: message.attempts + 1, last_error: null })
          .where('id', '=', message.id)
          .execute();
        delivered++;
      } catch (error) {
        const attempts = message.attempts + 1;
        const final = attempts >= MAX_ATTEMPTS || error instanceof UndeliverableError;
        this.logger.warn({ outboxId: message.id, attempts, err: String(error) }, 'outbox delivery failed');
        await this.db
          .updateTable('core.outbox')
          .set({
            attempts,
            status: final ? 'failed' : 'pending',
            last_error: String(error).slice(0, 500),
            next_attempt_at: new Date(Date.now() + 30_000 * 2 ** attempts),
          })
          .where('id', '=', message.id)
          .execute();
      }
    }
    return delivered;
  }

  /** Delivers soon after an enqueue, without waiting for the next tick. */
  private kick(): void {
    if (this.timer) setTimeout(() => void this.deliverDue().catch(() => {}), 10).unref();
  }

  start(intervalMs = 5000): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.deliverDue().catch(() => {}), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
