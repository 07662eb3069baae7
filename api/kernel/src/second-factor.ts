import { createHmac, randomBytes, randomInt } from 'node:crypto';
import { msg, str } from '@lit/localize';
import { type Kysely, sql } from 'kysely';
import { type Locale, localized, SOURCE_LOCALE } from '../contract/i18n.js';
import {
  LOGIN_CODE_LENGTH,
  LOGIN_CODE_MINUTES,
  LOGIN_CODE_RESEND_SECONDS,
  LOGIN_CODE_RESENDS,
  LOGIN_CODE_SUBJECT,
  LOGIN_CODE_TRIES,
  type LoginChallenge,
  resendWaitText,
  SECOND_FACTOR_TEXT,
  wrongCodeText,
} from '../contract/second-factor.js';
import { randomToken, safeEqual, sha256Hex } from './crypto.js';
import { greeting, greetingByName } from './french.js';
import { withLocale } from './i18n.js';
import type { Outbox } from './outbox.js';
import { ProblemError } from './problem.js';
import type { CoreDatabase } from './schema.js';

/** Who a login code is for. */
export type CodeSubject = { kind: 'member'; id: string } | { kind: 'manager'; id: string };

/** A login waiting for its code, as `pending` found it. */
export interface PendingLogin {
  id: string;
  kind: CodeSubject['kind'];
  /** Whose login it is; null for a decoy (a wrong password's or an unknown login's stand-in). */
  subjectId: string | null;
  /** The login throttle's account its code tries count in. */
  throttleAccount: string;
}

/** Where a code goes, the language it is written in, and how the message greets its reader. */
interface Destination {
  channel: 'email' | 'sms';
  to: string;
  /** SPEC P6: the member's language on file; French for a manager (the back office's staff). */
  locale: Locale;
  /** In the language being written in. */
  greeting: () => string;
}

/**
 * The code's stored form: an HMAC keyed by the login's bearer token, which the table keeps only the
 * hash of — a copy of the table alone cannot be searched through the million codes.
 */
function codeHash(token: string, code: string): string {
  return createHmac('sha256', token).update(code).digest('hex');
}

/** A decoy's stored code: random, so that no code's HMAC is ever equal to it. */
function unmatchableHash(): string {
  return randomBytes(32).toString('hex');
}

function newCode(): string {
  return String(randomInt(0, 10 ** LOGIN_CODE_LENGTH)).padStart(LOGIN_CODE_LENGTH, '0');
}

const NO_CHANNEL_MEMBER =
  "Nous ne pouvons pas vous envoyer de code de vérification : aucune adresse e-mail ni aucun numéro de mobile n'est enregistré sur votre dossier. Contactez le service adhérents.";
// A manager's (French-speaking staff).
const NO_CHANNEL_MANAGER = // i18n-ignore
  "Aucune adresse e-mail n'est enregistrée pour ce gestionnaire : le code de vérification ne peut pas lui être envoyé. Un administrateur doit la renseigner.";

/**
 * SPEC P8, the second factor of a login: after a right password, a member's login from a device
 * the portal does not know (see trusted-devices.ts) and every manager's login wait for a 6-digit
 * code sent by e-mail — or by SMS to a member who chose SMS alerts (D3) and has a mobile number, or
 * has no e-mail. A code is valid 10 minutes, allows 5 wrong tries, is used once; « Renvoyer le code »
 * sends a new one (the old one dies) at most 3 times, 30 s apart. The routes count each try in the
 * login throttle like a password try (login-throttle.ts), so that guessing codes locks the account
 * as guessing passwords does. The browser holds the login's random token; the table its SHA-256
 * and the code's HMAC keyed by it (never the code). From such a device a wrong password gets the
 * same step, on a decoy login (`startDecoy`): the step says nothing of the password.
 */
export class SecondFactor {
  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Whether a code can reach `subject` (an e-mail, or a mobile for a member); 403 with what to do
   * otherwise. Asked before the password is known to be right, so that the answer does not tell it.
   */
  async ensureReachable(subject: CodeSubject): Promise<void> {
    await this.destinationOf(subject);
  }

