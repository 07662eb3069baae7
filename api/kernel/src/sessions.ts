import { type Kysely, sql } from 'kysely';
import type { KernelConfig } from './config.js';
import { randomToken, sha256Hex } from './crypto.js';
import { type MemberState, memberStateColumns, memberStateFrom } from './member-context.js';
import type { CoreDatabase } from './schema.js';
import { notifySessionChange, SessionCache, type SessionChange } from './session-cache.js';
import { SessionCookie } from './session-cookie.js';

export interface SessionRecord {
  id: string;
  memberId: string;
  csrfToken: string;
  identifier: string;
  displayName: string;
  email: string | null;
}

export interface ManagerSessionRecord {
  id: string;
  managerId: string;
  csrfToken: string;
  login: string;
  displayName: string;
}

export type ManagerSessionLookup =
  | { status: 'valid'; session: ManagerSessionRecord }
  | { status: 'expired' }
  | { status: 'none' };

type ValidSession = { status: 'valid'; session: SessionRecord } & MemberState;

export type SessionLookup = ValidSession | { status: 'expired' } | { status: 'none' };

/** The clock of a session: its end, its last use (ms since the epoch). */
interface SessionTimes {
  expiresAt: number;
  lastSeenAt: number;
}

/** Sessions in PostgreSQL: the cookie holds a random token, the table only its SHA-256. */
export class SessionStore {
  /** Members' sessions read a moment ago (see SessionCache); `SESSION_CACHE_SECONDS=0` turns it off. */
  readonly cache: SessionCache<{ lookup: ValidSession; times: SessionTimes }>;

  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly config: KernelConfig,
  ) {
    this.cache = new SessionCache(config.sessionCacheSeconds * 1000);
    this.memberCookie = SessionCookie.member(config.production);
    this.managerCookie = SessionCookie.manager(config.production, config.sessionMaxHours);
  }

  /** The member's session cookie (`__Host-` and `Secure` in production). */
  readonly memberCookie: SessionCookie;
  /** The manager's session cookie, never a member's. */
  readonly managerCookie: SessionCookie;

  async create(memberId: string, client: { ip: string | null; userAgent: string | null }) {
    return this.open({ member_id: memberId }, client);
  }

  /** A back-office session (SPEC H1): same table, its own cookie, never valid as a member's. */
  async createForManager(managerId: string, client: { ip: string | null; userAgent: string | null }) {
    return this.open({ manager_id: managerId }, client);
  }

  async lookupManager(token: string | undefined): Promise<ManagerSessionLookup> {
    if (!token || token.length > 100) return { status: 'none' };
    const row = await this.db
      .selectFrom('core.sessions as s')
      .innerJoin('core.managers as g', 'g.id', 's.manager_id')
      .select([
        's.id',
        's.csrf_token',
        's.revoked_at',
        's.expires_at',
        's.last_seen_at',
        'g.id as manager_id',
        'g.login',
        'g.display_name',
      ])
      .where('s.token_hash', '=', sha256Hex(token))
      .executeTakeFirst();
    if (!row) return { status: 'none' };
    if (row.revoked_at || !(await this.stillValid(row.id, SessionStore.timesOf(row)))) {
      return { status: 'expired' };
    }
    return {
      status: 'valid',
      session: {
        id: row.id,
        managerId: row.manager_id,
        csrfToken: row.csrf_token,
        login: row.login,
        displayName: row.display_name,
      },
    };
  }

  /**
   * Not past its end nor its idle limit; the idle clock restarts, in the database at most every
   * 30 s. Returns the session's clock as it now stands, or null when the session is over.
   */
  private async stillValid(sessionId: string, times: SessionTimes): Promise<SessionTimes | null> {
    const now = Date.now();
    const idleMs = this.config.sessionIdleMinutes * 60_000;
    if (times.expiresAt <= now || times.lastSeenAt + idleMs <= now) return null;
    // Written at most every 30 s (a tenth of the idle time when that is shorter), not on every request.
    if (now - times.lastSeenAt <= Math.min(30_000, idleMs / 10)) return times;
    await this.db
      .updateTable('core.sessions')
      .set({ last_seen_at: sql`now()` })
      .where('id', '=', sessionId)
      .execute();
    return { expiresAt: times.expiresAt, lastSeenAt: now };
  }

  /** What is left of a session's clock at `now` (ms): to its idle limit, or to its end if sooner. */
  private timeLeft(times: SessionTimes, now: number): number {
    const idleEnd = times.lastSeenAt + this.config.sessionIdleMinutes * 60_000;
    return Math.max(0, Math.min(times.expiresAt, idleEnd) - now);
  }

  /**
   * A8 « Rester connecté »: the idle clock of the session restarts now, written at once (a request
   * writes it at most every 30 s). The time the session has left (ms), or null when it is over.
   */
  async restartIdleClock(sessionId: string): Promise<number | null> {
    const now = Date.now();
    const row = await this.db
      .updateTable('core.sessions')
      .set({ last_seen_at: sql`now()` })
      .where('id', '=', sessionId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', new Date(now))
      .where('last_seen_at', '>', new Date(now - this.config.sessionIdleMinutes * 60_000))
      .returning(['expires_at', 'last_seen_at'])
      .executeTakeFirst();
    // The cached clock is the old one: the next request reads the new one.
    this.cache.forget({ sessionId });
    return row ? this.timeLeft(SessionStore.timesOf(row), now) : null;
  }

  /**
   * A8: how long the member's session of `token` has left (ms), read without restarting its idle
   * clock — the shell asks before warning the member, who may be active in another tab.
   */
  async idleLeft(
    token: string | undefined,
  ): Promise<{ status: 'valid'; ms: number } | { status: 'expired' } | { status: 'none' }> {
    if (!token || token.length > 100) return { status: 'none' };
    const row = await this.db
      .selectFrom('core.sessions')
      .select(['revoked_at', 'expires_at', 'last_seen_at'])
      .where('token_hash', '=', sha256Hex(token))
      .where('member_id', 'is not', null)
      .executeTakeFirst();
    if (!row) return { status: 'none' };
    const ms = row.revoked_at ? 0 : this.timeLeft(SessionStore.timesOf(row), Date.now());
    return ms > 0 ? { status: 'valid', ms } : { status: 'expired' };
  }

  private static timesOf(row: { expires_at: Date; last_seen_at: Date }): SessionTimes {
    return {
      expiresAt: new Date(row.expires_at).getTime(),
      lastSeenAt: new Date(row.last_seen_at).getTime(),
    };
  }

  private async open(
    owner: { member_id: string } | { manager_id: string },
    client: { ip: string | null; userAgent: string | null },
  ) {
    const token = randomToken();
    const csrfToken = randomToken();
    await this.db
      .insertInto('core.sessions')
      .values({
        token_hash: sha256Hex(token),
        member_id: null,
        ...owner,
        csrf_token: csrfToken,
        expires_at: new Date(Date.now() + this.config.sessionMaxHours * 3_600_000),
        ip: client.ip,
        user_agent: client.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    return { token, csrfToken };
  }

  /**
   * The session of the cookie's token with its member's state, in one query (every request asks),
   * or from the cache when read less than `sessionCacheSeconds` ago.
   */
  async lookup(token: string | undefined): Promise<SessionLookup> {
    if (!token || token.length > 100) return { status: 'none' };
    const tokenHash = sha256Hex(token);
    const cached = this.cache.get(tokenHash);
    if (cached) {
      const times = await this.stillValid(cached.sessionId, cached.value.times);
      if (!times) {
        this.cache.forget({ sessionId: cached.sessionId });
        return { status: 'expired' };
      }
      cached.value.times = times;
      if (this.cache.refreshDue(cached)) this.refreshAhead(tokenHash, cached.sessionId);
      return cached.value.lookup;
    }
    return this.read(tokenHash);
  }

  /** Tokens whose session is being read again ahead of its cache entry's expiry. */
  readonly #refreshing = new Set<string>();

  private refreshAhead(tokenHash: string, sessionId: string): void {
    if (this.#refreshing.has(tokenHash)) return;
    this.#refreshing.add(tokenHash);
    this.cache.counts.refreshes++;
    this.read(tokenHash)
      .then((found) => {
        // Revoked or expired meanwhile (outside the portal, or a lost NOTIFY): no longer served.
        if (found.status !== 'valid') this.cache.forget({ sessionId });
      })
      .catch(() => {
        // The next request past the TTL reads it in the foreground, and says what failed.
      })
      .finally(() => this.#refreshing.delete(tokenHash));
  }

  /** Reads the session of `tokenHash` with its member's state, and caches it if valid. */
  private async read(tokenHash: string): Promise<SessionLookup> {
    const readAt = Date.now();
    const epoch = this.cache.epoch;
    const row = await this.db
      .selectFrom('core.sessions as s')
      .innerJoin('core.members as m', 'm.id', 's.member_id')
      .select([
        's.id',
        's.member_id',
        's.csrf_token',
        's.revoked_at',
        's.expires_at',
        's.last_seen_at',
        ...memberStateColumns(sql.ref('s.member_id')),
      ])
      .where('s.token_hash', '=', tokenHash)
      .$narrowType<{ member_id: string }>()
      .executeTakeFirst();
    if (!row) return { status: 'none' };
    const times = row.revoked_at ? null : await this.stillValid(row.id, SessionStore.timesOf(row));
    if (!times) return { status: 'expired' };
    const state = memberStateFrom(row.member_id, row);
    const { member } = state;
    const lookup: ValidSession = {
      status: 'valid',
      session: {
        id: row.id,
        memberId: member.id,
        csrfToken: row.csrf_token,
        identifier: member.identifier,
        displayName: member.displayName,
        email: member.email,
      },
      ...state,
    };
    // Shared by the requests that reuse it: no route may change it.
    deepFreeze(lookup);
    this.cache.set(
      tokenHash,
      { value: { lookup, times }, sessionId: row.id, memberId: member.id, readAt },
      epoch,
    );
    return lookup;
  }

  /**
   * Sessions must be read again: here at once, in the portal's other processes when `db`'s
   * transaction commits (NOTIFY). Revocations call it; so does anything that changes what a
   * session carries (CGU acceptance, A3).
   */
  async changed(change: SessionChange, db: Kysely<CoreDatabase> = this.db): Promise<void> {
    this.cache.forget(change);
    await notifySessionChange(db, change);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db
      .updateTable('core.sessions')
      .set({ revoked_at: sql`now()` })
      .where('id', '=', sessionId)
      .where('revoked_at', 'is', null)
      .execute();
    await this.changed({ sessionId });
  }

  /** Closes every session of the member, except `keepSessionId` (the one changing the password). */
  async revokeAllOf(
    memberId: string,
    db: Kysely<CoreDatabase> = this.db,
    keepSessionId?: string,
  ): Promise<void> {
    let query = db
      .updateTable('core.sessions')
      .set({ revoked_at: sql`now()` })
      .where('member_id', '=', memberId)
      .where('revoked_at', 'is', null);
    if (keepSessionId) query = query.where('id', '!=', keepSessionId);
    await query.execute();
    await this.changed({ memberId }, db);
  }
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
