import type { Kysely } from 'kysely';
import type { ContractKind, SectionPage } from '../contract/pages.js';
import type { CoreDatabase } from './schema.js';

export interface MembershipSummary {
  employerId: string | null;
  employerName: string | null;
  contractKind: ContractKind;
  contractLabel: string;
  membershipNumber: string;
  disabledFeatures: string[];
}

/** The logged-in member as routes see them, loaded once per request. */
export interface AuthenticatedMember {
  id: string;
  identifier: string;
  displayName: string;
  email: string | null;
  memberships: MembershipSummary[];
}

export async function loadMemberships(
  db: Kysely<CoreDatabase>,
  memberId: string,
): Promise<MembershipSummary[]> {
  const rows = await db
    .selectFrom('core.memberships as ms')
    .innerJoin('core.contracts as ct', 'ct.id', 'ms.contract_id')
    .leftJoin('core.employers as e', 'e.id', 'ms.employer_id')
    .select([
      'ms.employer_id',
      'e.name as employer_name',
      'e.disabled_features',
      'ct.kind',
      'ct.label',
      'ms.membership_number',
    ])
    .where('ms.member_id', '=', memberId)
    .orderBy('ms.start_date')
    .execute();
  return rows.map((r) => ({
    employerId: r.employer_id,
    employerName: r.employer_name,
    contractKind: r.kind,
    contractLabel: r.label,
    membershipNumber: r.membership_number,
    disabledFeatures: r.disabled_features ?? [],
  }));
}

export type PageAccess = 'allowed' | 'contract-kind' | 'feature-disabled';

/**
 * SPEC A6: a page is open when one of the member's memberships has the page's contract kind and an
 * employer that has not switched its feature off.
 */
export function pageAccess(
  member: AuthenticatedMember,
  page: Pick<SectionPage, 'feature' | 'contractKind'>,
): PageAccess {
  const ofKind = member.memberships.filter((m) => !page.contractKind || m.contractKind === page.contractKind);
  if (ofKind.length === 0) return 'contract-kind';
  const feature = page.feature;
  if (feature && ofKind.every((m) => m.disabledFeatures.includes(feature))) return 'feature-disabled';
  return 'allowed';
}
