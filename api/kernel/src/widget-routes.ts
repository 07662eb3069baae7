import { Hono } from 'hono';
import { z } from 'zod';
import type { Kernel } from './kernel.js';
import { ProblemError, readJson } from './problem.js';
import { clientIp, type MemberEnv } from './request-context.js';

/** `POST /api/widgets/jeton` {origin}: from the portal's popup, with the member's session (SPEC W2). */
export function widgetRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.post('/jeton', kernel.requireMember(), async (c) => {
    if (c.get('session').id === 'widget') {
      throw new ProblemError(403, 'Un jeton de widget ne donne pas de nouveau jeton.', {
        code: 'widget-read-only',
      });
    }
    const { origin } = await readJson(c, z.object({ origin: z.string().max(200) }));
    const memberId = c.get('member').id;
    const token = await kernel.widgets.issue(memberId, origin);
    await kernel.audit.record({
      actorKind: 'member',
      actorId: memberId,
      action: 'widget.jeton',
      after: { origin },
      ip: clientIp(c),
    });
    c.header('Cache-Control', 'no-store');
    return c.json(token, 201);
  });
  return app;
}
