import type { DataExportPart, Kernel } from '@portail/kernel';
import { adhesionDb } from './tables.js';

/** SPEC P3: « Mon adhésion » in the member's archive (folder `adhesion/`). */
export function adhesionDataExport(kernel: Kernel): DataExportPart {
  const db = adhesionDb(kernel);
  return {
    tables: {
      exported: ['adhesion.certificates', 'adhesion.third_party_cards', 'adhesion.hospital_guarantees'],
      excluded: {
        'adhesion.kit_grants': "secrets : empreintes des liens du kit d'adhésion donnés aux employeurs",
      },
    },
    async *entries(memberId) {
      yield {
        path: 'attestations.json',
        json: await db
          .selectFrom('adhesion.certificates')
          .selectAll()
          .where('member_id', '=', memberId)
          .orderBy('issued_at')
          .execute(),
      };
      yield {
        path: 'cartes-tiers-payant.json',
        json: await db
          .selectFrom('adhesion.third_party_cards')
          .selectAll()
          .where('member_id', '=', memberId)
          .orderBy('issued_at')
          .execute(),
      };
      yield {
        path: 'prises-en-charge-hospitalieres.json',
        json: await db
          .selectFrom('adhesion.hospital_guarantees')
          .selectAll()
          .where('member_id', '=', memberId)
          .orderBy('issued_at')
          .execute(),
      };
    },
  };
}
