import { sql } from 'kysely';
import {
  addBusinessDays,
  businessDaysBetween,
  dayInFrance,
  defaultProcessingDays,
  ESTIMATE_MIN_DECISIONS,
  ESTIMATE_WINDOW_DAYS,
  medianBusinessDays,
} from '../contract/processing.js';
import { type AnyDatabase, coreOf } from './section-database.js';

/** How long a kind's processing time is reused before it is measured again (stale is fine). */
const CACHE_MS = 60_000;

export interface ProcessingTime {
  /** Business days a request of the kind takes: the median, rounded up, or the kind's default. */
  businessDays: number;
  /** Where it comes from: the median of `decisions` decisions, or the default (fewer than 20). */
  source: 'median' | 'default';
  /** Decisions of the kind in the window. */
  decisions: number;
}

/**
 * SPEC P1 — how long each kind of request really takes: the median, in business days, from creation
 * to decision of the requests of that kind decided in the last 90 days (one range scan of
 * `requests_decided_idx`), or the kind's documented default while fewer than 20 were decided.
 * Kept a minute per kind in the process.
 */
export class ProcessingEstimates {
  private readonly cache = new Map<string, { at: number; time: ProcessingTime }>();

  constructor(
    private readonly db: AnyDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The processing time of a kind, measured on `given` (a transaction under way, or the pool). */
  async processingTime(section: string, kind: string, given: AnyDatabase = this.db): Promise<ProcessingTime> {
    const key = `${section}/${kind}`;
    const now = this.now();
    const cached = this.cache.get(key);
    if (cached && now.getTime() - cached.at < CACHE_MS) return cached.time;
    const time = await this.measure(section, kind, now, given);
    this.cache.set(key, { at: now.getTime(), time });
    return time;
  }

  /** The day a request of this kind made at `createdAt` should be processed by (`AAAA-MM-JJ`). */
  async estimate(
    section: string,
    kind: string,
    createdAt: Date = this.now(),
    given: AnyDatabase = this.db,
  ): Promise<string> {
    const { businessDays } = await this.processingTime(section, kind, given);
    return addBusinessDays(dayInFrance(createdAt), businessDays);
  }

  /** Forgets the measured times (tests that decide requests at chosen instants). */
  forget(): void {
    this.cache.clear();
  }

  private async measure(
    section: string,
    kind: string,
    now: Date,
    given: AnyDatabase,
  ): Promise<ProcessingTime> {
    const since = new Date(now.getTime() - ESTIMATE_WINDOW_DAYS * 86_400_000);
    const rows = await coreOf(given)
      .selectFrom('core.requests')
      .select([
        sql<string>`to_char(created_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD')`.as('created_on'),
        sql<string>`to_char(decided_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD')`.as('decided_on'),
      ])
      .where('section', '=', section)
      .where('kind', '=', kind)
      .where('decided_at', 'is not', null)
      .where('decided_at', '>=', since)
      .where('decided_at', '<=', now)
      .execute();
    if (rows.length < ESTIMATE_MIN_DECISIONS) {
      return {
        businessDays: defaultProcessingDays(section, kind),
        source: 'default',
        decisions: rows.length,
      };
    }
    // Many decisions share their pair of days: each pair is counted once.
    const counted = new Map<string, number>();
    const durations = rows.map(({ created_on, decided_on }) => {
      const pair = `${created_on}/${decided_on}`;
      let days = counted.get(pair);
      if (days === undefined) {
        days = businessDaysBetween(created_on, decided_on);
        counted.set(pair, days);
      }
      return days;
    });
    return { businessDays: medianBusinessDays(durations), source: 'median', decisions: rows.length };
  }
}

/** Today in France (`AAAA-MM-JJ`), for "late" (P1). */
export function franceToday(now: Date = new Date()): string {
  return dayInFrance(now);
}
