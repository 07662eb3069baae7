import { documentListRoute, type Kernel, type MemberEnv, sectionSlice } from '@portail/kernel';
import { Hono } from 'hono';
import { en } from '../locales/en.js';
import { indemnisationsSection } from '../section.js';
import { claimRoutes } from './claims.js';
import { indemnisationsDataExport } from './data-export.js';
import { seedIndemnisationsDemo } from './demo-seed.js';
import { createIndemnisationsBackOffice } from './gestion.js';
import { indemnityPaymentRoutes } from './indemnity-payments.js';
import { indemnisationsMigrations } from './migrations/index.js';
import { sendingRoutes } from './sendings.js';
import { supportingDocumentRoutes } from './supporting-documents.js';
import { taxCertificateRoutes } from './tax-certificates.js';

/**
 * `/api/indemnisations`: SPEC C (prévoyance) — C1 claim forms (`/formulaires`, kernel document
 * list) and claims (`/demandes`, open only where the employer allows online claims, A6), C1 form
 * transmission and C4 justificatifs, C5 sendings (`/envois`), C6 indemnity payments (`/paiements`),
 * P4 attestations fiscales (`/attestations-fiscales`).
 */
export function createIndemnisationsApi(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.route('/formulaires', documentListRoute(kernel, 'indemnisations.demande'));
  app.route('/demandes', claimRoutes(kernel));
  app.route('/', supportingDocumentRoutes(kernel));
  app.route('/envois', sendingRoutes(kernel));
  app.route('/paiements', indemnityPaymentRoutes(kernel));
  app.route('/attestations-fiscales', taxCertificateRoutes(kernel));
  return app;
}

export const indemnisationsSlice = sectionSlice(indemnisationsSection, {
  messages: { en },
  migrations: indemnisationsMigrations,
  createApi: createIndemnisationsApi,
  createBackOfficeApi: createIndemnisationsBackOffice,
  seedDemo: seedIndemnisationsDemo,
  dataExport: indemnisationsDataExport,
});
