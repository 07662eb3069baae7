import { addCatalog, type Catalog, currentLocale, type Locale } from '@portail/kernel/contract/i18n';

/**
 * SPEC P6: a section's entry registers its texts in the page's language before anything of it is
 * shown, with a top-level await (`await loadSectionMessages({ en: … })`): the catalog is its own
 * chunk, fetched only for a page in that language; French, the source, loads nothing.
 */
export async function loadSectionMessages(
  loaders: Partial<Record<Exclude<Locale, 'fr'>, () => Promise<Catalog>>>,
): Promise<void> {
  const locale = currentLocale();
  if (locale === 'fr') return;
  const load = loaders[locale];
  if (load) addCatalog(locale, await load());
}
