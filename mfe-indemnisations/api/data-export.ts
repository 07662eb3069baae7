import { archiveFilePath, type DataExportPart, type Kernel } from '@portail/kernel';
import { indemnisationsDb } from './tables.js';

/** SPEC P3: « Mes indemnisations » in the member's archive (folder `indemnisations/`). */
export function indemnisationsDataExport(kernel: Kernel): DataExportPart {
  const db = indemnisationsDb(kernel);
  return {
    tables: {
      exported: [
        'indemnisations.claims',
        'indemnisations.sendings',
        'indemnisations.sending_documents',
        'indemnisations.indemnity_payments',
      ],
      excluded: {
        'indemnisations.claim_forms':
          // i18n-ignore: the reason a table is left out (the portal's own account, not a member's text)
          'définitions des formulaires de déclaration, communes à tous les adhérents (aucune donnée personnelle)',
      },
    },
    async *entries(memberId) {
      yield {
        path: 'declarations.json',
        json: await db
          .selectFrom('indemnisations.claims as c')
          .innerJoin('indemnisations.claim_forms as f', 'f.id', 'c.form_id')
          .select([
            'c.id',
            'f.title as form',
            'c.status',
            'c.values',
            'c.created_at',
            'c.updated_at',
            'c.sent_at',
            'c.deleted_at',
          ])
          .where('c.member_id', '=', memberId)
          .orderBy('c.created_at')
          .execute(),
      };
      const sendings = await db
        .selectFrom('indemnisations.sendings')
        .selectAll()
        .where('member_id', '=', memberId)
        .orderBy('sent_at')
        .execute();
      const documents = sendings.length
        ? await db
            .selectFrom('indemnisations.sending_documents')
            .selectAll()
            .where(
              'sending_id',
              'in',
              sendings.map((s) => s.id),
            )
            .orderBy('position')
            .execute()
        : [];
      const fileNames = await kernel.blobs.describe(documents.map((d) => d.file_id));
      const pathOf = (fileId: string) =>
        archiveFilePath('envois', fileId, fileNames.get(fileId)?.fileName ?? 'document');
      yield {
        path: 'envois.json',
        json: sendings.map((s) => ({
          ...s,
          documents: documents
            .filter((d) => d.sending_id === s.id)
            .map((d) => ({ label: d.label, path: pathOf(d.file_id) })),
        })),
      };
      yield {
        path: 'paiements.json',
        json: await db
          .selectFrom('indemnisations.indemnity_payments')
          .selectAll()
          .where('member_id', '=', memberId)
          .orderBy('paid_on')
          .execute(),
      };
      for (const d of documents) yield { path: pathOf(d.file_id), fileId: d.file_id };
    },
  };
}
