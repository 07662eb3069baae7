import { documentListRoute, type Kernel, type MemberEnv, type SectionSlice } from '@portail/kernel';
import { Hono } from 'hono';
import { INDEMNISATIONS_PAGES } from '../contract/index.js';
import { createIndemnisationsBackOffice } from './gestion.js';
import { indemnisationsMigrations } from './migrations/index.js';
import { seedPrevoyanceDemo } from './prevoyance/demo-seed.js';
import { prevoyanceRoutes } from './prevoyance/index.js';
import { seedSanteDemo } from './sante/demo-seed.js';
import { santeRoutes } from './sante/index.js';

/**
 * `/api/indemnisations`: prévoyance claims, justificatifs, sendings and payments (SPEC C; C1 open
 * only where the employer allows online claims, A6) and the health services of G under `/sante`.
 */
export function createIndemnisationsApi(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.route('/formulaires', documentListRoute(kernel, 'indemnisations.demande'));
  app.route('/sante', santeRoutes(kernel));
  app.route('/', prevoyanceRoutes(kernel));
  return app;
}

export const indemnisationsSlice: SectionSlice = {
  name: 'indemnisations',
  pages: INDEMNISATIONS_PAGES,
  migrations: indemnisationsMigrations,
  createApi: createIndemnisationsApi,
  createBackOfficeApi: createIndemnisationsBackOffice,
  widgets: {
    purposes: [
      'vos déclarations de sinistre en cours',
      'votre historique des indemnisations',
      'vos remboursements santé',
    ],
    // The reads of ind-declarer-sinistre, ind-historique-indemnisations and ind-remboursements.
    memberRoutes: ['/demandes', '/paiements', '/sante/reglements'],
  },
  async seedDemo(kernel) {
    await seedSanteDemo(kernel);
    await seedPrevoyanceDemo(kernel);
  },
};
