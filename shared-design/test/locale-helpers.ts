// SPEC P6 in component tests: a test file (its own page) in English as the shell makes a page —
// @lit/localize configured once, the catalogs given registered, the page's language switched by
// `useLocale` (back to French after each test, by the caller's `afterEach`).
import { configureLocalization } from '@lit/localize';
import {
  addCatalog,
  type Catalog,
  installCatalogCompiler,
  type Locale,
  setLocaleSource,
  templatesOf,
} from '@portail/kernel/contract/i18n';
import { compileCatalog } from '@portail/kernel/contract/i18n-catalog';

export function localizedTestPage(...catalogs: Catalog[]): { useLocale(locale: Locale): Promise<void> } {
  let pageLocale: Locale = 'fr';
  const { setLocale } = configureLocalization({
    sourceLocale: 'fr',
    targetLocales: ['en'],
    loadLocale: async (locale) => ({ templates: templatesOf(locale as Locale) }),
  });
  setLocaleSource(() => pageLocale);
  installCatalogCompiler(compileCatalog);
  for (const catalog of catalogs) addCatalog('en', catalog);
  return {
    async useLocale(locale: Locale): Promise<void> {
      pageLocale = locale;
      await setLocale(locale);
    },
  };
}
