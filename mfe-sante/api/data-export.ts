import type { DataExportPart, Kernel } from '@portail/kernel';
import { santeDb } from './tables.js';

/** SPEC P3: « Mes services » santé in the member's archive (folder `sante/`). */
export function santeDataExport(kernel: Kernel): DataExportPart {
  const db = santeDb(kernel);
  return {
    tables: {
      exported: [
        'sante.health_statements',
        'sante.health_payments',
        'sante.health_acts',
        'sante.contributions',
      ],
      excluded: {
        'sante.guarantee_tables':
          'tableaux de garanties des contrats, communs à tous leurs adhérents (aucune donnée personnelle)', // i18n-ignore
      },
    },
    async *entries(memberId) {
      yield {
        path: 'decomptes.json',
        json: await db
          .selectFrom('sante.health_statements')
          .selectAll()
          .where('member_id', '=', memberId)
          .orderBy('issued_on')
          .execute(),
      };
      const payments = await db
        .selectFrom('sante.health_payments')
        .selectAll()
        .where('member_id', '=', memberId)
        .orderBy('paid_on')
        .execute();
      const acts = payments.length
        ? await db
            .selectFrom('sante.health_acts')
            .selectAll()
            .where(
              'payment_id',
              'in',
              payments.map((p) => p.id),
            )
            .orderBy('act_date')
            .execute()
        : [];
      yield {
        path: 'remboursements.json',
        json: payments.map((p) => ({ ...p, acts: acts.filter((a) => a.payment_id === p.id) })),
      };
      yield {
        path: 'cotisations.json',
        json: await db
          .selectFrom('sante.contributions')
          .selectAll()
          .where('member_id', '=', memberId)
          .orderBy('period_start')
          .execute(),
      };
    },
  };
}
