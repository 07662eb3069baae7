import { type CatalogLoaders, loadCatalog } from '@portail/kernel/contract/i18n';

/**
 * SPEC P6: a section's texts in the page's language (its catalog a chunk fetched for English only),
 * fetched once, before anything of it is shown: its single-spa `bootstrap` (`createSectionLifecycles`)
 * and « Accueil »'s blocks (`loadHome`) await what this returns. Not a top-level await in the
 * section's entry, which would keep the bundler from merging its common chunks into it.
 */
export function sectionMessages(loaders: CatalogLoaders): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () => {
    loading ??= loadCatalog(loaders);
    return loading;
  };
}
