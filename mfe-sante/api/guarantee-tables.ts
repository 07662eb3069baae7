import { jsonb, type Kernel } from '@portail/kernel';
import { sql } from 'kysely';
import type { CareKind, CareUsage, GuaranteeTableDefinition } from '../contract/index.js';
import { guaranteeTableSchema } from '../contract/schemas.js';
import { type SanteDb, santeDb } from './tables.js';

/** Publishes (a new version of) the guarantee table of the contract of `contractCode` (SPEC P5). */
export async function publishGuaranteeTable(
  kernel: Kernel,
  input: { contractCode: string; definition: GuaranteeTableDefinition },
): Promise<void> {
  const contractId = await kernel.members.contractId(input.contractCode);
  if (!contractId) throw new Error(`No contract ${input.contractCode} to publish a guarantee table for`);
  const definition = guaranteeTableSchema.parse(input.definition);
  await santeDb(kernel)
    .insertInto('sante.guarantee_tables')
    .values({
      contract_id: contractId,
      definition: jsonb(definition),
      version: sql<number>`coalesce((SELECT max(version) FROM sante.guarantee_tables WHERE contract_id = ${contractId}), 0) + 1`,
    })
    .execute();
}

/** The newest guarantee table of a contract, or undefined when none is published. */
export async function currentGuaranteeTable(db: SanteDb, contractId: string) {
  const row = await db
    .selectFrom('sante.guarantee_tables')
    .select(['version', 'definition'])
    .where('contract_id', '=', contractId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { ...row.definition, version: row.version } : undefined;
}

/**
 * What the organisme paid this calendar year for each beneficiary of `memberId`, per care: the acts
 * of the member's reimbursements (G1) dated in `year`.
 */
export async function yearUsage(
  db: SanteDb,
  memberId: string,
  beneficiaryIds: readonly string[],
  year: number,
): Promise<Map<string, CareUsage>> {
  const usage = new Map<string, CareUsage>(beneficiaryIds.map((id) => [id, {}]));
  if (beneficiaryIds.length === 0) return usage;
  const rows = await db
    .selectFrom('sante.health_acts as a')
    .innerJoin('sante.health_payments as p', 'p.id', 'a.payment_id')
    .select(['a.beneficiary_id', 'a.care', sql<number>`sum(a.organisation_cents)::int`.as('paid')])
    .where('p.member_id', '=', memberId)
    .where('a.beneficiary_id', 'in', [...beneficiaryIds])
    .where('a.care', 'is not', null)
    .where('a.act_date', '>=', `${year}-01-01`)
    .where('a.act_date', '<=', `${year}-12-31`)
    .groupBy(['a.beneficiary_id', 'a.care'])
    .execute();
  for (const row of rows) {
    const entry = usage.get(row.beneficiary_id);
    if (entry && row.care) entry[row.care as CareKind] = row.paid;
  }
  return usage;
}
