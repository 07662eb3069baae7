import type { Kernel, MemberEnv } from '@portail/kernel';
import { Hono } from 'hono';
import { contributionRoutes } from './contributions.js';
import { paymentRoutes } from './payments.js';
import { statementRoutes } from './statements.js';

/** `/api/indemnisations/sante`: SPEC G, for members holding a santé contract (others get 403). */
export function santeRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.route('/reglements', paymentRoutes(kernel));
  app.route('/decomptes', statementRoutes(kernel));
  app.route('/cotisations', contributionRoutes(kernel));
  return app;
}
