// SPEC P6: the portal in French (the source, the default and the reference) and in English.
// Texts are written in French where they are used, through @lit/localize's `msg()` (and `str` for a
// text with values); each package keeps its English in a catalog (`locales/en.ts`: French text →
// English text), loaded only for a page in English and registered here. The same `msg()` calls and
// catalogs serve the browser (the page's language, set once by the shell) and the server (each
// request's language: problem+json `detail`, per-field errors) and what it writes for a member
// (e-mails, PDFs: the member's language). Browser-safe, zod-free.
import type { TemplateMap } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** The language texts are written in, and the portal's default. */
export const SOURCE_LOCALE: Locale = 'fr';
/** The cookie keeping a browser's choice (« English » / « Français » in the header), one year. */
export const LOCALE_COOKIE = 'portail_langue';
/** BCP 47 tags for Intl (dates, amounts). */
export const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/**
 * A package's English: its French texts (a `str` template's values written `{0}`, `{1}`… in their
 * order) → their English (the same `{n}`, in any order).
 */
export type Catalog = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{(\d+)\}/g;

/** The message id @lit/localize gives the French `source` (a `str` template's when it has `{n}`). */
export function messageId(source: string): string {
  return generateMsgId(source.split(/\{\d+\}/), false);
}

/** `catalog` in @lit/localize's runtime form (message id → text or `str` template), added to `into`. */
export function compileCatalog(catalog: Catalog, into: TemplateMap = {}): TemplateMap {
  for (const [source, target] of Object.entries(catalog)) {
    if (!/\{\d+\}/.test(source)) {
      into[messageId(source)] = target;
      continue;
    }
    const values = [...target.matchAll(PLACEHOLDER)].map((match) => Number(match[1]));
    const strings = target.split(/\{\d+\}/);
    into[messageId(source)] = {
      strTag: true,
      strings: Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray,
      values,
    };
  }
  return into;
}

interface I18nState {
  templates: Record<Locale, TemplateMap>;
  /** The language being written in: the page's (browser), the request's or the member's (server). */
  current: () => Locale;
}

// One registry per page or process, whichever bundles hold this module (each section's bundle has
// its own copy of the kernel contract): kept on the global object under a registered symbol.
const STATE = Symbol.for('portail.i18n');
function state(): I18nState {
  const holder = globalThis as { [STATE]?: I18nState };
  holder[STATE] ??= { templates: { fr: {}, en: {} }, current: () => SOURCE_LOCALE };
  return holder[STATE];
}

/** Registers a package's translations into `locale`. */
export function addCatalog(locale: Locale, catalog: Catalog): void {
  compileCatalog(catalog, state().templates[locale]);
}

/** Everything registered for `locale` (what @lit/localize's `loadLocale` answers). */
export function templatesOf(locale: Locale): TemplateMap {
  return state().templates[locale];
}

/** Where the language being written in comes from (the shell, the server's request context). */
export function setLocaleSource(current: () => Locale): void {
  state().current = current;
}

/** The language being written in now. */
export function currentLocale(): Locale {
  return state().current();
}

/** The Intl tag of the language being written in now. */
export function intlLocale(): string {
  return INTL_LOCALE[currentLocale()];
}

/**
 * `text`, a French constant (a manifest's page label, say), in the language being written in when a
 * catalog has it; as it is otherwise. For a text that cannot be a `msg()` literal where it is shown.
 */
export function localized(text: string, locale: Locale = currentLocale()): string {
  if (locale === SOURCE_LOCALE) return text;
  const found = templatesOf(locale)[messageId(text)];
  return typeof found === 'string' ? found : text;
}
