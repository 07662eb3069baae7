// The kernel's translations (its contract's texts and the server's own), by language. French is the
// source: no catalog. Imported whole by the server; the browser imports `en.ts` only for a page in English.
import type { Catalog, Locale } from '../i18n.js';
import { en } from './en.js';

export const kernelCatalogs: Partial<Record<Locale, Catalog>> = { en };
