import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { type ColumnType, type Generated, type Kysely, sql } from 'kysely';
import * as oidc from 'openid-client';
import type { IdentityProviderConfig } from './config.js';
import { randomToken, sha256Hex } from './crypto.js';
import type { Logger } from './logger.js';
import type { CoreDatabase } from './schema.js';

// SPEC P7's tables (migration 022), declared beside the module that owns them.
declare module './schema.js' {
  interface CoreDatabase {
    'core.identity_links': IdentityLinksTable;
    'core.identity_flows': IdentityFlowsTable;
  }
}

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;

/** An identity of the provider (issuer, subject) linked to one member. */
export interface IdentityLinksTable {
  id: Generated<string>;
  member_id: string;
  issuer: string;
  subject: string;
  linked_at: Instant;
  last_used_at: Date | null;
}

/** A browser's sign-in in progress (`authorize`), or an identity waiting for its link (`pending-link`). */
export interface IdentityFlowsTable {
  token_hash: string;
  kind: 'authorize' | 'pending-link';
  state: string | null;
  nonce: string | null;
  code_verifier: string | null;
  issuer: string | null;
  subject: string | null;
  /** Where the member goes once signed in (a path of the portal), if not « Accueil ». */
  return_to: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Instant;
  expires_at: Instant;
}

/** How long the browser may stay at the provider, and how long an identity waits for its link. */
const AUTHORIZE_MINUTES = 10;
const PENDING_LINK_MINUTES = 15;
/** The provider's description is fetched again after this (and whenever it failed). */
const DISCOVERY_SECONDS = 60;
/** A provider answering slower than this is « momentanément indisponible ». */
const PROVIDER_TIMEOUT_SECONDS = 5;

/**
 * A short-lived HttpOnly cookie of the flow, `Lax`: the provider's redirect back is a top-level
 * navigation from its site (`__Host-` and `Secure` in production).
 */
export class FlowCookie {
  readonly name: string;

  constructor(
    name: string,
    private readonly production: boolean,
    private readonly maxAgeSeconds: number,
  ) {
    this.name = production ? `__Host-${name}` : name;
  }

  read(c: Context): string | undefined {
    return getCookie(c, this.name);
  }

  write(c: Context, token: string): void {
    setCookie(c, this.name, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
      secure: this.production,
      maxAge: this.maxAgeSeconds,
    });
  }

  clear(c: Context): void {
    if (!this.read(c)) return;
    deleteCookie(c, this.name, { path: '/', httpOnly: true, sameSite: 'Lax', secure: this.production });
  }
}

/** Why a sign-in through the provider opened no session: the member's message says which. */
export class IdentityProviderError extends Error {
  constructor(
    readonly outcome: 'echec' | 'indisponible',
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The provider could not be reached, or failed on its side (5xx): not the browser's fault. */
function unreachable(error: unknown): boolean {
  for (let cause = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if (!(cause instanceof Error)) return false;
    if (cause.name === 'AbortError' || cause.name === 'TimeoutError') return true;
    if (cause instanceof TypeError && /fetch failed/i.test(cause.message)) return true;
    if (
      'code' in cause &&
      /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|UND_ERR)/.test(String(cause.code))
    )
      return true;
    if (cause instanceof oidc.ResponseBodyError && cause.status >= 500) return true;
    if ('response' in cause && cause.response instanceof Response && cause.response.status >= 500)
      return true;
  }
  return false;
}

/** The ID token's claim a check failed on (`nonce`, `exp`…), however deep openid-client wrapped it. */
function failedClaim(error: unknown): string {
  for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 5; depth++) {
    const claim = (cause as { claim?: unknown }).claim;
    if (typeof claim === 'string') return claim;
    cause = (cause as { cause?: unknown }).cause;
  }
  return '';
}

