import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/**
 * SPEC P7's tests: a real OpenID Connect provider (`oidc-provider`) on the loopback, with one
 * confidential client (the portal) and an interaction that signs the browser in at once as the
 * subject `signInAs` named — the tests' stand-in for FranceConnect. No form: a browser (or a test's
 * fetch) following the redirects gets the code back at the portal.
 */
export interface OidcPeer {
  /** `http://127.0.0.1:<port>`: the portal's `OIDC_ISSUER`. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The person the next sign-in authenticates (their `sub`). */
  signInAs(subject: string): void;
  /**
   * The ID tokens issued from now on are already expired (`exp` an hour ago): the provider's clock
   * runs two hours late while its token endpoint answers.
   */
  issueExpiredIdTokens(on: boolean): void;
  stop(): Promise<void>;
}

export async function startOidcPeer(options: {
  /** The portal's callback(s): `<PUBLIC_URL>/api/auth/oidc/retour`. */
  redirectUris: string[];
  port?: number;
  clientId?: string;
}): Promise<OidcPeer> {
  const clientId = options.clientId ?? 'portail-adherent';
  const clientSecret = randomBytes(24).toString('base64url');
  let subject = 'fc-test-subject';
  let expired = false;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test', alg: 'RS256', use: 'sig' };
  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Grant: 3600,
      Session: 3600,
    },
    // No refresh token, nothing but `openid`.
    scopes: ['openid'],
    claims: { openid: ['sub'] },
  };
  // The issuer is known once the port is: listen first on an ephemeral port, then build.
  const { createServer } = await import('node:http');
  let handler: ((req: never, res: never) => void) | undefined;
  const server: Server = createServer((req, res) => handler?.(req as never, res as never));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, configuration);
  provider.use(async (ctx: KoaContextWithOIDC, next: () => Promise<unknown>) => {
    // Each authorization starts afresh (no single sign-on between tests): the provider's session
    // cookies are not read on a new authorization request.
    if (ctx.path === '/auth' && ctx.req.headers.cookie) {
      ctx.req.headers.cookie = ctx.req.headers.cookie
        .split(/;\s*/)
        .filter((pair) => !pair.startsWith('_session'))
        .join('; ');
    }
    if (ctx.path.startsWith('/interaction/')) {
      const details = await provider.interactionDetails(ctx.req, ctx.res);
      const grant = new provider.Grant({ accountId: subject, clientId: String(details.params.client_id) });
      grant.addOIDCScope('openid');
      const grantId = await grant.save();
      ctx.status = 303;
      ctx.redirect(
        await provider.interactionResult(
          ctx.req,
          ctx.res,
          { login: { accountId: subject }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        ),
      );
      return;
    }
    if (expired && ctx.path === '/token') {
      const realNow = Date.now;
      Date.now = () => realNow() - 2 * 3_600_000;
      try {
        await next();
      } finally {
        Date.now = realNow;
      }
      return;
    }
    await next();
  });
  handler = provider.callback() as never;
  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(next) {
      subject = next;
    },
    issueExpiredIdTokens(on) {
      expired = on;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
