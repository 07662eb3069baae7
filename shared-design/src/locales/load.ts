import {
  addCatalog,
  type Catalog,
  installCatalogCompiler,
  type Locale,
  SOURCE_LOCALE,
  setLocaleSource,
  templatesOf,
} from '@portail/kernel/contract/i18n';

/** A package's catalog in one language, fetched when needed (its own chunk). */
export type CatalogLoader = () => Promise<Catalog>;

/**
 * SPEC P6: sets the page's language up before anything of it is written. French, the source, loads
 * nothing: `msg()` writes its texts as they are. For English, @lit/localize's runtime, the message
 * ids and the catalogs are fetched (the kernel contract's, shared-design's and those `loaders` give,
 * each a chunk of its own) and registered, then @lit/localize is set to it. The shell calls it from
 * its first module; sections register theirs later (`loadSectionMessages`).
 */
export async function setUpPageLocale(locale: Locale, ...loaders: CatalogLoader[]): Promise<void> {
  setLocaleSource(() => locale);
  if (locale === SOURCE_LOCALE) return;
  const [{ configureLocalization }, { compileCatalog }, ...catalogs] = await Promise.all([
    import('@lit/localize/init/runtime.js'),
    import('@portail/kernel/contract/i18n-catalog'),
    import('./en.js').then((module) => module.en),
    import('@portail/kernel/contract/locales/en').then((module) => module.en),
    ...loaders.map((load) => load()),
  ]);
  installCatalogCompiler(compileCatalog);
  for (const catalog of catalogs) addCatalog(locale, catalog);
  const { setLocale } = configureLocalization({
    sourceLocale: SOURCE_LOCALE,
    targetLocales: [locale],
    // The registry itself: what sections add later is found by the same `msg()`.
    loadLocale: async (target) => ({ templates: templatesOf(target as Locale) }),
  });
  await setLocale(locale);
}
