import { INDEMNISATIONS_PAGES } from '../contract/index.js';

type IndemnisationsPage = (typeof INDEMNISATIONS_PAGES)[number];

/** The section's page of `id`, for its routes' `requirePage` (SPEC A6). */
export function pageOf(id: IndemnisationsPage['id']): IndemnisationsPage {
  const page = INDEMNISATIONS_PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`No page ${id}`);
  return page;
}