  /**
   * A new login of `subject` (whose password was right) waiting for its code: the code is sent; what
   * the browser needs to go on. `throttleAccount`: where its code tries count.
   */
  async start(subject: CodeSubject, throttleAccount: string): Promise<LoginChallenge> {
    const destination = await this.destinationOf(subject);
    const token = randomToken();
    const code = newCode();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('core.login_codes')
        .values({
          token_hash: sha256Hex(token),
          kind: subject.kind,
          throttle_account: throttleAccount,
          ...(subject.kind === 'member' ? { member_id: subject.id } : { manager_id: subject.id }),
          code_hash: codeHash(token, code),
          channel: destination.channel,
          expires_at: sql<Date>`now() + make_interval(mins => ${LOGIN_CODE_MINUTES})`,
        })
        .execute();
      await this.send(destination, code, trx);
    });
    // Logins a day old are of no use to anyone: forgotten now and then.
    if (Math.random() < 0.02) {
      await this.db
        .deleteFrom('core.login_codes')
        .where('created_at', '<', sql<Date>`now() - interval '1 day'`)
        .execute();
    }
    return this.challenge(token, subject.kind, 0);
  }

  /**
   * After a wrong password or an unknown login, from a device that would have to give a code: the
   * same answer as `start`'s, for a login that names nobody, where no code was sent and no code will
   * ever be right — tries, resends, expiry and limits behave as a real login's, so that neither the
   * answer nor what follows tells whether the password was right.
   */
  async startDecoy(kind: CodeSubject['kind'], throttleAccount: string): Promise<LoginChallenge> {
    const token = randomToken();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('core.login_codes')
        .values({
          token_hash: sha256Hex(token),
          kind,
          throttle_account: throttleAccount,
          decoy: true,
          code_hash: unmatchableHash(),
          channel: 'email',
          expires_at: sql<Date>`now() + make_interval(mins => ${LOGIN_CODE_MINUTES})`,
        })
        .execute();
    });
    return this.challenge(token, kind, 0);
  }

  /** The login `token` names, still waiting for its code and of the `kind` asked; 410 otherwise. */
  async pending(token: string, kind: CodeSubject['kind']): Promise<PendingLogin> {
    const row = await this.db
      .selectFrom('core.login_codes')
      .select(['id', 'kind', 'member_id', 'manager_id', 'throttle_account'])
      .where('token_hash', '=', sha256Hex(token))
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (!row || row.kind !== kind)
      throw new ProblemError(410, SECOND_FACTOR_TEXT.restart, { code: 'login-restart' });
    return {
      id: row.id,
      kind,
      subjectId: (kind === 'member' ? row.member_id : row.manager_id) ?? null,
      throttleAccount: row.throttle_account,
    };
  }

  /**
   * One try of `code` (the caller counted it in the login throttle first). Right: the login is used
   * (once only, even by two tries at the same moment) and whose it is comes back. Wrong (always, for
   * a decoy): 400 with the tries left at the field, 429 once none is left, 410 when the code expired
   * or the login is over.
   */
  async check(pending: PendingLogin, token: string, code: string): Promise<string> {
    const tried = await this.db
      .updateTable('core.login_codes')
      .set({ attempts: sql`attempts + 1` })
      .where('id', '=', pending.id)
      .where('used_at', 'is', null)
      .where('attempts', '<', LOGIN_CODE_TRIES)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning(['code_hash', 'attempts'])
      .executeTakeFirst();
    if (!tried) throw await this.whyRefused(pending.id);
    if (safeEqual(tried.code_hash, codeHash(token, code)) && pending.subjectId) {
      const used = await this.db
        .updateTable('core.login_codes')
        .set({ used_at: sql`now()` })
        .where('id', '=', pending.id)
        .where('used_at', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (!used) throw new ProblemError(410, SECOND_FACTOR_TEXT.restart, { code: 'login-restart' });
      return pending.subjectId;
    }
    const left = LOGIN_CODE_TRIES - tried.attempts;
    if (left <= 0) throw new ProblemError(429, SECOND_FACTOR_TEXT.exhausted, { code: 'code-exhausted' });
    const detail = wrongCodeText(left);
    throw new ProblemError(400, detail, { code: 'code-wrong', errors: [{ field: 'code', detail }] });
  }

  private async whyRefused(id: string): Promise<ProblemError> {
    const row = await this.db
      .selectFrom('core.login_codes')
      .select(['used_at', 'attempts', sql<boolean>`expires_at <= now()`.as('expired')])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || row.used_at)
      return new ProblemError(410, SECOND_FACTOR_TEXT.restart, { code: 'login-restart' });
    if (row.attempts >= LOGIN_CODE_TRIES) {
      return new ProblemError(429, SECOND_FACTOR_TEXT.exhausted, { code: 'code-exhausted' });
    }
    return new ProblemError(410, SECOND_FACTOR_TEXT.expired, { code: 'code-expired' });
  }

  /**
   * « Renvoyer le code »: a new code replaces the old one (new 10 minutes, 5 tries), at most 3 times
   * per login and 30 s after the last sending; 429 otherwise (with `Retry-After` while waiting).
   */
  async resend(pending: PendingLogin, token: string): Promise<LoginChallenge> {
    const { kind, subjectId } = pending;
    const destination = subjectId ? await this.destinationOf({ kind, id: subjectId }) : null;
    const code = newCode();
    const resent = await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('core.login_codes')
        .set({
          code_hash: destination ? codeHash(token, code) : unmatchableHash(),
          channel: destination?.channel ?? 'email',
          attempts: 0,
          resends: sql`resends + 1`,
          sent_at: sql`now()`,
          expires_at: sql<Date>`now() + make_interval(mins => ${LOGIN_CODE_MINUTES})`,
        })
        .where('id', '=', pending.id)
        .where('used_at', 'is', null)
        .where('resends', '<', LOGIN_CODE_RESENDS)
        .where('sent_at', '<=', sql<Date>`now() - make_interval(secs => ${LOGIN_CODE_RESEND_SECONDS})`)
        .returning('resends')
        .executeTakeFirst();
      if (row && destination) await this.send(destination, code, trx);
      return row;
    });
    if (resent) return this.challenge(token, kind, resent.resends);
    const row = await this.db
      .selectFrom('core.login_codes')
      .select([
        'used_at',
        'resends',
        sql<number>`ceil(extract(epoch from sent_at + make_interval(secs => ${LOGIN_CODE_RESEND_SECONDS}) - now()))::int`.as(
          'wait',
        ),
      ])
      .where('id', '=', pending.id)
      .executeTakeFirst();
    if (!row || row.used_at)
      throw new ProblemError(410, SECOND_FACTOR_TEXT.restart, { code: 'login-restart' });
    if (row.resends >= LOGIN_CODE_RESENDS) {
      throw new ProblemError(429, SECOND_FACTOR_TEXT.tooManyResends, { code: 'resend-limit' });
    }
    const wait = Math.max(1, row.wait);
    throw new ProblemError(429, resendWaitText(wait), {
      code: 'resend-too-soon',
      headers: { 'Retry-After': String(wait) },
    });
  }

  /** Every login of the member still waiting for its code ends (password changed or reset). */
  async cancelAllOf(memberId: string, trx: Kysely<CoreDatabase> = this.db): Promise<void> {
    await trx
      .updateTable('core.login_codes')
      .set({ used_at: sql`now()` })
      .where('member_id', '=', memberId)
      .where('used_at', 'is', null)
      .execute();
  }

  private challenge(token: string, kind: CodeSubject['kind'], resends: number): LoginChallenge {
    return {
      challenge: token,
      expiresInSeconds: LOGIN_CODE_MINUTES * 60,
      resendInSeconds: LOGIN_CODE_RESEND_SECONDS,
      resendsLeft: LOGIN_CODE_RESENDS - resends,
      canRemember: kind === 'member',
    };
  }

  /** E-mail, or SMS for a member who chose SMS alerts (D3) with a mobile number, or has no e-mail. */
  private async destinationOf(subject: CodeSubject): Promise<Destination> {
    if (subject.kind === 'manager') {
      const manager = await this.db
        .selectFrom('core.managers')
        .select(['email', 'display_name'])
        .where('id', '=', subject.id)
        .executeTakeFirstOrThrow();
      if (!manager.email) throw new ProblemError(403, NO_CHANNEL_MANAGER, { code: 'no-code-channel' });
      return {
        channel: 'email',
        to: manager.email,
        locale: SOURCE_LOCALE,
        greeting: () => greetingByName(manager.display_name),
      };
    }
    const member = await this.db
      .selectFrom('core.members')
      .select(['email', 'mobile', 'sms_alert', 'civility', 'first_name', 'last_name', 'locale'])
      .where('id', '=', subject.id)
      .executeTakeFirstOrThrow();
    const hello = () =>
      greeting({ civility: member.civility, firstName: member.first_name, lastName: member.last_name });
    const mobile = member.mobile.trim();
    if (mobile && (member.sms_alert || !member.email))
      return { channel: 'sms', to: mobile, locale: member.locale, greeting: hello };
    if (member.email) return { channel: 'email', to: member.email, locale: member.locale, greeting: hello };
    throw new ProblemError(403, NO_CHANNEL_MEMBER, { code: 'no-code-channel' });
  }

  /** The code's message, in the member's language (SPEC P6). */
  private send(destination: Destination, code: string, trx: Kysely<CoreDatabase>): Promise<void> {
    return withLocale(destination.locale, () => this.compose(destination, code, trx));
  }

  private async compose(destination: Destination, code: string, trx: Kysely<CoreDatabase>): Promise<void> {
    if (destination.channel === 'sms') {
      await this.outbox.enqueueSms(
        {
          to: destination.to,
          text: msg(
            str`Portail Adhérent : votre code de vérification est ${code}. Il est valable ${LOGIN_CODE_MINUTES} minutes. Ne le communiquez à personne.`,
          ),
        },
        trx,
      );
      return;
    }
    const hello = destination.greeting();
    await this.outbox.enqueueEmail(
      {
        to: destination.to,
        subject: localized(LOGIN_CODE_SUBJECT),
        text: [
          hello,
          msg(str`Votre code de vérification pour vous connecter au Portail Adhérent : ${code}`),
          msg(
            str`Il est valable ${LOGIN_CODE_MINUTES} minutes. Ne le communiquez à personne : nos services ne vous le demanderont jamais.`,
          ),
          msg(
            "Si vous n'êtes pas en train de vous connecter, quelqu'un connaît votre mot de passe : changez-le sans attendre (« Besoin d'aide » sur la page de connexion).",
          ),
        ].join('\n\n'),
        expiresAt: new Date(Date.now() + LOGIN_CODE_MINUTES * 60_000),
        whenExpired: {
          subject: msg('Portail Adhérent : code de vérification expiré'),
          text: `${hello}\n\n${msg(
            "Le code de vérification que vous avez demandé n'a pas pu vous être remis à temps et a expiré. Reconnectez-vous pour en recevoir un nouveau.",
          )}`,
        },
      },
      trx,
    );
  }
}
