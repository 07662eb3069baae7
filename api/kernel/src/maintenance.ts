import type { Kysely } from 'kysely';
import type { BlobStore, SweepResult } from './blob-store.js';
import { purgeIdempotencyKeys } from './idempotency.js';
import type { LiveEvents } from './live-events.js';
import type { Logger } from './logger.js';
import type { CoreDatabase } from './schema.js';

const EVERY_MS = 15 * 60_000;

/**
 * The host's housekeeping, at start and every 15 minutes: files of the store that no committed row
 * names, once old enough to be sure no transaction will still commit them (`ORPHAN_FILE_AGE_SECONDS`,
 * an hour: a rolled-back transaction, a process killed mid-upload), temporary uploads,
 * idempotency keys older than a day, and live events past their few minutes (SPEC P2).
 */
export class Maintenance {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly blobs: BlobStore,
    private readonly logger: Logger,
    private readonly orphanAgeMs: number,
    private readonly liveEvents?: LiveEvents,
  ) {}

  async runOnce(orphanAgeMs = this.orphanAgeMs): Promise<SweepResult & { idempotencyKeys: number }> {
    const swept = await this.blobs.sweep(orphanAgeMs);
    const idempotencyKeys = await purgeIdempotencyKeys(this.db);
    await this.liveEvents?.purge();
    if (swept.orphans + swept.temporary > 0) this.logger.info({ ...swept }, 'orphaned files swept');
    return { ...swept, idempotencyKeys };
  }

  start(everyMs = EVERY_MS): void {
    if (this.timer) return;
    const run = () => {
      this.running ??= this.runOnce()
        .catch((error: unknown) => this.logger.warn({ err: String(error) }, 'maintenance failed'))
        .finally(() => {
          this.running = null;
        });
    };
    run();
    this.timer = setInterval(run, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
