import { currentLocale, messageId, templatesOf } from '@portail/kernel/contract/i18n';

/**
 * SPEC P6: a French text kept as a plain constant (the value tests and callers compare with), in
 * the page's language at the time it is shown: its English when a catalog registered for the page
 * has it (the shell's has the runtime's and the shell's constants), else the French. The browser's
 * counterpart of the server's `inCurrentLocale`; a text with values uses `msg(str…)` instead.
 */
export function inPageLanguage(text: string): string {
  const translated = templatesOf(currentLocale())[messageId(text)];
  return typeof translated === 'string' ? translated : text;
}
