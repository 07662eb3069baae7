import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { WIDGET_ORIGIN_REFUSED, type WidgetToken } from '../contract/widgets.js';
import { randomToken, sha256Hex } from './crypto.js';
import { ProblemError } from './problem.js';
import type { CoreDatabase } from './schema.js';

const TOKEN_MINUTES = 15;
const ORIGINS_CACHE_MS = 10_000;

/**
 * SPEC W2: which origins may embed widgets (H6, per employer), the tokens handed to them, and the
 * member a token stands for — only from the origin it was handed to, while that origin is still
 * registered by one of the member's employers.
 */
export class WidgetAccess {
  private cache: { at: number; origins: Set<string> } | null = null;

  constructor(private readonly db: Kysely<CoreDatabase>) {}

  /** Every origin some employer registered (CORS is answered for these only). */
  async registeredOrigins(): Promise<Set<string>> {
    if (this.cache && Date.now() - this.cache.at < ORIGINS_CACHE_MS) return this.cache.origins;
    const rows = await this.db
      .selectFrom('core.employers')
      .select(sql<string>`unnest(widget_origins)`.as('origin'))
      .execute();
    this.cache = { at: Date.now(), origins: new Set(rows.map((r) => r.origin)) };
    return this.cache.origins;
  }

  private async memberAllows(memberId: string, origin: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('core.memberships as m')
      .innerJoin('core.employers as e', 'e.id', 'm.employer_id')
      .select('m.id')
      .where('m.member_id', '=', memberId)
      .where(sql<boolean>`${origin} = ANY(e.widget_origins)`)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** A token for `origin`, if one of the member's employers registered it; 403 otherwise. */
  async issue(memberId: string, origin: string): Promise<WidgetToken> {
    if (!(await this.memberAllows(memberId, origin))) {
      throw new ProblemError(403, WIDGET_ORIGIN_REFUSED, { code: 'origin-not-allowed' });
    }
    const token = randomToken();
    const expiresAt = new Date(Date.now() + TOKEN_MINUTES * 60_000);
    await this.db
      .insertInto('core.widget_tokens')
      .values({ token_hash: sha256Hex(token), member_id: memberId, origin, expires_at: expiresAt })
      .execute();
    await this.db
      .deleteFrom('core.widget_tokens')
      .where('expires_at', '<', new Date(Date.now() - 86_400_000))
      .execute();
    return { token, expiresAt: expiresAt.toISOString() };
  }

  /** The member a token stands for, when it is used from its own origin and still valid. */
  async memberOf(token: string, origin: string | undefined): Promise<string | null> {
    if (!origin || token.length > 100) return null;
    const row = await this.db
      .selectFrom('core.widget_tokens')
      .select(['member_id', 'origin'])
      .where('token_hash', '=', sha256Hex(token))
      .where('expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
    if (!row || row.origin !== origin) return null;
    return (await this.memberAllows(row.member_id, origin)) ? row.member_id : null;
  }
}
