import { type Kysely, type Selectable, sql } from 'kysely';
import nodemailer from 'nodemailer';
import type { Logger } from './logger.js';
import type { CoreDatabase, OutboxTable } from './schema.js';
import { type AnyDatabase, coreOf } from './section-database.js';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/**
 * An e-mail carrying a time-limited link: it is retried within the link's life, and once that has
 * passed `whenExpired` goes instead (the member is told to ask again), never the dead link.
 */
export interface ExpiringEmail extends OutgoingEmail {
  expiresAt: Date;
  whenExpired: { subject: string; text: string };
}

/** Delivers one message or throws; the outbox retries later. */
export interface MailTransport {
  readonly kind: 'smtp' | 'development';
  /**
   * `messageId`: the same for every try of one outbox message, so that a mail sent again after its
   * sender died between the server's acceptance and its record is recognisably the same mail.
   */
  send(message: OutgoingEmail & { from: string; messageId: string }): Promise<void>;
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
    throw new UndeliverableError('Aucun fournisseur SMS configuré (SMS_URL).'); // i18n-ignore: a log's
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

/**
 * Retries: 15 s after the first failure, then doubling up to 5 minutes, 12 tries in all (about 40
 * minutes): a reset link (30 min) is tried a dozen times within its life.
 */
const MAX_ATTEMPTS = 12;
const FIRST_RETRY_MS = 15_000;
const MAX_RETRY_MS = 5 * 60_000;
/**
 * Messages one process claims at a time: its lease holds them, so few, that a process dying leaves
 * few to wait for the lease's end and another process sends the rest meanwhile.
 */
const CLAIM_BATCH = 10;

export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/** Persistent outbox (SPEC N1): written in the same transaction as the change it reports. */
export class Outbox {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopping = false;

  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly transport: MailTransport,
    private readonly from: string,
    private readonly logger: Logger,
    private readonly sms: SmsTransport = developmentSms,
    /** A claimed message is another process's after this long, unless its sender renews the lease. */
    private readonly leaseSeconds = 60,
  ) {}

  get transportKind() {
    return this.transport.kind;
  }

  get smsTransportKind() {
    return this.sms.kind;
  }

  async enqueueEmail(email: OutgoingEmail | ExpiringEmail, given: AnyDatabase = this.db): Promise<string> {
    const expiring = 'expiresAt' in email ? email : null;
    const row = await coreOf(given)
      .insertInto('core.outbox')
      .values({
        channel: 'email',
        recipient: email.to,
        subject: email.subject,
        body_text: email.text,
        expires_at: expiring?.expiresAt ?? null,
        expired_subject: expiring?.whenExpired.subject ?? null,
        expired_text: expiring?.whenExpired.text ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    this.kick();
    return row.id;
  }

  /** An SMS (payment alert, SPEC H5), 160 characters at most, in the caller's transaction. */
  async enqueueSms(message: OutgoingSms, given: AnyDatabase = this.db): Promise<string> {
    const row = await coreOf(given)
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
    // Claimed with SKIP LOCKED and a lease (a minute by default): two API processes never send the
    // same message, and a process that dies mid-send leaves it to another once the lease has passed.
    const due = await this.db
      .updateTable('core.outbox')
      .set({ next_attempt_at: sql`now() + make_interval(secs => ${this.leaseSeconds})` })
      .where(
        'id',
        'in',
        this.db
          .selectFrom('core.outbox')
          .select('id')
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', sql<Date>`now()`)
          .orderBy('created_at')
          .limit(CLAIM_BATCH)
          .forUpdate()
          .skipLocked(),
      )
      .returningAll()
      .execute();
    due.sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime());
    let delivered = 0;
    for (const [index, message] of due.entries()) {
      if (this.stopping) {
        // Asked to stop: the ones not started go back to the queue at once, for the next process.
        await this.db
          .updateTable('core.outbox')
          .set({ next_attempt_at: sql`now()` })
          .where(
            'id',
            'in',
            due.slice(index).map((m) => m.id),
          )
          .execute();
        break;
      }
      if (await this.deliverOne(message)) delivered++;
    }
    return delivered;
  }

  /** Sends one claimed message, renewing its lease while the send lasts; records the outcome. */
  private async deliverOne(message: Selectable<OutboxTable>): Promise<boolean> {
    const heartbeat = setInterval(
      () => {
        void this.db
          .updateTable('core.outbox')
          .set({ next_attempt_at: sql`now() + make_interval(secs => ${this.leaseSeconds})` })
          .where('id', '=', message.id)
          .where('status', '=', 'pending')
          .execute()
          .catch(() => {});
      },
      (this.leaseSeconds * 1000) / 3,
    );
    const expired = message.expires_at !== null && new Date(message.expires_at).getTime() <= Date.now();
    try {
      if (message.channel === 'sms') {
        await this.sms.send({ to: message.recipient, text: message.body_text });
      } else if (expired) {
        // The link is dead: never send it; tell the member to ask again instead.
        await this.transport.send({
          from: this.from,
          to: message.recipient,
          subject: message.expired_subject ?? message.subject,
          text: message.expired_text ?? message.body_text,
          messageId: this.messageIdOf(message.id),
        });
      } else {
        await this.transport.send({
          from: this.from,
          to: message.recipient,
          subject: message.subject,
          text: message.body_text,
          messageId: this.messageIdOf(message.id),
        });
      }
      await this.db
        .updateTable('core.outbox')
        .set({
          status: expired ? 'expired' : 'sent',
          sent_at: sql`now()`,
          attempts: message.attempts + 1,
          // i18n-ignore: the back office's
          last_error: expired ? 'Lien expiré avant l’envoi : avis envoyé à la place.' : null,
        })
        .where('id', '=', message.id)
        .execute();
      return true;
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
          next_attempt_at: new Date(Date.now() + retryDelayMs(attempts)),
        })
        .where('id', '=', message.id)
        .execute();
      return false;
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** `<outbox id@sender's domain>`: one Message-ID per outbox message, whatever the tries. */
  private messageIdOf(outboxId: string): string {
    const domain = /@([^>\s]+)>?\s*$/.exec(this.from)?.[1] ?? 'portail-adherent.fr';
    return `<${outboxId}@${domain}>`;
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

  /** Stops after the message being sent (the rest of its batch goes back to the queue). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopping = true;
    await this.running;
    this.stopping = false;
  }
}
