import { type Kysely, sql } from 'kysely';
import type { KernelConfig } from './config.js';
import { randomToken, sha256Hex } from './crypto.js';
import { type MemberState, memberStateColumns, memberStateFrom } from './member-context.js';
import type { CoreDatabase } from './schema.js';

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

export type SessionLookup =
  | ({ status: 'valid'; session: SessionRecord } & MemberState)
  | { status: 'expired' }
  | { status: 'none' };

/** Sessions in PostgreSQL: the cookie holds a random token, the table only its SHA-256. */
export class SessionStore {
  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly config: KernelConfig,
  ) {}

  get cookieName(): string {
    return this.config.production ? '__Host-portail_session' : 'portail_session';
  }

  async create(memberId: string, client: { ip: string | null; userAgent: string | null }) {
    return this.open({ member_id: memberId }, client);
  }

  /** A back-office session (SPEC H1): same table, its own cookie, never valid as a member's. */
  async createForManager(managerId: string, client: { ip: string | null; userAgent: string | null }) {
    return this.open({ manager_id: managerId }, client);
  }

  get managerCookieName(): string {
    return this.config.production ? '__Host-portail_gestion' : 'portail_gestion';
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
    if (!(await this.stillValid(row))) return { status: 'expired' };
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

  /** Not revoked, not past its end nor its idle limit; the idle clock restarts (at most every 30 s). */
  private async stillValid(row: {
    id: string;
    revoked_at: Date | null;
    expires_at: Date;
    last_seen_at: Date;
  }) {
    const now = Date.now();
    const idleLimit = new Date(row.last_seen_at).getTime() + this.config.sessionIdleMinutes * 60_000;
    if (row.revoked_at || new Date(row.expires_at).getTime() <= now || idleLimit <= now) return false;
    if (now - new Date(row.last_seen_at).getTime() > 30_000) {
      await this.db
        .updateTable('core.sessions')
        .set({ last_seen_at: sql`now()` })
        .where('id', '=', row.id)
        .execute();
    }
    return true;
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

  /** The session of the cookie's token with its member's state, in one query (every request does it). */
  async lookup(token: string | undefined): Promise<SessionLookup> {
    if (!token || token.length > 100) return { status: 'none' };
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
      .where('s.token_hash', '=', sha256Hex(token))
      .$narrowType<{ member_id: string }>()
      .executeTakeFirst();
    if (!row) return { status: 'none' };
    if (!(await this.stillValid(row))) return { status: 'expired' };
    const state = memberStateFrom(row.member_id, row);
    const { member } = state;
    return {
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
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db
      .updateTable('core.sessions')
      .set({ revoked_at: sql`now()` })
      .where('id', '=', sessionId)
      .where('revoked_at', 'is', null)
      .execute();
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
  }
}
