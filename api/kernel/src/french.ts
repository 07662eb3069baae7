/** French formats for generated documents and e-mails: the contract's, shared with the browser. */
export { formatDate as frenchDate, formatEuros, todayIso } from '../contract/format.js';

export function frenchDateTime(value: Date): string {
  return value.toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });
}
