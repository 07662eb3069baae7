import { type Kysely, sql } from 'kysely';

/** What makes cached sessions wrong: one session, every session of a member, or all of them. */
export type SessionChange = { sessionId: string } | { memberId: string } | { all: true };

/** The channel on which processes sharing a database tell each other of a `SessionChange`. */
export const SESSION_CHANGES_CHANNEL = 'portail_session_changes';

export interface CachedSession<T> {
  value: T;
  sessionId: string;
  memberId: string;
  /** When it was read from the database (ms since the epoch). */
  readAt: number;
}

/**
 * Sessions read a moment ago (`ttlMs`, SPEC A8), so that the requests of one page do not each
 * read the same session and member from the database. A revoked session, a member whose CGU
 * state changed, is forgotten at once here and, by NOTIFY on `SESSION_CHANGES_CHANNEL`, in every
 * other process of the portal (an API slice in its own process, W1); at worst, should such a
 * notice be lost, `ttlMs` later.
 */
export class SessionCache<T> {
  readonly #entries = new Map<string, CachedSession<T>>();
  #epoch = 0;
  /**
   * Lookups answered from memory, those that had to read the database, and the reads made ahead of
   * expiry in the background (`refreshDue`) — for benchmarks.
   */
  readonly counts = { hits: 0, misses: 0, refreshes: 0 };

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(tokenHash: string, now = Date.now()): CachedSession<T> | undefined {
    const entry = this.#entries.get(tokenHash);
    if (entry && now - entry.readAt < this.ttlMs) {
      this.counts.hits++;
      return entry;
    }
    if (entry) this.#entries.delete(tokenHash);
    this.counts.misses++;
    return undefined;
  }

  /**
   * The entry is in the second half of its life: read it again now, in the background, while it is
   * still served — a session in use never waits for the database, and nothing served is older than
   * the TTL.
   */
  refreshDue(entry: CachedSession<T>, now = Date.now()): boolean {
    return now - entry.readAt >= this.ttlMs / 2;
  }

  /** Changes seen so far: a read that started before the latest one may hold the old state. */
  get epoch(): number {
    return this.#epoch;
  }

  /** Keeps what a read begun at `epoch` found, unless a change came in meanwhile. */
  set(tokenHash: string, entry: CachedSession<T>, epoch: number): void {
    if (this.ttlMs <= 0 || epoch !== this.#epoch) return;
    this.#entries.delete(tokenHash);
    // A Map iterates in insertion order: the first key is the oldest read.
    if (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(tokenHash, entry);
  }

  forget(change: SessionChange): void {
    this.#epoch++;
    if ('all' in change) {
      this.#entries.clear();
      return;
    }
    for (const [key, entry] of this.#entries) {
      if ('sessionId' in change ? entry.sessionId === change.sessionId : entry.memberId === change.memberId) {
        this.#entries.delete(key);
      }
    }
  }
}

/** Tells every process (this one included) of a change, when `db`'s transaction commits. */
export async function notifySessionChange<DB>(db: Kysely<DB>, change: SessionChange): Promise<void> {
  await sql`SELECT pg_notify(${SESSION_CHANGES_CHANNEL}, ${JSON.stringify(change)})`.execute(db);
}

/** A notice from another process; anything unexpected forgets every session, to be safe. */
export function parseSessionChange(payload: string): SessionChange {
  try {
    const change = JSON.parse(payload) as Record<string, unknown>;
    if (typeof change.sessionId === 'string') return { sessionId: change.sessionId };
    if (typeof change.memberId === 'string') return { memberId: change.memberId };
  } catch {
    // fall through
  }
  return { all: true };
}
