import { type Kernel, type MemberEnv, sectionSlice } from '@portail/kernel';
import { Hono } from 'hono';
import { en } from '../locales/en.js';
import { santeSection } from '../section.js';
import { contributionRoutes } from './contributions.js';
import { santeDataExport } from './data-export.js';
import { seedSanteDemo } from './demo-seed.js';
import { estimationRoutes } from './estimation.js';
import { createSanteBackOffice } from './gestion.js';
import { santeMigrations } from './migrations/index.js';
import { reimbursementRoutes } from './reimbursements.js';
import { statementRoutes } from './statements.js';

/**
 * `/api/sante`: SPEC G for members holding a santé contract (others get 403) — G1 reimbursements,
 * G2 statements with their PDF, G3 contributions, P5 estimates and quotes.
 */
export function createSanteApi(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.route('/reglements', reimbursementRoutes(kernel));
  app.route('/decomptes', statementRoutes(kernel));
  app.route('/cotisations', contributionRoutes(kernel));
  app.route('/', estimationRoutes(kernel));
  return app;
}

export const santeSlice = sectionSlice(santeSection, {
  messages: { en },
  migrations: santeMigrations,
  createApi: createSanteApi,
  createBackOfficeApi: createSanteBackOffice,
  seedDemo: seedSanteDemo,
  dataExport: santeDataExport,
});
