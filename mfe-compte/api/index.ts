import type { Kernel, MemberEnv, SectionSlice } from '@portail/kernel';
import { Hono } from 'hono';
import { COMPTE_PAGES } from '../contract/index.js';
import { changeRoutes, registerChangeHooks } from './changes.js';
import { seedCompteDemo } from './demo-seed.js';
import { compteMigrations } from './migrations/index.js';
import { notificationRoutes } from './notifications.js';
import { personalDataRoutes } from './personal-data.js';

/**
 * `/api/compte`: D1 personal data, D2 changes validated by the back office (accept hooks), D3
 * alerts, D5 notifications. D4 (password) is the kernel's `POST /api/auth/password`.
 */
export function createCompteApi(kernel: Kernel) {
  registerChangeHooks(kernel);
  const app = new Hono<MemberEnv>();
  app.route('/', personalDataRoutes(kernel));
  app.route('/', changeRoutes(kernel));
  app.route('/', notificationRoutes(kernel));
  return app;
}

export const compteSlice: SectionSlice = {
  name: 'compte',
  pages: COMPTE_PAGES,
  migrations: compteMigrations,
  createApi: createCompteApi,
  seedDemo: seedCompteDemo,
};
