import { type AnyDatabase, type Kernel, type MemberEnv, sectionSlice } from '@portail/kernel';
import { Hono } from 'hono';
import { en } from '../locales/en.js';
import { compteSection } from '../section.js';
import { archiveRoutes } from './archive.js';
import { changeRequestHooks, changeRoutes } from './changes.js';
import { compteDataExport } from './data-export.js';
import { seedCompteDemo } from './demo-seed.js';
import { compteMigrations } from './migrations/index.js';
import { notificationRoutes } from './notifications.js';
import { personalDataRoutes } from './personal-data.js';
import { compteDb } from './tables.js';

/**
 * `/api/compte`: D1 personal data, D2 changes validated by the back office (accept hooks), D3
 * alerts, D5 notifications. D4 (password) is the kernel's `POST /api/auth/password`.
 */
export function createCompteApi(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.route('/', personalDataRoutes(kernel));
  app.route('/', changeRoutes(kernel));
  app.route('/', notificationRoutes(kernel));
  app.route('/', archiveRoutes(kernel));
  return app;
}

/** The kernel's letters (A9 activation by post) go to the address this section keeps (D1). */
async function postalAddress(db: AnyDatabase, memberId: string): Promise<string[] | null> {
  const profile = await compteDb(db)
    .selectFrom('compte.profiles')
    .selectAll()
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  if (!profile?.address_line1 || !profile.postal_code) return null;
  return [
    profile.address_line1,
    profile.address_line2,
    profile.address_line3,
    `${profile.postal_code} ${profile.city}`,
  ].filter((line): line is string => Boolean(line));
}

export const compteSlice = sectionSlice(compteSection, {
  messages: { en },
  migrations: compteMigrations,
  createApi: createCompteApi,
  requestKinds: (kernel) => changeRequestHooks(kernel),
  postalAddresses: postalAddress,
  seedDemo: seedCompteDemo,
  dataExport: compteDataExport,
});
