import type { Kernel, MemberEnv, SectionSlice } from '@portail/kernel';
import { Hono } from 'hono';
import { CONTACT_PAGES } from '../contract/index.js';
import { contactMigrations } from './migrations/index.js';

/** `/api/contact`: SPEC E (Contact) — no route yet; its pages show their empty state until the feature lands. */
export function createContactApi(_kernel: Kernel) {
  return new Hono<MemberEnv>();
}

export const contactSlice: SectionSlice = {
  name: 'contact',
  pages: CONTACT_PAGES,
  migrations: contactMigrations,
  createApi: createContactApi,
};
