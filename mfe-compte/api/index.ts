import type { Kernel, MemberEnv, SectionSlice } from '@portail/kernel';
import { Hono } from 'hono';
import { COMPTE_PAGES } from '../contract/index.js';
import { compteMigrations } from './migrations/index.js';

/** `/api/compte`: SPEC D (Mon compte) — no route yet; its pages show their empty state until the feature lands. */
export function createCompteApi(_kernel: Kernel) {
  return new Hono<MemberEnv>();
}

export const compteSlice: SectionSlice = {
  name: 'compte',
  pages: COMPTE_PAGES,
  migrations: compteMigrations,
  createApi: createCompteApi,
};
