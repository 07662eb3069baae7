// SPEC P6: a package's English (`locales/en.ts`) in @lit/localize's runtime form, under the message
// ids @lit/localize gives the French texts. Installed (`installCatalogCompiler`) by whoever sets
// English up: the server, and a page in English only; a French page writes its source texts and
// needs no ids.
import type { TemplateMap } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import type { Catalog } from './i18n.js';

const PLACEHOLDER = /\{(\d+)\}/g;
const HAS_PLACEHOLDER = /\{\d+\}/;

/** The message id @lit/localize gives the French `source` (a `str` template's when it has `{n}`). */
export function messageId(source: string): string {
  return generateMsgId(source.split(HAS_PLACEHOLDER), false);
}

/** `catalog` in @lit/localize's runtime form (message id → text or `str` template), added to `into`. */
export function compileCatalog(catalog: Catalog, into: TemplateMap = {}): TemplateMap {
  for (const [source, target] of Object.entries(catalog)) {
    if (!HAS_PLACEHOLDER.test(source)) {
      into[messageId(source)] = target;
      continue;
    }
    const values = [...target.matchAll(PLACEHOLDER)].map((match) => Number(match[1]));
    const strings = target.split(HAS_PLACEHOLDER);
    into[messageId(source)] = {
      strTag: true,
      strings: Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray,
      values,
    };
  }
  return into;
}
