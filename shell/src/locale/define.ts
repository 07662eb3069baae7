// SPEC P6: the page's language, set up before any of the shell's texts is written. The server writes
// it in `<html lang>` (the browser's choice, `LOCALE_COOKIE`); for English, the shell's, the kernel
// contract's and shared-design's catalogs are loaded (sections load theirs) with @lit/localize's
// runtime. French, the source, loads nothing. The shell registers its elements and starts once
// `localeReady` has settled (no top-level await: it would keep the bundler from merging the shell's
// shared modules into its entry, a request each).
import { documentLocale, setUpPageLocale } from '@portail/shared-design';

/** Settles when the page's texts are there; never rejects (unreachable catalogs leave it in French). */
export const localeReady: Promise<void> = setUpPageLocale(
  documentLocale(),
  async () => (await import('../locales/en.js')).en,
).catch((error: unknown) => {
  console.error('Textes de la page non chargés', error); // i18n-ignore: a log
});
