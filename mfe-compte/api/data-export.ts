import type { DataExportPart, Kernel } from '@portail/kernel';
import { compteDb } from './tables.js';

/** SPEC P3: « Mon compte » in the member's archive (folder `compte/`): postal address, bank details. */
export function compteDataExport(kernel: Kernel): DataExportPart {
  const db = compteDb(kernel.database());
  return {
    tables: { exported: ['compte.profiles'], excluded: {} },
    async *entries(memberId) {
      yield {
        path: 'coordonnees.json',
        json:
          (await db
            .selectFrom('compte.profiles')
            .selectAll()
            .where('member_id', '=', memberId)
            .executeTakeFirst()) ?? null,
      };
    },
  };
}
