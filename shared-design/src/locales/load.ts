import {
  addCatalog,
  type Catalog,
  type CatalogLoaders,
  installCatalogCompiler,
  isLocale,
  type Locale,
  loadCatalog,
  SOURCE_LOCALE,
  setLocaleSource,
  templatesOf,
} from '@portail/kernel/contract/i18n';

/** The page's language as its `<html lang>` says (`en`, `en-GB`… → English); French otherwise. */
export function documentLocale(): Locale {
  const language = document.documentElement.lang.toLowerCase().split('-')[0];
  return isLocale(language) ? language : SOURCE_LOCALE;
}

let settingUp: Promise<void> | undefined;

/**
 * SPEC P6: sets the page's language up before anything of it is written, once per page (the first
 * call's `locale` holds; later calls wait for it). French, the source, loads nothing: `msg()` writes
 * its texts as they are. For English, @lit/localize's runtime, the message ids and the catalogs are
 * fetched (the kernel contract's, shared-design's and those `loaders` give, each a chunk of its own)
 * and registered, then @lit/localize is set to it. The shell calls it from its first module, an
 * intranet's widgets through `widgetMessages`; sections register theirs later (`sectionMessages`).
 */
export function setUpPageLocale(locale: Locale, ...loaders: (() => Promise<Catalog>)[]): Promise<void> {
  settingUp ??= setUp(locale, loaders);
  return settingUp;
}

async function setUp(locale: Locale, loaders: (() => Promise<Catalog>)[]): Promise<void> {
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

/**
 * SPEC P6 for W2: a section's intranet widgets speak the language of the page they are embedded in
 * (`<html lang>` of the intranet; of the portal's page when a section shows them itself). Sets the
 * page up once for every section's widgets (W3: one widget base per page), then registers the
 * section's catalog. Never rejects: texts that cannot be fetched leave the widgets in French.
 */
export async function widgetMessages(loaders: CatalogLoaders): Promise<void> {
  try {
    await setUpPageLocale(documentLocale());
    await loadCatalog(loaders);
  } catch (error) {
    console.error('Textes des widgets non chargés', error); // i18n-ignore: a log
  }
}
