/** French formats for generated documents and e-mails: the contract's, shared with the browser. */
import { msg, str } from '@lit/localize';
import { intlLocale } from '../contract/i18n.js';

export {
  formatDate as frenchDate,
  formatEuros,
  formatLongDate as frenchLongDate,
  todayIso,
} from '../contract/format.js';

/** An instant, "17/05/2026 14:30", in the language being written in (SPEC P6). */
export function frenchDateTime(value: Date): string {
  return value.toLocaleString(intlLocale(), {
    timeZone: 'Europe/Paris',
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

/** "Madame" or "Monsieur" from a member's civility ("Mme", "M.", spelt out or not); null when unknown. */
export function civilityTitle(civility: string | null | undefined): 'Madame' | 'Monsieur' | null {
  const key = (civility ?? '').trim().toLowerCase().replace(/\.$/, '');
  if (key === 'mme' || key === 'madame') return 'Madame';
  if (key === 'm' || key === 'monsieur') return 'Monsieur';
  return null;
}

/**
 * A word agreeing with the member's civility: `byCivility('Mme', 'affilié', 'affiliée')` →
 * "affiliée"; when the civility is unknown, the inclusive form ("affilié(e)" unless given).
 */
export function byCivility(
  civility: string | null | undefined,
  masculine: string,
  feminine: string,
  unknown = `${masculine}(${feminine.slice(masculine.length) || 'e'})`,
): string {
  const title = civilityTitle(civility);
  return title === 'Madame' ? feminine : title === 'Monsieur' ? masculine : unknown;
}

/** Who an e-mail or a letter is addressed to. */
export interface Addressee {
  civility: string | null | undefined;
  firstName: string;
  lastName: string;
}

/** The greeting of a message to a person known by their display name only (a manager, SPEC P8). */
export function greetingByName(displayName: string): string {
  return msg(str`Bonjour ${displayName},`);
}

/**
 * The one greeting of every e-mail and letter to a member, in the language being written in (SPEC
 * P6): "Bonjour Madame Petit," ("Dear Ms Petit,"), "Bonjour Monsieur Bernard," ("Dear Mr Bernard,");
 * "Bonjour Claire Martin," ("Dear Claire Martin,") when the civility is unknown.
 */
export function greeting(person: Addressee): string {
  const title = civilityTitle(person.civility);
  if (title === 'Madame') return msg(str`Bonjour Madame ${person.lastName},`);
  if (title === 'Monsieur') return msg(str`Bonjour Monsieur ${person.lastName},`);
  return msg(str`Bonjour ${person.firstName} ${person.lastName},`);
}
