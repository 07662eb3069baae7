import { Hono } from 'hono';
import type { CoreKernel, SectionSlice } from '../kernel.js';
import { managerAuthRoutes } from './auth.js';
import { documentPublishingRoutes } from './documents.js';
import { employerRoutes } from './employers.js';
import { journalRoutes } from './journal.js';
import type { ManagerEnv } from './manager-auth.js';
import { payeeRoutes } from './payees.js';
import { queueRoutes } from './queue.js';

/**
 * `/api/gestion`: the back office (SPEC H, N1) — its login, the kernel's parts (queue, decisions,
 * answers, documents, employers, audit, outbox) and each section's part under `/<section>`.
 */
export function createBackOfficeApi(kernel: CoreKernel, sections: readonly SectionSlice[]) {
  const app = new Hono<ManagerEnv>();
  app.route('/auth', managerAuthRoutes(kernel));
  const managed = new Hono<ManagerEnv>();
  managed.use('*', kernel.requireManager);
  managed.route('/demandes', queueRoutes(kernel, sections));
  managed.route('/documents', documentPublishingRoutes(kernel));
  managed.route('/employeurs', employerRoutes(kernel));
  managed.route('/adherents', payeeRoutes(kernel));
  managed.route('/', journalRoutes(kernel));
  for (const section of sections) {
    if (section.createBackOfficeApi) managed.route(`/${section.name}`, section.createBackOfficeApi(kernel));
  }
  app.route('/', managed);
  return app;
}
