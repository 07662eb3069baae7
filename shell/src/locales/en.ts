import type { Catalog } from '@portail/kernel/contract/i18n';

/** The shell's English (SPEC P6): French text → English text. */
export const en: Catalog = {
  // Header
  'Connecté en tant que': 'Logged in as',
  'Se déconnecter': 'Log out',
  'La langue n’a pas pu être changée.': 'The language could not be changed.',
};
