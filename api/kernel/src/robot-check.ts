import { type Challenge, createChallenge, type Payload, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { type Kysely, sql } from 'kysely';
import { randomToken } from './crypto.js';
import type { CoreDatabase } from './schema.js';

export type RobotCheckResult = 'ok' | 'missing' | 'invalid' | 'expired' | 'replayed';

/**
 * "Je ne suis pas un robot", self-hosted (ALTCHA proof of work): nothing goes to a third party.
 * Challenges are signed with a server secret kept in PostgreSQL; each one is usable once.
 */
export class RobotCheck {
  private secret: Promise<string> | null = null;

  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly difficulty: { cost: number; maxCounter: number } = { cost: 1000, maxCounter: 3000 },
    private readonly lifetimeSeconds = 600,
  ) {}

  private signingSecret(): Promise<string> {
    this.secret ??= (async () => {
      if (process.env.ROBOT_CHECK_SECRET) return process.env.ROBOT_CHECK_SECRET;
      await this.db
        .insertInto('core.server_secrets')
        .values({ name: 'robot-check', value: randomToken(32) })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await this.db
        .selectFrom('core.server_secrets')
        .select('value')
        .where('name', '=', 'robot-check')
        .executeTakeFirstOrThrow();
      return row.value;
    })();
    return this.secret;
  }

  async challenge(): Promise<Challenge> {
    const secret = await this.signingSecret();
    return createChallenge({
      algorithm: 'PBKDF2/SHA-256',
      cost: this.difficulty.cost,
      counter: randomInt(this.difficulty.maxCounter, Math.floor(this.difficulty.maxCounter / 4)),
      deriveKey,
      expiresAt: new Date(Date.now() + this.lifetimeSeconds * 1000),
      hmacSignatureSecret: secret,
      hmacKeySignatureSecret: `${secret}:key`,
    });
  }

  /** Verifies the widget's base64 payload and burns its challenge. */
  async verify(encoded: string | undefined): Promise<RobotCheckResult> {
    if (!encoded) return 'missing';
    let payload: Payload;
    try {
      payload = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as Payload;
      if (!payload?.challenge?.parameters?.nonce || !payload.solution) return 'invalid';
    } catch {
      return 'invalid';
    }
    const secret = await this.signingSecret();
    const result = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      hmacSignatureSecret: secret,
      hmacKeySignatureSecret: `${secret}:key`,
    }).catch(() => null);
    if (!result) return 'invalid';
    if (result.expired) return 'expired';
    if (!result.verified) return 'invalid';
    const burned = await this.db
      .insertInto('core.used_challenges')
      .values({
        nonce: payload.challenge.parameters.nonce,
        expires_at: new Date(Date.now() + this.lifetimeSeconds * 1000),
      })
      .onConflict((oc) => oc.column('nonce').doNothing())
      .returning('nonce')
      .executeTakeFirst();
    if (Math.random() < 0.05) {
      await this.db.deleteFrom('core.used_challenges').where('expires_at', '<', sql<Date>`now()`).execute();
    }
    return burned ? 'ok' : 'replayed';
  }
}
