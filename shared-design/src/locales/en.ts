import type { Catalog } from '@portail/kernel/contract/i18n';

/** shared-design's English (SPEC P6): French text → English text. */
export const en: Catalog = {};
