import type { Kernel, MemberEnv } from '@portail/kernel';
import { Hono } from 'hono';
import { claimRoutes } from './claims.js';
import { supportingDocumentRoutes } from './justificatifs.js';
import { paymentRoutes } from './payments.js';
import { sendingRoutes } from './sendings.js';

/**
 * SPEC C (prévoyance): C1/C2 claims (`/demandes`), C1 form transmission and C4 justificatifs,
 * C5 sendings (`/envois`), C6 indemnity payments (`/paiements`).
 */
export function prevoyanceRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.route('/demandes', claimRoutes(kernel));
  app.route('/', supportingDocumentRoutes(kernel));
  app.route('/envois', sendingRoutes(kernel));
  app.route('/paiements', paymentRoutes(kernel));
  return app;
}
