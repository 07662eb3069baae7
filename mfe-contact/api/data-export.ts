import type { DataExportPart } from '@portail/kernel';

/**
 * SPEC P3: « Contact » keeps nothing of its own about a member: messages, questions and
 * transmissions are requests of the kernel (in the archive's `messages.json` and `demandes.json`).
 */
export function contactDataExport(): DataExportPart {
  return {
    tables: {
      exported: [],
      excluded: {
        'contact.faq': 'questions fréquentes : contenu éditorial commun, aucune donnée personnelle',
      },
    },
    async *entries() {},
  };
}
