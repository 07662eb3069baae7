import { INDEMNISATIONS_PAGES } from '../../contract/index.js';

function pageOf(id: string) {
  const page = INDEMNISATIONS_PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`No page ${id}`);
  return page;
}

export const PAYMENTS_PAGE = pageOf('services.reglements');
export const STATEMENTS_PAGE = pageOf('services.decomptes');
export const CONTRIBUTIONS_PAGE = pageOf('services.cotisations');
