import { documentListRoute, type Kernel, type MemberEnv, type SectionSlice } from '@portail/kernel';
import { Hono } from 'hono';
import { INDEMNISATIONS_PAGES } from '../contract/index.js';
import { indemnisationsMigrations } from './migrations/index.js';

const claimPage = INDEMNISATIONS_PAGES[0];

/** `/api/indemnisations`: so far the blank claim forms of C1, open only where the employer allows claims (A6). */
export function createIndemnisationsApi(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.route('/formulaires', documentListRoute(kernel, claimPage));
  return app;
}

export const indemnisationsSlice: SectionSlice = {
  name: 'indemnisations',
  pages: INDEMNISATIONS_PAGES,
  migrations: indemnisationsMigrations,
  createApi: createIndemnisationsApi,
};
