// SPEC P6: the portal in French (the source, the default and the reference) and in English.
// Texts are written in French where they are used, through @lit/localize's `msg()` (and `str` for a
// text with values); each package keeps its English in a catalog (`locales/en.ts`: French text →
// English text), loaded only for a page in English and registered here. The same `msg()` calls and
// catalogs serve the browser (the page's language, set once by the shell) and the server (each
// request's language: problem+json `detail`, per-field errors) and what it writes for a member
// (e-mails, PDFs: the member's language). Browser-safe, zod-free. Compiling a catalog for `msg()`
// (`i18n-catalog.ts`) needs @lit/localize's message ids: a module of its own, installed by whoever
// sets English up, which a French page never loads.
import type { TemplateMap } from '@lit/localize';

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

/** A package's catalogs, by language, each fetched when needed (its own chunk). */
export type CatalogLoaders = Partial<Record<Exclude<Locale, 'fr'>, () => Promise<Catalog>>>;

/** Adds `catalog` to `into` in @lit/localize's runtime form (`compileCatalog`, `i18n-catalog.ts`). */
type CatalogCompiler = (catalog: Catalog, into: TemplateMap) => unknown;

interface LabelPattern {
  /** The French text with its values as groups, in their order (`{0}` the first group). */
  source: RegExp;
  target: string;
}

/**
 * A text with values as a pattern matching what it writes, when it says enough by itself (at least
 * four letters besides its values: `Devis : {0}`, not `{0} ({1})`).
 */
function labelPattern(source: string): RegExp | undefined {
  const literals = source.split(/\{\d+\}/);
  if (literals.join('').replace(/[^\p{L}]/gu, '').length < 4) return undefined;
  const escaped = literals.map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('(.+?)')}$`, 'u');
}

interface I18nState {
  /** @lit/localize's runtime form: message id → text or `str` template. */
  templates: Record<Locale, TemplateMap>;
  /** The plain texts (no values), French → target: what `localized()` answers from. */
  texts: Record<Locale, Map<string, string>>;
  /** The texts with values, as patterns: what `localizedLabel()` answers from. */
  patterns: Record<Locale, LabelPattern[]>;
  compile?: CatalogCompiler;
  /** Catalogs registered before a compiler was installed. */
  pending: [Locale, Catalog][];
  /** The language being written in: the page's (browser), the request's or the member's (server). */
  current: () => Locale;
}

// One registry per page or process, whichever bundles hold this module (each section's bundle has
// its own copy of the kernel contract): kept on the global object under a registered symbol.
const STATE = Symbol.for('portail.i18n');
function i18nState(): I18nState {
  const holder = globalThis as { [STATE]?: I18nState };
  holder[STATE] ??= {
    templates: { fr: {}, en: {} },
    texts: { fr: new Map(), en: new Map() },
    patterns: { fr: [], en: [] },
    pending: [],
    current: () => SOURCE_LOCALE,
  };
  return holder[STATE];
}

/** Registers a package's translations into `locale`. */
export function addCatalog(locale: Locale, catalog: Catalog): void {
  const state = i18nState();
  for (const [source, target] of Object.entries(catalog)) {
    if (!/\{\d+\}/.test(source)) state.texts[locale].set(source, target);
    else {
      const pattern = labelPattern(source);
      if (pattern) state.patterns[locale].push({ source: pattern, target });
    }
  }
  if (state.compile) state.compile(catalog, state.templates[locale]);
  else state.pending.push([locale, catalog]);
}

/**
 * Registers the catalog `loaders` give for the language being written in: fetched only for that
 * language; French, the source, loads nothing.
 */
export async function loadCatalog(loaders: CatalogLoaders): Promise<void> {
  const locale = currentLocale();
  const load = locale === 'fr' ? undefined : loaders[locale];
  if (load) addCatalog(locale, await load());
}

/** Makes the catalogs `msg()` can read: those registered so far, and every one after. */
export function installCatalogCompiler(compile: CatalogCompiler): void {
  const state = i18nState();
  state.compile = compile;
  for (const [locale, catalog] of state.pending.splice(0)) compile(catalog, state.templates[locale]);
}

/** Everything registered for `locale` (what @lit/localize's `loadLocale` answers). */
export function templatesOf(locale: Locale): TemplateMap {
  return i18nState().templates[locale];
}

/** Where the language being written in comes from (the shell, the server's request context). */
export function setLocaleSource(current: () => Locale): void {
  i18nState().current = current;
}

/** The language being written in now. */
export function currentLocale(): Locale {
  return i18nState().current();
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
  return i18nState().texts[locale].get(text) ?? text;
}

/**
 * `label`, a text stored in French with values in it (a request's label: « Devis : Lunettes »,
 * « Justificatifs pour indemnisation (2 documents) »), in the language being written in: as a whole
 * when a catalog has it, else through the first catalog text with values that writes it, each value
 * itself translated when a catalog has it. As it is otherwise.
 */
export function localizedLabel(label: string, locale: Locale = currentLocale()): string {
  const whole = localized(label, locale);
  if (locale === SOURCE_LOCALE || whole !== label) return whole;
  for (const { source, target } of i18nState().patterns[locale]) {
    const values = source.exec(label);
    if (values) {
      return target.replace(/\{(\d+)\}/g, (_, n: string) => localized(values[Number(n) + 1] ?? '', locale));
    }
  }
  return label;
}
