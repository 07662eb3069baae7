import { documentListRoute, type Kernel, type MemberEnv, sectionSlice } from '@portail/kernel';
import { Hono } from 'hono';
import { ADHESION_DOCUMENT_LISTS, ADHESION_PAGES, CARD_REQUEST_KIND } from '../contract/index.js';
import { en } from '../locales/en.js';
import { adhesionSection } from '../section.js';
import { affiliationRoutes } from './affiliations.js';
import { cardRequestHooks, cardRoutes } from './cards.js';
import { adhesionDataExport } from './data-export.js';
import { seedAdhesionDemo } from './demo-seed.js';
import { espaceAdhesionRoutes } from './espace-adhesion.js';
import { hospitalGuaranteeRoutes } from './hospital-guarantees.js';
import { adhesionMigrations } from './migrations/index.js';

/**
 * `/api/adhesion`: B1 Contrat, B2 Formulaires, B3 Documents clés (kernel document lists), B4 Espace
 * Adhésion (public), B5 certificate, B6 third-party card, B7 hospital guarantee.
 */
export function createAdhesionApi(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  for (const [list, category] of Object.entries(ADHESION_DOCUMENT_LISTS)) {
    const page = ADHESION_PAGES.find((p) => 'documentCategory' in p && p.documentCategory === category);
    if (!page) throw new Error(`No page for document list ${list}`);
    app.route(`/documents/${list}`, documentListRoute(kernel, page.id));
  }
  app.route('/espace', espaceAdhesionRoutes(kernel));
  app.route('/affiliations', affiliationRoutes(kernel));
  app.route('/carte', cardRoutes(kernel));
  app.route('/prises-en-charge', hospitalGuaranteeRoutes(kernel));
  return app;
}

export const adhesionSlice = sectionSlice(adhesionSection, {
  messages: { en },
  migrations: adhesionMigrations,
  createApi: createAdhesionApi,
  requestKinds: (kernel) => ({ [CARD_REQUEST_KIND]: cardRequestHooks(kernel) }),
  seedDemo: seedAdhesionDemo,
  dataExport: adhesionDataExport,
});
