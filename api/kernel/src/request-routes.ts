import { Hono } from 'hono';
import { STORED_FILE, storedFileResponse } from './document-routes.js';
import type { Kernel } from './kernel.js';
import { operation } from './openapi.js';
import { ProblemError } from './problem.js';
import { clientIp, type MemberEnv } from './request-context.js';

/** `/api/demandes`: the files a member sent with their requests (Suivi, Historique des envois). */
export function requestRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember());

  app.get(
    '/:id/fichiers/:fileId',
    operation({
      summary: 'E4 Télécharger un fichier joint à une de ses demandes (ouverture journalisée)', // i18n-ignore
      responses: { 200: STORED_FILE },
    }),
    async (c) => {
      const member = c.get('member');
      const file = await kernel.requests.findAttachment(member.id, c.req.param('id'), c.req.param('fileId'));
      if (!file) {
        throw new ProblemError(404, "Ce fichier n'existe pas ou ne vous concerne pas.", {
          code: 'not-found',
        });
      }
      await kernel.audit.record({
        actorKind: 'member',
        actorId: member.id,
        action: 'request-file.open',
        targetKind: 'file',
        targetId: file.id,
        ip: clientIp(c),
      });
      return storedFileResponse(c, kernel.blobs, file);
    },
  );

  return app;
}
