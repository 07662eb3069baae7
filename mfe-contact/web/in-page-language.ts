import { currentLocale, messageId, templatesOf } from '@portail/kernel/contract/i18n';

/**
 * SPEC P6: a French constant of the section (a page's title, a subject, a theme, a nature of
 * document: data as well, compared and stored in French) in the page's language when it is shown:
 * its English from the section's catalog, else the French.
 */
export function inPageLanguage(text: string): string {
  const translated = templatesOf(currentLocale())[messageId(text)];
  return typeof translated === 'string' ? translated : text;
}
