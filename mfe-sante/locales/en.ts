import type { Catalog } from '@portail/kernel/contract/i18n';

/** The section's English (SPEC P6): its French texts (contract, pages, API) → English. */
export const en: Catalog = {};
