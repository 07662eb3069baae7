/** French formats for generated documents and e-mails: the contract's, shared with the browser. */
export {
  formatDate as frenchDate,
  formatEuros,
  formatLongDate as frenchLongDate,
  todayIso,
} from '../contract/format.js';

export function frenchDateTime(value: Date): string {
  return value.toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });
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

/**
 * The one greeting of every e-mail and letter to a member: "Bonjour Madame Petit,", "Bonjour
 * Monsieur Bernard,"; "Bonjour Claire Martin," when the civility is unknown.
 */
/** The greeting of a message to a person known by their display name only (a manager, SPEC P8). */
export function greetingByName(displayName: string): string {
  return `Bonjour ${displayName},`;
}

export function greeting(person: Addressee): string {
  const title = civilityTitle(person.civility);
  return `Bonjour ${title ? `${title} ${person.lastName}` : `${person.firstName} ${person.lastName}`},`;
}
