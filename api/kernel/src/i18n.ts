import { AsyncLocalStorage } from 'node:async_hooks';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import {
  addCatalog,
  type Catalog,
  currentLocale,
  installCatalogCompiler,
  isLocale,
  LOCALE_COOKIE,
  type Locale,
  localized,
  SOURCE_LOCALE,
  setLocaleSource,
  templatesOf,
} from '../contract/i18n.js';
import { compileCatalog } from '../contract/i18n-catalog.js';
import { kernelCatalogs } from '../contract/locales/index.js';

/** The language each request (or each message written for a member) is written in. */
const writing = new AsyncLocalStorage<Locale>();

let installed = false;

/**
 * SPEC P6 on the server: `msg()` answers in the language of the request being served, or of the
 * member a message is written for (`withLocale`), from the catalogs registered (the kernel's here,
 * each section's by its slice). Once per process.
 */
export function installServerLocalization(): void {
  if (installed) return;
  installed = true;
  setLocaleSource(() => writing.getStore() ?? SOURCE_LOCALE);
  installCatalogCompiler(compileCatalog);
  _installMsgImplementation(((template: Parameters<typeof runtimeMsg>[1], options?: { id?: string }) => {
    const locale = currentLocale();
    return runtimeMsg(locale === SOURCE_LOCALE ? undefined : templatesOf(locale), template, options);
  }) as never);
  registerCatalogs(kernelCatalogs);
}

/** A package's catalogs (by language) registered for the server's `msg()`. */
export function registerCatalogs(catalogs: Partial<Record<Locale, Catalog>>): void {
  for (const [locale, catalog] of Object.entries(catalogs)) {
    if (isLocale(locale) && catalog) addCatalog(locale, catalog);
  }
}

/** Runs `write` in `locale`: an e-mail or a PDF for a member, in the member's language. */
export function withLocale<T>(locale: Locale, write: () => T): T {
  return writing.run(locale, write);
}

/**
 * The language a request asks for: the browser's choice (cookie `portail_langue`, what its pages
 * are shown in), else its `Accept-Language` (a client without the cookie; the portal's pages send
 * their language), else French.
 */
export function requestLocale(c: Context): Locale {
  const chosen = getCookie(c, LOCALE_COOKIE);
  if (isLocale(chosen)) return chosen;
  const accepted = c.req.header('accept-language');
  if (accepted) {
    const ranked = accepted
      .split(',')
      .map((part, index) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = Number(
          params
            .find((p) => p.trim().startsWith('q='))
            ?.trim()
            .slice(2) ?? '1',
        );
        return { language: tag.trim().slice(0, 2).toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
      })
      .filter((entry) => entry.q > 0)
      .sort((a, b) => b.q - a.q || a.index - b.index);
    const first = ranked.find((entry) => isLocale(entry.language));
    if (first) return first.language as Locale;
  }
  return SOURCE_LOCALE;
}

/** Every API request is served in its language (`requestLocale`). */
export function localeMiddleware(): MiddlewareHandler {
  return (c, next) => writing.run(requestLocale(c), next);
}

const LABEL_KEYS = new Set(['label', 'title', 'link', 'heading', 'description']);

/**
 * `value` with its labels (`label`, `title`, `link`, `heading`, `description`, at any depth) in
 * `locale`: the sections' summaries a page carries, written in their manifests as French constants.
 */
export function translatedLabels<T>(value: T, locale: Locale): T {
  if (locale === SOURCE_LOCALE) return value;
  const walk = (item: unknown, key?: string): unknown => {
    if (typeof item === 'string') return key && LABEL_KEYS.has(key) ? localized(item, locale) : item;
    if (Array.isArray(item)) return item.map((entry) => walk(entry, key));
    if (item && typeof item === 'object')
      return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, walk(v, k)]));
    return item;
  };
  return walk(value) as T;
}
