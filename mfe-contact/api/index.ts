import { type Kernel, type MemberEnv, sectionSlice } from '@portail/kernel';
import { Hono } from 'hono';
import { en } from '../locales/en.js';
import { contactSection } from '../section.js';
import { contactDataExport } from './data-export.js';
import { seedContactDemo } from './demo-seed.js';
import { exchangeRoutes } from './exchanges.js';
import { faqRoutes } from './faq.js';
import { contactMigrations } from './migrations/index.js';
import { transmissionRoutes } from './transmissions.js';

/** `/api/contact`: SPEC E1 message, E2 question, E3 Nous transmettre, E4 Suivi, E5 FAQ. */
export function createContactApi(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.route('/faq', faqRoutes(kernel));
  app.route('/transmissions', transmissionRoutes(kernel));
  app.route('/', exchangeRoutes(kernel));
  return app;
}

export const contactSlice = sectionSlice(contactSection, {
  messages: { en },
  migrations: contactMigrations,
  createApi: createContactApi,
  seedDemo: seedContactDemo,
  dataExport: contactDataExport,
});
