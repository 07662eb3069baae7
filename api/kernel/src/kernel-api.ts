import { Hono } from 'hono';
import { activationRoutes } from './activation.js';
import { authRoutes } from './auth-routes.js';
import { cguRoutes } from './cgu-routes.js';
import { documentRoutes } from './document-routes.js';
import type { CoreKernel } from './kernel.js';
import { identityProviderRoutes } from './oidc-routes.js';
import { operation } from './openapi.js';
import { passwordResetRoutes } from './password-reset.js';
import type { MemberEnv } from './request-context.js';
import { requestRoutes } from './request-routes.js';
import { secondFactorRoutes } from './second-factor-routes.js';
import { widgetRoutes } from './widget-routes.js';

/** The kernel's own routes, mounted by the host under `/api`. */
export function createKernelApi(kernel: CoreKernel) {
  const app = new Hono<MemberEnv>();
  app.route('/auth', authRoutes(kernel));
  app.route('/auth', secondFactorRoutes(kernel));
  app.route('/auth/password-reset', passwordResetRoutes(kernel));
  app.route('/auth/oidc', identityProviderRoutes(kernel));
  app.route('/auth', activationRoutes(kernel));
  app.route('/cgu', cguRoutes(kernel));
  app.route('/documents', documentRoutes(kernel));
  app.route('/demandes', requestRoutes(kernel));
  app.route('/widgets', widgetRoutes(kernel));
  app.get(
    '/menu',
    kernel.requireMember(),
    operation({
      summary: 'A4 Menu du membre : les entrées qui lui sont ouvertes (A6) et leurs documents non lus (A5)', // i18n-ignore
      responses: { 200: 'Menu' },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await kernel.menu.menuFor(c.get('member'), kernel.documents));
    },
  );
  app.get(
    '/evenements',
    kernel.requireMember({ allowWithoutCgu: true }),
    operation({
      summary: 'P2 Mises à jour en direct : les événements du membre (Server-Sent Events)', // i18n-ignore
      description:
        'Un flux `text/event-stream` par onglet, sur la session du membre : chaque événement (décision, réponse, document publié, paiement…) est un message `id` + `data` JSON `{ id, type, title, href?, unread? }` ; un commentaire toutes les 25 s ; `Last-Event-ID` à la reconnexion rejoue les événements manqués (quelques minutes) ; `event: session-end` quand la session se termine.', // i18n-ignore
      responses: { 200: { media: 'text/event-stream', description: 'Le flux des événements' } }, // i18n-ignore
    }),
    (c) => {
      // A widget's token (W2) never reaches here (not a widget route): the portal's session only.
      const session = c.get('session');
      return kernel.liveEvents.open(session.memberId, session.id, c.req.header('last-event-id'));
    },
  );
  return app;
}
