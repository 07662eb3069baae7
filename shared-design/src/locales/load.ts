import { addCatalog, type Locale } from '@portail/kernel/contract/i18n';

/**
 * SPEC P6: registers shared-design's texts in `locale` (its own chunk, fetched for a page in English
 * only). The shell calls it before its first render; an intranet's widget base does too.
 */
export async function loadSharedDesignCatalog(locale: Locale): Promise<void> {
  if (locale === 'en') addCatalog('en', (await import('./en.js')).en);
}