/**
 * SPEC P7: sign-in with an OpenID Connect provider (FranceConnect-style) — authorization code flow
 * with PKCE (S256), `state` and `nonce`, the ID token's signature and claims verified by
 * `openid-client`, the provider discovered from its issuer URL. What a browser's flow must prove is
 * kept server-side under the hash of a short-lived HttpOnly cookie's token, used once.
 */
export class IdentityProvider {
  /** The cookie of a sign-in in progress (to the provider and back). */
  readonly flowCookie: FlowCookie;
  /** The cookie of an identity the provider asserted, waiting for a password login to be linked. */
  readonly pendingCookie: FlowCookie;
  /** Where the provider sends the browser back (registered with the provider). */
  readonly redirectUri: string;
  /** The issuer's identifier as links keep it (a URL's normal form). */
  readonly issuer: string;
  private discovered: { at: number; configuration: oidc.Configuration } | undefined;

  constructor(
    private readonly db: Kysely<CoreDatabase>,
    readonly config: IdentityProviderConfig,
    publicUrl: string,
    production: boolean,
    private readonly logger: Logger,
  ) {
    this.redirectUri = `${publicUrl}/api/auth/oidc/retour`;
    this.flowCookie = new FlowCookie('portail_oidc', production, AUTHORIZE_MINUTES * 60);
    this.pendingCookie = new FlowCookie('portail_oidc_liaison', production, PENDING_LINK_MINUTES * 60);
    this.issuer = new URL(config.issuer).href;
  }

  get name(): string {
    return this.config.name;
  }

  /** The provider's description (`/.well-known/openid-configuration`), kept a minute. */
  private async configuration(): Promise<oidc.Configuration> {
    if (this.discovered && Date.now() - this.discovered.at < DISCOVERY_SECONDS * 1000) {
      return this.discovered.configuration;
    }
    const issuer = new URL(this.config.issuer);
    try {
      const configuration = await oidc.discovery(
        issuer,
        this.config.clientId,
        { id_token_signed_response_alg: 'RS256' },
        oidc.ClientSecretBasic(this.config.clientSecret),
        {
          timeout: PROVIDER_TIMEOUT_SECONDS,
          // Plain http is accepted on the loopback only (config.ts), for the tests' provider.
          execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
        },
      );
      configuration.timeout = PROVIDER_TIMEOUT_SECONDS;
      this.discovered = { at: Date.now(), configuration };
      return configuration;
    } catch (error) {
      this.discovered = undefined;
      this.logger.warn(
        { err: String(error), issuer: this.config.issuer },
        'identity provider discovery failed',
      );
      throw new IdentityProviderError('indisponible', 'discovery');
    }
  }

  /** Forgets the flows past their time (each new flow sweeps them). */
  private async sweep(): Promise<void> {
    await this.db.deleteFrom('core.identity_flows').where('expires_at', '<', new Date()).execute();
  }

