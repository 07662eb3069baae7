import { msg, str } from '@lit/localize';
import { type Context, Hono } from 'hono';
import {
  IDENTITY_LINK_PATH,
  type IdentityLink,
  type IdentityProviderOutcome,
} from '../contract/identity-provider.js';
import { startSession } from './auth-routes.js';
import { IdentityProvider, IdentityProviderError } from './identity-provider.js';
import type { CoreKernel } from './kernel.js';
import { operation } from './openapi.js';
import { ProblemError } from './problem.js';
import { clientIp, type MemberEnv } from './request-context.js';

/** Sign-ins a client may start in 5 minutes (each keeps a row for 10 minutes). */
const STARTS_PER_CLIENT_PER_5_MINUTES = 30;

/** Where a member lands after a sign-in through the provider (as after a password login). */
const HOME_PATH = '/accueil';

/**
 * A page of the portal to go back to after the sign-in (`?retour=`, as the login page has it): a
 * same-origin path, not the API nor the login page itself; anything else is ignored (« Accueil »).
 */
export function safeReturnPath(value: string | undefined): string | null {
  if (!value || value.length > 500 || !/^\/(?![/\\])/.test(value) || /[\s\\]/.test(value)) return null;
  const url = new URL(value, 'http://portail.invalid');
  if (url.origin !== 'http://portail.invalid') return null;
  if (url.pathname.startsWith('/api/') || url.pathname === '/connexion') return null;
  return url.pathname + url.search + url.hash;
}

function loginPage(outcome: IdentityProviderOutcome): string {
  const retour = outcome === 'a-relier' ? `&retour=${encodeURIComponent(IDENTITY_LINK_PATH)}` : '';
  return `/connexion?fournisseur=${outcome}${retour}`;
}

/**
 * SPEC P7 `/api/auth/oidc`: sign-in with the identity provider of `OIDC_ISSUER` (identity-provider.ts).
 * `GET /start` and `GET /retour` are the browser's navigations (answered with redirects, a failure
 * leading to the login page and its message — never a 5xx); `/liaison` is the member's own link
 * (Mon compte): read, confirmed after a password login in the browser the provider sent back, or
 * removed. Without a configured provider every route answers a French 404.
 */
