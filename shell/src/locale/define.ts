// SPEC P6: the page's language, set before any of the shell's texts is written. The server writes
// it in `<html lang>` (the browser's choice, `LOCALE_COOKIE`); for English, the shell's, the kernel
// contract's and shared-design's catalogs are loaded (sections load theirs), then @lit/localize is
// set to it. French, the source, loads nothing. The entry imports this module first: its top-level
// await holds the shell's other modules until the texts are there.
import { configureLocalization } from '@lit/localize';
import {
  addCatalog,
  isLocale,
  type Locale,
  SOURCE_LOCALE,
  setLocaleSource,
  templatesOf,
} from '@portail/kernel/contract/i18n';
import { loadSharedDesignCatalog } from '@portail/shared-design';

const declared = document.documentElement.lang;
/** The page's language. */
export const pageLocale: Locale = isLocale(declared) ? declared : SOURCE_LOCALE;

const { setLocale } = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: ['en'],
  loadLocale: async (locale) => ({ templates: templatesOf(locale as Locale) }),
});
setLocaleSource(() => pageLocale);

if (pageLocale === 'en') {
  const [shell, kernel] = await Promise.all([
    import('../locales/en.js'),
    import('@portail/kernel/contract/locales/en'),
    loadSharedDesignCatalog(pageLocale),
  ]);
  addCatalog('en', shell.en);
  addCatalog('en', kernel.en);
  await setLocale(pageLocale);
}
