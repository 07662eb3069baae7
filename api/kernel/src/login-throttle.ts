import { type Kysely, sql } from 'kysely';
import type { KernelConfig } from './config.js';
import { ProblemError } from './problem.js';
import type { CoreDatabase } from './schema.js';

/**
 * Wrong passwords per login (identifier or e-mail, lower case): after `maxFailures` the login is
 * locked for `lockMinutes` (SPEC A3). A wrong current password in D4 counts too.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly lockout: KernelConfig['lockout'],
  ) {}

  /** 429 while `loginKey` is locked. */
  async refuseIfLocked(loginKey: string): Promise<void> {
    const row = await this.db
      .selectFrom('core.login_failures')
      .select('locked_until')
      .where('login_key', '=', loginKey)
      .executeTakeFirst();
    if (row?.locked_until && new Date(row.locked_until).getTime() > Date.now()) {
      throw new ProblemError(
        429,
        `Trop de tentatives infructueuses : votre accès est bloqué pendant ${this.lockout.lockMinutes} minutes. Réessayez plus tard ou utilisez « Besoin d'aide » pour choisir un nouveau mot de passe.`,
        { code: 'locked', headers: { 'Retry-After': String(this.lockout.lockMinutes * 60) } },
      );
    }
  }

  /** Counts one wrong password; locks the login when it reaches the limit. */
  async recordFailure(loginKey: string): Promise<void> {
    const current = await this.db
      .selectFrom('core.login_failures')
      .select('failures')
      .where('login_key', '=', loginKey)
      .executeTakeFirst();
    const failures = (current?.failures ?? 0) + 1;
    const lock = failures >= this.lockout.maxFailures;
    const lockedUntil = lock ? new Date(Date.now() + this.lockout.lockMinutes * 60_000) : null;
    await this.db
      .insertInto('core.login_failures')
      .values({
        login_key: loginKey,
        failures: lock ? 0 : failures,
        last_failed_at: new Date(),
        locked_until: lockedUntil,
      })
      .onConflict((oc) =>
        oc.column('login_key').doUpdateSet({
          failures: lock ? 0 : failures,
          last_failed_at: sql`now()`,
          locked_until: lockedUntil,
        }),
      )
      .execute();
  }

  async clear(loginKeys: string[], db: Kysely<CoreDatabase> = this.db): Promise<void> {
    const keys = loginKeys.filter(Boolean).map((k) => k.toLowerCase());
    if (keys.length > 0) await db.deleteFrom('core.login_failures').where('login_key', 'in', keys).execute();
  }
}
