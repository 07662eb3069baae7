import { addCatalog, type Catalog, currentLocale, type Locale } from '@portail/kernel/contract/i18n';

/** A section's catalogs, by language, each fetched when needed (its own chunk). */
export type SectionCatalogLoaders = Partial<Record<Exclude<Locale, 'fr'>, () => Promise<Catalog>>>;

/**
 * SPEC P6: registers a section's texts in the page's language: the catalog is its own chunk, fetched
 * only for a page in that language; French, the source, loads nothing.
 */
export async function loadSectionMessages(loaders: SectionCatalogLoaders): Promise<void> {
  const locale = currentLocale();
  if (locale === 'fr') return;
  const load = loaders[locale];
  if (load) addCatalog(locale, await load());
}

/**
 * A section's texts, fetched once, before anything of it is shown: its single-spa `bootstrap`
 * (`createSectionLifecycles`) and « Accueil »'s blocks (`loadHome`) await what this returns. Not a
 * top-level await in the section's entry, which would keep the bundler from merging its chunks.
 */
export function sectionMessages(loaders: SectionCatalogLoaders): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () => {
    loading ??= loadSectionMessages(loaders);
    return loading;
  };
}
