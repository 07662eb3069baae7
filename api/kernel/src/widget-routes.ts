import { Hono } from 'hono';
import { z } from 'zod';
import type { WidgetConsentGranted, WidgetConsentList } from '../contract/widgets.js';
import type { CoreKernel } from './kernel.js';
import { operation } from './openapi.js';
import { ProblemError } from './problem.js';
import { clientIp, type MemberEnv } from './request-context.js';

const originBody = z.object({ origin: z.string({ error: 'Origine manquante.' }).max(200) });

/**
 * `/api/widgets` (SPEC W2), with the member's portal session only (a widget's token gets 403):
 * `POST /jeton` {origin} from the portal's popup; the member's consents: `GET /autorisations`,
 * `POST /autorisations` {origin}, `DELETE /autorisations/:origin`.
 */
export function widgetRoutes(kernel: CoreKernel) {
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember());
  app.use('*', async (c, next) => {
    if (c.get('widget')) {
      throw new ProblemError(403, 'Un widget ne gère pas les autorisations : ouvrez le Portail Adhérent.', {
        code: 'widget-read-only',
      });
    }
    await next();
  });

  app.post(
    '/jeton',
    operation({
      summary: 'W2 Jeton d’un widget pour un intranet autorisé (fenêtre de connexion du portail)', // i18n-ignore
      body: originBody,
      responses: { 201: 'WidgetToken' },
    }),
    async (c) => {
      const { origin } = c.req.valid('json');
      const memberId = c.get('member').id;
      const token = await kernel.db.transaction().execute(async (trx) => {
        const issued = await kernel.widgets.issue(memberId, origin, trx);
        await kernel.audit.record(
          {
            actorKind: 'member',
            actorId: memberId,
            action: 'widget.jeton',
            after: { origin },
            ip: clientIp(c),
          },
          trx,
        );
        return issued;
      });
      c.header('Cache-Control', 'no-store');
      return c.json(token, 201);
    },
  );

  app.get(
    '/autorisations',
    operation({
      summary: 'W2 Intranets autorisés par le membre, et ce qu’ils peuvent afficher', // i18n-ignore
      responses: { 200: 'WidgetConsentList' },
    }),
    async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        items: await kernel.widgets.consentsOf(c.get('member').id),
        purposes: kernel.widgets.registry.purposes,
      } satisfies WidgetConsentList);
    },
  );

  app.post(
    '/autorisations',
    operation({
      summary: 'W2 Autoriser un intranet enregistré par son employeur à afficher ses widgets', // i18n-ignore
      body: originBody,
      responses: { 201: 'WidgetConsentGranted' },
    }),
    async (c) => {
      const { origin } = c.req.valid('json');
      const memberId = c.get('member').id;
      await kernel.db.transaction().execute(async (trx) => {
        await kernel.widgets.grant(memberId, origin, trx);
        await kernel.audit.record(
          {
            actorKind: 'member',
            actorId: memberId,
            action: 'widget.consent',
            after: { origin },
            ip: clientIp(c),
          },
          trx,
        );
      });
      return c.json({ origin } satisfies WidgetConsentGranted, 201);
    },
  );

  app.delete(
    '/autorisations/:origin',
    operation({
      summary: 'W2 Retirer l’autorisation d’un intranet (ses jetons cessent aussitôt)', // i18n-ignore
      responses: { 204: null },
    }),
    async (c) => {
      const origin = c.req.param('origin');
      const memberId = c.get('member').id;
      await kernel.db.transaction().execute(async (trx) => {
        if (!(await kernel.widgets.withdraw(memberId, origin, trx))) {
          throw new ProblemError(404, "Ce site n'est pas dans vos intranets autorisés.", {
            code: 'not-found',
          });
        }
        await kernel.audit.record(
          {
            actorKind: 'member',
            actorId: memberId,
            action: 'widget.consent-withdrawn',
            before: { origin },
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
