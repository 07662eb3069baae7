import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { type Kysely, sql } from 'kysely';
import { TRUSTED_DEVICE_DAYS, type TrustedDevice } from '../contract/second-factor.js';
import { randomToken, sha256Hex } from './crypto.js';
import type { CoreDatabase } from './schema.js';
import { type AnyDatabase, coreOf } from './section-database.js';

/** « Firefox sur Windows », « Safari sur iPhone »: enough for a member to recognise a device. */
export function deviceLabel(userAgent: string | null): string {
  const ua = userAgent ?? '';
  const browser = /Edg(e|A|iOS)?\//.test(ua)
    ? 'Edge'
    : /OPR\/|Opera/.test(ua)
      ? 'Opera'
      : /Firefox\/|FxiOS\//.test(ua)
        ? 'Firefox'
        : /Chrome\/|CriOS\/|Chromium\//.test(ua)
          ? 'Chrome'
          : /Safari\//.test(ua)
            ? 'Safari'
            : null;
  const system = /iPhone/.test(ua)
    ? 'iPhone'
    : /iPad/.test(ua)
      ? 'iPad'
      : /Android/.test(ua)
        ? 'Android'
        : /Windows/.test(ua)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(ua)
            ? 'macOS'
            : /CrOS/.test(ua)
              ? 'ChromeOS'
              : /Linux/.test(ua)
                ? 'Linux'
                : null;
  if (browser && system) return `${browser} sur ${system}`;
  return browser ?? system ?? 'Navigateur inconnu';
}

/**
 * SPEC P8 « Se souvenir de cet appareil »: a member's browser that completed the code step with the
 * box ticked gets a device cookie (random, HttpOnly, `SameSite=Strict`, `__Host-` in production) for
 * 90 days; the table keeps its SHA-256 only. At the next right password from that browser for that
 * member, the code is skipped. Listed and revocable in Mon compte (« Appareils de confiance »); a
 * password change or reset revokes them all.
 */
export class TrustedDevices {
  readonly cookieName: string;

  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly production: boolean,
  ) {
    this.cookieName = production ? '__Host-portail_appareil' : 'portail_appareil';
  }

  private readToken(c: Context): string | undefined {
    const token = getCookie(c, this.cookieName);
    return token && token.length <= 100 ? token : undefined;
  }

  /**
   * Whether this browser is a device `memberId` asked to remember (not revoked, not expired). With
   * `noteUse` (a login went through it), its last use is noted. Another member's device cookie is no
   * device of this member's.
   */
  async recognise(c: Context, memberId: string, { noteUse = true } = {}): Promise<boolean> {
    const token = this.readToken(c);
    if (!token) return false;
    const row = await this.db
      .selectFrom('core.trusted_devices')
      .select('id')
      .where('token_hash', '=', sha256Hex(token))
      .where('member_id', '=', memberId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
    if (row && noteUse) {
      await this.db
        .updateTable('core.trusted_devices')
        .set({ last_used_at: sql`now()` })
        .where('id', '=', row.id)
        .execute();
    }
    return row !== undefined;
  }

  /** A new remembered device of `memberId` (90 days): its id and the cookie's value. */
  async issue(
    memberId: string,
    userAgent: string | null,
    given: AnyDatabase = this.db,
  ): Promise<{ id: string; token: string }> {
    const token = randomToken();
    const row = await coreOf(given)
      .insertInto('core.trusted_devices')
      .values({
        member_id: memberId,
        token_hash: sha256Hex(token),
        user_agent: userAgent?.slice(0, 500) ?? null,
        expires_at: sql<Date>`now() + make_interval(days => ${TRUSTED_DEVICE_DAYS})`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, token };
  }

  /** Remembers this browser for `memberId` (90 days): a new device row and its cookie. */
  async remember(c: Context, memberId: string, given: AnyDatabase = this.db): Promise<string> {
    const { id, token } = await this.issue(memberId, c.req.header('user-agent') ?? null, given);
    setCookie(c, this.cookieName, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
      secure: this.production,
      maxAge: TRUSTED_DEVICE_DAYS * 86_400,
    });
    return id;
  }

  /** The member's remembered devices still valid, the most recently used first. */
  async list(c: Context, memberId: string): Promise<TrustedDevice[]> {
    const token = this.readToken(c);
    const currentHash = token ? sha256Hex(token) : null;
    const rows = await this.db
      .selectFrom('core.trusted_devices')
      .select(['id', 'token_hash', 'user_agent', 'created_at', 'last_used_at', 'expires_at'])
      .where('member_id', '=', memberId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .orderBy('last_used_at', 'desc')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      label: deviceLabel(row.user_agent),
      addedAt: new Date(row.created_at).toISOString(),
      lastUsedAt: new Date(row.last_used_at).toISOString(),
      expiresAt: new Date(row.expires_at).toISOString(),
      current: row.token_hash === currentHash,
    }));
  }

  /** « Retirer »: false when `deviceId` is no valid device of `memberId`'s (someone else's, gone). */
  async revoke(c: Context, memberId: string, deviceId: string): Promise<boolean> {
    const row = await this.db
      .updateTable('core.trusted_devices')
      .set({ revoked_at: sql`now()` })
      .where('id', '=', deviceId)
      .where('member_id', '=', memberId)
      .where('revoked_at', 'is', null)
      .returning('token_hash')
      .executeTakeFirst();
    if (!row) return false;
    const token = this.readToken(c);
    if (token && sha256Hex(token) === row.token_hash) this.forget(c);
    return true;
  }

  /** Every device of the member (a password change or reset, SPEC P8); how many were revoked. */
  async revokeAllOf(memberId: string, given: AnyDatabase = this.db): Promise<number> {
    const rows = await coreOf(given)
      .updateTable('core.trusted_devices')
      .set({ revoked_at: sql`now()` })
      .where('member_id', '=', memberId)
      .where('revoked_at', 'is', null)
      .returning('id')
      .execute();
    return rows.length;
  }

  /** This browser's device cookie goes. */
  forget(c: Context): void {
    deleteCookie(c, this.cookieName, {
      path: '/',
      secure: this.production,
      httpOnly: true,
      sameSite: 'Strict',
    });
  }
}