export function identityProviderRoutes(kernel: CoreKernel) {
  const app = new Hono<MemberEnv>();
  const config = kernel.config.identityProvider;
  const provider = config
    ? new IdentityProvider(
        kernel.db,
        config,
        kernel.config.publicUrl,
        kernel.config.production,
        kernel.logger,
      )
    : null;
  const required = (): IdentityProvider => {
    if (!provider) {
      throw new ProblemError(
        404,
        "La connexion avec un fournisseur d'identité n'est pas proposée par ce portail.",
        {
          code: 'identity-provider-off',
        },
      );
    }
    return provider;
  };
  const noStore = (c: Context) => c.header('Cache-Control', 'no-store');

  app.get(
    '/start',
    operation({
      summary: 'P7 S’identifier avec le fournisseur d’identité : redirection vers lui (PKCE, state, nonce)', // i18n-ignore
      description:
        '`?retour=<chemin du portail>` : la page où revenir une fois connecté (un chemin du portail, sinon « Accueil »).', // i18n-ignore
      responses: { 303: null },
    }),
    async (c) => {
      const idp = required();
      noStore(c);
      if (
        !(await kernel.rateLimiter.hit(
          `oidc-start:${clientIp(c) ?? 'unknown'}`,
          STARTS_PER_CLIENT_PER_5_MINUTES,
          300,
        ))
      ) {
        throw new ProblemError(429, 'Trop de tentatives de connexion. Réessayez dans quelques minutes.', {
          code: 'rate-limited',
          headers: { 'Retry-After': '300' },
        });
      }
      try {
        const { url, token } = await idp.begin(safeReturnPath(c.req.query('retour')));
        // A flow begun before and never finished is forgotten: one flow per browser.
        await idp.forget(idp.flowCookie.read(c));
        idp.flowCookie.write(c, token);
        return c.redirect(url.href, 303);
      } catch (error) {
        if (!(error instanceof IdentityProviderError)) throw error;
        return c.redirect(loginPage(error.outcome), 303);
      }
    },
  );

  app.get(
    '/retour',
    operation({
      summary:
        'P7 Retour du fournisseur d’identité : session du membre relié, sinon page de connexion (à relier, échec, indisponible)', // i18n-ignore
      responses: { 303: null },
    }),
    async (c) => {
      const idp = required();
      noStore(c);
      const flowToken = idp.flowCookie.read(c);
      idp.flowCookie.clear(c);
      const search = new URL(c.req.url).search;
      let identity: { issuer: string; subject: string; returnTo: string | null };
      try {
        identity = await idp.finish(flowToken, search);
      } catch (error) {
        if (!(error instanceof IdentityProviderError)) throw error;
        await kernel.audit.recordAlone({
          actorKind: 'system',
          actorId: null,
          action: 'auth.oidc-login-failed',
          after: { reason: error.reason },
          ip: clientIp(c),
        });
        return c.redirect(loginPage(error.outcome), 303);
      }
      // An identity waiting in this browser is dropped by any sign-in through the provider: a link
      // is only ever confirmed after a password login.
      await idp.forget(idp.pendingCookie.read(c));
      idp.pendingCookie.clear(c);
      const memberId = await idp.memberOf(identity);
      if (!memberId) {
        idp.pendingCookie.write(c, await idp.holdForLink(identity));
        await kernel.audit.recordAlone({
          actorKind: 'system',
          actorId: null,
          action: 'auth.oidc-unlinked',
          ip: clientIp(c),
        });
        return c.redirect(loginPage('a-relier'), 303);
      }
      await kernel.audit.recordAlone({
        actorKind: 'member',
        actorId: memberId,
        action: 'auth.oidc-login',
        after: { issuer: identity.issuer },
        ip: clientIp(c),
      });
      // The provider authenticated the member: a session as after a password login (the CGU gate
      // still applies, in the shell and on every member route).
      await startSession(kernel, c, memberId);
      return c.redirect(identity.returnTo ?? HOME_PATH, 303);
    },
  );

  const linkOf = async (c: Context<MemberEnv>, idp: IdentityProvider): Promise<IdentityLink> => {
    const memberId = c.get('member').id;
    const link = await kernel.db
      .selectFrom('core.identity_links')
      .select(['linked_at', 'last_used_at'])
      .where('member_id', '=', memberId)
      .where('issuer', '=', idp.issuer)
      .executeTakeFirst();
    const pending = link ? undefined : await confirmable(c, idp);
    return {
      provider: idp.name,
      label: idp.config.label,
      linked: link
        ? {
            linkedAt: new Date(link.linked_at).toISOString(),
            lastUsedAt: link.last_used_at ? new Date(link.last_used_at).toISOString() : null,
          }
        : null,
      pending: Boolean(pending),
    };
  };

  /**
   * The identity this browser's provider asserted, if this session began after it: the member then
   * logged in with their password here after the provider sent them back.
   */
  const confirmable = async (c: Context<MemberEnv>, idp: IdentityProvider) => {
    const pending = await idp.pending(idp.pendingCookie.read(c));
    if (!pending) return undefined;
    const session = await kernel.db
      .selectFrom('core.sessions')
      .select('created_at')
      .where('id', '=', c.get('session').id)
      .executeTakeFirst();
    return session && new Date(session.created_at) > pending.createdAt ? pending : undefined;
  };

  app.get(
    '/liaison',
    kernel.requireMember(),
    operation({
      summary: 'P7 Identité du fournisseur reliée à l’espace du membre, ou en attente de sa confirmation', // i18n-ignore
      responses: { 200: 'IdentityLink' },
    }),
    async (c) => {
      const idp = required();
      c.header('Cache-Control', 'private, no-store');
      return c.json(await linkOf(c, idp));
    },
  );

  app.post(
    '/liaison',
    kernel.requireMember(),
    operation({
      summary:
        'P7 Relier l’identité du fournisseur (affirmée dans ce navigateur avant cette connexion par mot de passe)', // i18n-ignore
      responses: { 200: 'IdentityLink' },
    }),
    async (c) => {
      const idp = required();
      const memberId = c.get('member').id;
      const pending = await confirmable(c, idp);
      if (!pending) {
        throw new ProblemError(
          409,
          msg(
            str`Aucune identité ${idp.name} n'attend d'être reliée dans ce navigateur. Cliquez sur « ${idp.config.label} » sur la page de connexion, puis connectez-vous avec votre identifiant et votre mot de passe.`,
          ),
          { code: 'no-pending-identity' },
        );
      }
      await kernel.db.transaction().execute(async (trx) => {
        const taken = await trx
          .selectFrom('core.identity_links')
          .select(['member_id'])
          .where((eb) =>
            eb.or([
              eb.and([eb('issuer', '=', pending.issuer), eb('subject', '=', pending.subject)]),
              eb.and([eb('member_id', '=', memberId), eb('issuer', '=', pending.issuer)]),
            ]),
          )
          .forUpdate()
          .execute();
        if (taken.some((row) => row.member_id === memberId)) {
          throw new ProblemError(
            409,
            msg(str`Une identité ${idp.name} est déjà reliée à votre espace : retirez-la d'abord.`),
            { code: 'already-linked' },
          );
        }
        if (taken.length > 0) {
          throw new ProblemError(
            409,
            msg(str`Cette identité ${idp.name} est déjà reliée à un autre espace.`),
            {
              code: 'identity-taken',
            },
          );
        }
        await trx
          .insertInto('core.identity_links')
          .values({ member_id: memberId, issuer: pending.issuer, subject: pending.subject })
          .execute();
        await trx.deleteFrom('core.identity_flows').where('token_hash', '=', pending.tokenHash).execute();
        await kernel.audit.record(
          {
            actorKind: 'member',
            actorId: memberId,
            action: 'auth.oidc-link',
            after: { issuer: pending.issuer },
            ip: clientIp(c),
          },
          trx,
        );
      });
      idp.pendingCookie.clear(c);
      c.header('Cache-Control', 'private, no-store');
      return c.json(await linkOf(c, idp));
    },
  );

  app.delete(
    '/liaison',
    kernel.requireMember(),
    operation({
      summary: 'P7 Retirer le lien entre l’espace du membre et son identité du fournisseur', // i18n-ignore
      responses: { 204: null },
    }),
    async (c) => {
      const idp = required();
      const memberId = c.get('member').id;
      await kernel.db.transaction().execute(async (trx) => {
        const removed = await trx
          .deleteFrom('core.identity_links')
          .where('member_id', '=', memberId)
          .where('issuer', '=', idp.issuer)
          .returning('id')
          .executeTakeFirst();
        if (!removed) {
          throw new ProblemError(404, msg(str`Aucune identité ${idp.name} n'est reliée à votre espace.`), {
            code: 'not-linked',
          });
        }
        await kernel.audit.record(
          {
            actorKind: 'member',
            actorId: memberId,
            action: 'auth.oidc-unlink',
            before: { issuer: idp.issuer },
            ip: clientIp(c),
          },
          trx,
        );
      });
      return c.body(null, 204);
    },
  );

  return app;
}
