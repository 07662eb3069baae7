import { msg, str } from '@lit/localize';
import type { Context, MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import { localized } from '../contract/i18n.js';
import { safeEqual } from './crypto.js';
import { withIdempotency } from './idempotency.js';
import { loadMemberState, pageAccess } from './member-context.js';
import { ProblemError } from './problem.js';
import type { MemberEnv, PageRef } from './request-context.js';
import type { CoreDatabase } from './schema.js';
import type { SessionLookup, SessionStore } from './sessions.js';
import type { WidgetAccess, WidgetGrant } from './widget-access.js';
import { WidgetRegistry } from './widget-registry.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const NOT_LOGGED_IN = 'Vous devez vous connecter pour accéder à ce service.';
export const SESSION_EXPIRED = 'Votre session a expiré. Veuillez vous reconnecter.';

export function checkCsrf(c: Context, expected: string): void {
  if (!UNSAFE_METHODS.has(c.req.method)) return;
  const sent = c.req.header('x-csrf-token') ?? '';
  if (!safeEqual(sent, expected)) {
    throw new ProblemError(
      403,
      'Requête refusée : jeton de sécurité manquant ou invalide. Rechargez la page.',
      {
        code: 'csrf',
      },
    );
  }
}

const WIDGET_TOKEN_INVALID = 'Reconnectez-vous au Portail Adhérent pour afficher ce contenu.';

/**
 * A widget's bearer token (SPEC W2) stands for its member on reads only, from its own origin, on
 * the widget routes it was issued for — nothing else answers it. The session it gives has no CSRF
 * token and no cookie.
 */
async function widgetSession(
  c: Context,
  db: Kysely<CoreDatabase>,
  widgets: WidgetAccess,
  token: string,
): Promise<{ lookup: SessionLookup; grant: WidgetGrant }> {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
    throw new ProblemError(
      403,
      'Un widget ne fait que consulter : ouvrez le Portail Adhérent pour cette action.',
      {
        code: 'widget-read-only',
      },
    );
  }
  const grant = await widgets.grantOf(token, c.req.header('origin'));
  const state = grant ? await loadMemberState(db, grant.memberId) : null;
  if (!grant || !state) throw new ProblemError(401, WIDGET_TOKEN_INVALID, { code: 'widget-token' });
  if (!WidgetRegistry.allows(grant.routes, c.req.path)) {
    throw new ProblemError(403, "Un widget n'a pas accès à ce service : ouvrez le Portail Adhérent.", {
      code: 'widget-scope',
    });
  }
  const { member } = state;
  return {
    grant,
    lookup: {
      status: 'valid',
      session: {
        id: 'widget',
        memberId: member.id,
        csrfToken: '',
        identifier: member.identifier,
        displayName: member.displayName,
        email: member.email,
      },
      ...state,
    },
  };
}

/**
 * Member-scoped routes: a valid session (SPEC A8) or a widget's bearer token (W2, reads only), a
 * CSRF token on writes, and the latest CGU accepted (SPEC A3) unless `allowWithoutCgu`.
 */
export function memberAuth(db: Kysely<CoreDatabase>, sessions: SessionStore, widgets: WidgetAccess) {
  return (options: { allowWithoutCgu?: boolean } = {}): MiddlewareHandler<MemberEnv> =>
    async (c, next) => {
      const bearer = c.req.header('authorization')?.match(/^Bearer (\S+)$/)?.[1];
      const widget = bearer ? await widgetSession(c, db, widgets, bearer) : null;
      const lookup: SessionLookup = widget
        ? widget.lookup
        : await sessions.lookup(sessions.memberCookie.read(c));
      if (lookup.status !== 'valid') {
        if (lookup.status === 'expired') sessions.memberCookie.clear(c);
        throw new ProblemError(401, lookup.status === 'expired' ? SESSION_EXPIRED : NOT_LOGGED_IN, {
          code: lookup.status === 'expired' ? 'session-expired' : 'unauthenticated',
        });
      }
      const { session, member, cgu } = lookup;
      if (!bearer) checkCsrf(c, session.csrfToken);
      if (!options.allowWithoutCgu && cgu.required) {
        throw new ProblemError(
          403,
          'Vous devez accepter les nouvelles conditions générales pour continuer.',
          {
            code: 'cgu-required',
          },
        );
      }
      c.set('session', session);
      c.set('member', member);
      c.set('cgu', cgu);
      if (widget) c.set('widget', widget.grant);
      if (!widget && UNSAFE_METHODS.has(c.req.method)) return withIdempotency(c, db, member.id, next);
      await next();
    };
}

/** SPEC A6: the API refuses a page's routes, not just the menu, when the page is not open to the member. */
export function requirePage(page: PageRef): MiddlewareHandler<MemberEnv> {
  return async (c, next) => {
    const access = pageAccess(c.get('member'), page);
    if (access === 'feature-disabled') {
      throw new ProblemError(
        403,
        msg(str`Le service « ${localized(page.label)} » n'est pas ouvert par votre employeur.`),
        {
          code: 'feature-disabled',
        },
      );
    }
    if (access === 'contract-kind') {
      throw new ProblemError(
        403,
        msg(str`Le service « ${localized(page.label)} » n'est pas prévu par votre contrat.`),
        {
          code: 'contract-kind',
        },
      );
    }
    await next();
  };
}
