import { msg, str } from '@lit/localize';
import { type Kysely, sql } from 'kysely';
import type { KernelConfig } from './config.js';
import { ProblemError } from './problem.js';
import type { RateLimiter } from './rate-limit.js';
import type { CoreDatabase } from './schema.js';

/** Failures older than this are forgotten: the count starts again. */
const FAILURES_FORGOTTEN_AFTER = "interval '1 hour'";

/** Which password check is being tried: a member's login (or D4's current password), a manager's. */
export interface PasswordAttempt {
  /** `a100001` (a member's identifier or e-mail, lower case) or `gestion:nadia`. */
  account: string;
  /** The client's address (`unknown` when the host cannot tell). */
  ip: string;
}

/** The wait, in words of the request's language: « 30 secondes » (“30 seconds”), « 4 minutes ». */
function delayWords(seconds: number): string {
  if (seconds < 60) return msg(str`${seconds} secondes`);
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? msg('1 minute') : msg(str`${minutes} minutes`);
}

function tooManyAttempts(retryAfterSeconds: number): ProblemError {
  const wait = delayWords(Math.max(1, retryAfterSeconds));
  return new ProblemError(
    429,
    msg(
      str`Trop de tentatives infructueuses : réessayez dans ${wait}, ou utilisez « Besoin d'aide » pour choisir un nouveau mot de passe.`,
    ),
    { code: 'locked', headers: { 'Retry-After': String(Math.max(1, retryAfterSeconds)) } },
  );
}

/**
 * Password guessing (SPEC A1, D4, H1), counted in PostgreSQL so that every process shares it:
 * - each try is counted *before* the password is checked, atomically: 200 guesses sent at once are
 *   not 200 checks, only the free ones are;
 * - per account and client: after `freeFailures`, each further try waits, longer each time (30 s,
 *   1 min, 2 min… up to `maxDelayMinutes`), and a try refused while waiting counts nothing, so nobody
 *   can keep an account closed for long from one address;
 * - per account from every client together, a far higher allowance (guessing from many addresses);
 * - per client across accounts, and for the whole portal, fixed-window rate limits.
 * A right password forgets the account's failures; so does a password reset (« Besoin d'aide »),
 * which therefore always gets the member back in.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly rateLimiter: RateLimiter,
    private readonly limits: KernelConfig['loginLimits'],
  ) {}

  /**
   * Counts one try before the password is checked; 429 (`Retry-After`) when the client or the
   * account must wait. Call `succeeded` after a right password.
   */
  async begin(attempt: PasswordAttempt): Promise<void> {
    const { perClientPer5Minutes, perPortalPerMinute } = this.limits;
    if (!(await this.rateLimiter.hit(`login-client:${attempt.ip}`, perClientPer5Minutes, 300))) {
      throw new ProblemError(
        429,
        'Trop de tentatives de connexion depuis votre connexion : réessayez dans 5 minutes.',
        { code: 'rate-limited', headers: { 'Retry-After': '300' } },
      );
    }
    if (!(await this.rateLimiter.hit('login-portal', perPortalPerMinute, 60))) {
      throw new ProblemError(503, 'Le service de connexion est très sollicité : réessayez dans une minute.', {
        code: 'busy',
        headers: { 'Retry-After': '60' },
      });
    }
    await this.count(`${attempt.account}|${attempt.ip}`, this.limits.freeFailures);
    await this.count(attempt.account, this.limits.freeFailuresPerAccount);
  }

  /** The password was right: the account's failures (from every client) are forgotten. */
  async succeeded(attempt: PasswordAttempt): Promise<void> {
    await this.clear([attempt.account], this.db, attempt.ip);
  }

  /**
   * Counts a try under `key` unless `key` must still wait; past `free` tries, the next one must wait
   * 30 s × 2^(tries − free), at most `maxDelayMinutes`. One statement: concurrent tries each get
   * their own count, and only the ones before the wait began go through.
   */
  private async count(key: string, free: number): Promise<void> {
    const maxSeconds = this.limits.maxDelayMinutes * 60;
    const counted = await sql<{ failures: number }>`
      INSERT INTO core.login_failures AS f (login_key, failures, last_failed_at, locked_until)
      VALUES (${key}, 1, now(), ${free <= 1 ? sql`now() + interval '30 seconds'` : null})
      ON CONFLICT (login_key) DO UPDATE SET
        failures = CASE WHEN f.last_failed_at < now() - ${sql.raw(FAILURES_FORGOTTEN_AFTER)} THEN 1
                        ELSE f.failures + 1 END,
        last_failed_at = now(),
        locked_until = CASE
          WHEN f.last_failed_at >= now() - ${sql.raw(FAILURES_FORGOTTEN_AFTER)} AND f.failures + 1 >= ${free}
          THEN now() + make_interval(secs => least(${maxSeconds}::float8, 30 * power(2, f.failures + 1 - ${free})))
          ELSE NULL END
      WHERE f.locked_until IS NULL OR f.locked_until <= now()
      RETURNING f.failures`.execute(this.db);
    if (counted.rows.length > 0) return;
    const row = await this.db
      .selectFrom('core.login_failures')
      .select(sql<number>`ceil(extract(epoch from locked_until - now()))::int`.as('wait'))
      .where('login_key', '=', key)
      .executeTakeFirst();
    throw tooManyAttempts(row?.wait ?? 30);
  }

  /** Forgets the failures of these accounts (lower-cased), from every client — or from `ip` only. */
  async clear(accounts: string[], db: Kysely<CoreDatabase> = this.db, ip?: string): Promise<void> {
    const keys = accounts.filter(Boolean).map((k) => k.toLowerCase());
    if (keys.length === 0) return;
    await db
      .deleteFrom('core.login_failures')
      .where((eb) =>
        eb.or([
          eb('login_key', 'in', keys),
          ...keys.map((key) => eb('login_key', 'like', `${key.replace(/[%_\\]/g, '\\$&')}|${ip ?? '%'}`)),
        ]),
      )
      .execute();
  }
}
