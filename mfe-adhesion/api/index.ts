import { documentListRoute, type Kernel, type MemberEnv, type SectionSlice } from '@portail/kernel';
import { Hono } from 'hono';
import { ADHESION_DOCUMENT_LISTS, ADHESION_PAGES } from '../contract/index.js';
import { adhesionMigrations } from './migrations/index.js';

/** `/api/adhesion`: B1 Contrat, B2 Formulaires, B3 Documents clés (document lists of the kernel). */
export function createAdhesionApi(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  for (const [list, category] of Object.entries(ADHESION_DOCUMENT_LISTS)) {
    const page = ADHESION_PAGES.find((p) => 'documentCategory' in p && p.documentCategory === category);
    if (!page || !('documentCategory' in page)) throw new Error(`No page for document list ${list}`);
    app.route(`/documents/${list}`, documentListRoute(kernel, page));
  }
  return app;
}

export const adhesionSlice: SectionSlice = {
  name: 'adhesion',
  pages: ADHESION_PAGES,
  migrations: adhesionMigrations,
  createApi: createAdhesionApi,
};
