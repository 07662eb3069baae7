import { type Kysely, sql } from 'kysely';
import type { CoreDatabase } from './schema.js';

/** Fixed-window counters in PostgreSQL, so every API process shares them. */
export class RateLimiter {
  constructor(private readonly db: Kysely<CoreDatabase>) {}

  /** Counts one hit; false when `key` went over `limit` within the current window. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<boolean> {
    const windowStart = new Date(Math.floor(Date.now() / (windowSeconds * 1000)) * windowSeconds * 1000);
    const row = await this.db
      .insertInto('core.rate_limits')
      .values({ key, window_start: windowStart, hits: 1 })
      .onConflict((oc) =>
        oc.columns(['key', 'window_start']).doUpdateSet({ hits: sql`core.rate_limits.hits + 1` }),
      )
      .returning('hits')
      .executeTakeFirstOrThrow();
    if (Math.random() < 0.01) {
      await this.db
        .deleteFrom('core.rate_limits')
        .where('window_start', '<', new Date(Date.now() - 86_400_000))
        .execute();
    }
    return row.hits <= limit;
  }
}