  /**
   * Starts a sign-in: the provider's authorization URL (code flow, PKCE S256, state, nonce) and the
   * token of the browser's cookie under which the flow is kept.
   */
  async begin(returnTo: string | null = null): Promise<{ url: URL; token: string }> {
    const configuration = await this.configuration();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const token = randomToken();
    await this.sweep();
    await this.db
      .insertInto('core.identity_flows')
      .values({
        token_hash: sha256Hex(token),
        kind: 'authorize',
        state,
        nonce,
        code_verifier: codeVerifier,
        return_to: returnTo,
        expires_at: new Date(Date.now() + AUTHORIZE_MINUTES * 60_000),
      })
      .execute();
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, token };
  }

  /**
   * The provider sent the browser back: its flow (by the cookie's token) is used once, the code
   * exchanged with the PKCE verifier, the state, nonce, signature and claims of the ID token checked.
   * Returns the identity; throws IdentityProviderError (the member's message) otherwise.
   */
  async finish(
    token: string | undefined,
    search: string,
  ): Promise<{ issuer: string; subject: string; returnTo: string | null }> {
    const flow = token
      ? await this.db
          .deleteFrom('core.identity_flows')
          .where('token_hash', '=', sha256Hex(token))
          .where('kind', '=', 'authorize')
          .returning(['state', 'nonce', 'code_verifier', 'return_to', 'expires_at'])
          .executeTakeFirst()
      : undefined;
    if (!flow?.state || !flow.nonce || !flow.code_verifier || new Date(flow.expires_at) < new Date()) {
      throw new IdentityProviderError('echec', 'no-flow');
    }
    const configuration = await this.configuration();
    // The URL the provider redirected to, as registered (not as a proxy may have rewritten it).
    const currentUrl = new URL(this.redirectUri);
    currentUrl.search = search;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: flow.code_verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims?.sub || new URL(claims.iss).href !== this.issuer) {
        throw new IdentityProviderError('echec', 'no-subject');
      }
      return { issuer: this.issuer, subject: claims.sub, returnTo: flow.return_to };
    } catch (error) {
      if (error instanceof IdentityProviderError) throw error;
      if (unreachable(error)) {
        this.logger.warn({ err: String(error) }, 'identity provider unreachable');
        throw new IdentityProviderError('indisponible', 'unreachable');
      }
      // The claim a check failed on (`nonce`, `exp`…), as openid-client tells it.
      const claim = failedClaim(error);
      const reason = [(error as { code?: string }).code ?? (error as Error).name, claim]
        .filter(Boolean)
        .join(' ');
      this.logger.info({ err: String(error), reason }, 'identity provider sign-in rejected');
      throw new IdentityProviderError('echec', `${reason}: ${(error as Error).message}`.slice(0, 200));
    }
  }

  /** The member the identity is linked to (its last use noted), if any. */
  async memberOf(identity: { issuer: string; subject: string }): Promise<string | undefined> {
    const row = await this.db
      .updateTable('core.identity_links')
      .set({ last_used_at: sql`now()` })
      .where('issuer', '=', identity.issuer)
      .where('subject', '=', identity.subject)
      .returning('member_id')
      .executeTakeFirst();
    return row?.member_id;
  }

  /** Keeps an identity the provider asserted, unlinked, for this browser's next password login. */
  async holdForLink(identity: { issuer: string; subject: string }): Promise<string> {
    const token = randomToken();
    await this.sweep();
    await this.db
      .insertInto('core.identity_flows')
      .values({
        token_hash: sha256Hex(token),
        kind: 'pending-link',
        issuer: identity.issuer,
        subject: identity.subject,
        expires_at: new Date(Date.now() + PENDING_LINK_MINUTES * 60_000),
      })
      .execute();
    return token;
  }

  /** The identity waiting in this browser (its cookie's token), with when the provider asserted it. */
  async pending(
    token: string | undefined,
  ): Promise<{ issuer: string; subject: string; createdAt: Date; tokenHash: string } | undefined> {
    if (!token || token.length > 100) return undefined;
    const row = await this.db
      .selectFrom('core.identity_flows')
      .select(['token_hash', 'issuer', 'subject', 'created_at'])
      .where('token_hash', '=', sha256Hex(token))
      .where('kind', '=', 'pending-link')
      .where('expires_at', '>', new Date())
      .executeTakeFirst();
    if (!row?.issuer || !row.subject) return undefined;
    return {
      issuer: row.issuer,
      subject: row.subject,
      createdAt: new Date(row.created_at),
      tokenHash: row.token_hash,
    };
  }

  /** Forgets what this browser's cookie held (a flow or a pending identity). */
  async forget(token: string | undefined): Promise<void> {
    if (!token || token.length > 100) return;
    await this.db.deleteFrom('core.identity_flows').where('token_hash', '=', sha256Hex(token)).execute();
  }

  /** Clears both cookies of the flow (their rows are used or forgotten by the caller). */
  clearCookies(c: Context): void {
    this.flowCookie.clear(c);
    this.pendingCookie.clear(c);
  }
}
