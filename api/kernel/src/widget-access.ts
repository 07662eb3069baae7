import { msg, str } from '@lit/localize';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import {
  WIDGET_CONSENT_REQUIRED,
  WIDGET_ORIGIN_REFUSED,
  type WidgetConsent,
  type WidgetToken,
} from '../contract/widgets.js';
import { randomToken, sha256Hex } from './crypto.js';
import { ProblemError } from './problem.js';
import type { CoreDatabase } from './schema.js';
import type { WidgetRegistry } from './widget-registry.js';

const TOKEN_MINUTES = 15;
const ORIGINS_CACHE_MS = 10_000;

/** What a widget's token stands for, when it is valid: the member, and what it may read. */
export interface WidgetGrant {
  memberId: string;
  origin: string;
  routes: string[];
  documentCategories: string[];
}

/** Local addresses a developer's intranet runs on: allowed as `http` outside production only. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An origin an employer may register for widgets (H6): exactly `scheme://host[:port]`, over https —
 * or, outside production, `http://localhost:…` for a test intranet.
 */
export function isWidgetOrigin(value: string, production: boolean): boolean {
  try {
    const url = new URL(value);
    if (url.origin !== value) return false;
    if (url.protocol === 'https:') return true;
    return !production && url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

/**
 * SPEC W2: which origins may embed widgets (H6, per employer), the member's consent for each
 * intranet, the tokens handed to them — each bound to one origin and to the widget routes of the
 * time it was issued — and who a token stands for: only from its origin, while that origin is still
 * registered by one of the member's employers and authorised by the member.
 */
export class WidgetAccess {
  private cache: { at: number; origins: Set<string> } | null = null;

  constructor(
    private readonly db: Kysely<CoreDatabase>,
    readonly registry: WidgetRegistry,
  ) {}

  /** Every origin some employer registered (CORS is answered for these only, on widget routes). */
  async registeredOrigins(): Promise<Set<string>> {
    if (this.cache && Date.now() - this.cache.at < ORIGINS_CACHE_MS) return this.cache.origins;
    const rows = await this.db
      .selectFrom('core.employers')
      .select(sql<string>`unnest(widget_origins)`.as('origin'))
      .execute();
    this.cache = { at: Date.now(), origins: new Set(rows.map((r) => r.origin)) };
    return this.cache.origins;
  }

  /** The member's employers that registered `origin` (none: the origin is not theirs). */
  private async employersRegistering(
    memberId: string,
    origin: string,
    db: Kysely<CoreDatabase> = this.db,
  ): Promise<string[]> {
    const rows = await db
      .selectFrom('core.memberships as m')
      .innerJoin('core.employers as e', 'e.id', 'm.employer_id')
      .select('e.name')
      .distinct()
      .where('m.member_id', '=', memberId)
      .where(sql<boolean>`${origin} = ANY(e.widget_origins)`)
      .execute();
    return rows.map((r) => r.name);
  }

  /**
   * In the caller's transaction (`db`): on the embedded database, one connection, a read outside
   * it would wait for the transaction, which waits for the read.
   */
  private async refuseUnregistered(
    memberId: string,
    origin: string,
    db: Kysely<CoreDatabase>,
  ): Promise<void> {
    if ((await this.employersRegistering(memberId, origin, db)).length === 0) {
      throw new ProblemError(403, WIDGET_ORIGIN_REFUSED, { code: 'origin-not-allowed' });
    }
  }

  /** The question the popup asks before the first token for an intranet. */
  consentQuestion(origin: string): string {
    return msg(str`Autoriser ${origin} à afficher ${this.registry.purposes} ?`);
  }

  /**
   * A token for `origin`: 403 unless one of the member's employers registered it and the member
   * authorised it (the latter's detail is the question to ask).
   */
  async issue(memberId: string, origin: string, db: Kysely<CoreDatabase> = this.db): Promise<WidgetToken> {
    await this.refuseUnregistered(memberId, origin, db);
    const consent = await db
      .selectFrom('core.widget_consents')
      .select('origin')
      .where('member_id', '=', memberId)
      .where('origin', '=', origin)
      .executeTakeFirst();
    if (!consent) {
      throw new ProblemError(403, this.consentQuestion(origin), { code: WIDGET_CONSENT_REQUIRED });
    }
    const token = randomToken();
    const expiresAt = new Date(Date.now() + TOKEN_MINUTES * 60_000);
    await db
      .insertInto('core.widget_tokens')
      .values({
        token_hash: sha256Hex(token),
        member_id: memberId,
        origin,
        expires_at: expiresAt,
        routes: [...this.registry.memberRoutes],
        document_categories: [...this.registry.documentCategories],
      })
      .execute();
    await db
      .deleteFrom('core.widget_tokens')
      .where('expires_at', '<', new Date(Date.now() - 86_400_000))
      .execute();
    return { token, expiresAt: expiresAt.toISOString() };
  }

  /** What a token stands for, when it is used from its own origin, still valid and still authorised. */
  async grantOf(token: string, origin: string | undefined): Promise<WidgetGrant | null> {
    if (!origin || token.length > 100) return null;
    const row = await this.db
      .selectFrom('core.widget_tokens as t')
      .innerJoin('core.widget_consents as c', (join) =>
        join.onRef('c.member_id', '=', 't.member_id').onRef('c.origin', '=', 't.origin'),
      )
      .select(['t.member_id', 't.origin', 't.routes', 't.document_categories'])
      .where('t.token_hash', '=', sha256Hex(token))
      .where('t.expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
    if (!row || row.origin !== origin) return null;
    if ((await this.employersRegistering(row.member_id, origin)).length === 0) return null;
    return {
      memberId: row.member_id,
      origin,
      routes: row.routes,
      documentCategories: row.document_categories,
    };
  }

  /** The intranets the member authorised, with the employers that registered each. */
  async consentsOf(memberId: string): Promise<WidgetConsent[]> {
    const rows = await this.db
      .selectFrom('core.widget_consents')
      .select(['origin', 'granted_at'])
      .where('member_id', '=', memberId)
      .orderBy('granted_at')
      .execute();
    return Promise.all(
      rows.map(async (row) => ({
        origin: row.origin,
        grantedAt: new Date(row.granted_at).toISOString(),
        employers: await this.employersRegistering(memberId, row.origin),
      })),
    );
  }

  /** The member authorises `origin` (one of their employers must have registered it). */
  async grant(memberId: string, origin: string, db: Kysely<CoreDatabase> = this.db): Promise<void> {
    await this.refuseUnregistered(memberId, origin, db);
    await db
      .insertInto('core.widget_consents')
      .values({ member_id: memberId, origin })
      .onConflict((oc) => oc.columns(['member_id', 'origin']).doNothing())
      .execute();
  }

  /** The member withdraws `origin`: its tokens stop working at once. False when it was not authorised. */
  async withdraw(memberId: string, origin: string, db: Kysely<CoreDatabase> = this.db): Promise<boolean> {
    await db
      .deleteFrom('core.widget_tokens')
      .where('member_id', '=', memberId)
      .where('origin', '=', origin)
      .execute();
    const removed = await db
      .deleteFrom('core.widget_consents')
      .where('member_id', '=', memberId)
      .where('origin', '=', origin)
      .executeTakeFirst();
    return Number(removed.numDeletedRows) > 0;
  }

  /** Logout, password change or reset: every token of the member stops working. */
  async revokeAllOf(memberId: string, db: Kysely<CoreDatabase> = this.db): Promise<void> {
    await db.deleteFrom('core.widget_tokens').where('member_id', '=', memberId).execute();
  }

  /**
   * An employer no longer registers `origins` (H6): the tokens and consents its members had for them
   * end (an origin another of a member's employers still registers is authorised again by the member).
   */
  async forgetOrigins(
    employerId: string,
    origins: string[],
    db: Kysely<CoreDatabase> = this.db,
  ): Promise<void> {
    if (origins.length === 0) return;
    this.cache = null;
    const members = db
      .selectFrom('core.memberships')
      .select('member_id')
      .where('employer_id', '=', employerId);
    await db
      .deleteFrom('core.widget_tokens')
      .where('origin', 'in', origins)
      .where('member_id', 'in', members)
      .execute();
    await db
      .deleteFrom('core.widget_consents')
      .where('origin', 'in', origins)
      .where('member_id', 'in', members)
      .execute();
  }
}
