import { type Expression, type Kysely, sql } from 'kysely';
import type { ContractKind, SectionPage } from '../contract/pages.js';
import { type CguState, cguColumns, cguStateFrom } from './cgu-state.js';
import type { CoreDatabase } from './schema.js';

export interface MembershipSummary {
  id: string;
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

/**
 * The member's memberships, oldest first, as one JSON column of a larger query (the session
 * lookup): `memberId` is a column of that query (`sql.ref('s.member_id')`).
 */
export function membershipsColumn(memberId: Expression<string>) {
  return sql<MembershipSummary[]>`coalesce((
    SELECT json_agg(json_build_object(
      'id', ms.id,
      'employerId', ms.employer_id,
      'employerName', e.name,
      'contractKind', ct.kind,
      'contractLabel', ct.label,
      'membershipNumber', ms.membership_number,
      'disabledFeatures', coalesce(e.disabled_features, '{}'::text[])
    ) ORDER BY ms.start_date, ms.id)
    FROM core.memberships ms
    JOIN core.contracts ct ON ct.id = ms.contract_id
    LEFT JOIN core.employers e ON e.id = ms.employer_id
    WHERE ms.member_id = ${memberId}
  ), '[]'::json)`.as('memberships');
}

/**
 * Everything a member-scoped request needs about its member, read with the session in one query
 * (`SessionStore.lookup`): identity, memberships (SPEC A6) and CGU state (SPEC A3). The query
 * names the member's table `m`; `memberId` is the column that holds the member's id.
 */
export function memberStateColumns(memberId: Expression<string>) {
  return [
    'm.identifier',
    'm.first_name',
    'm.last_name',
    'm.email',
    ...cguColumns(memberId),
    membershipsColumn(memberId),
  ] as const;
}

export interface MemberState {
  member: AuthenticatedMember;
  cgu: CguState;
}

export function memberStateFrom(
  memberId: string,
  row: {
    identifier: string;
    first_name: string;
    last_name: string;
    email: string | null;
    cgu_latest: number | null;
    cgu_accepted: boolean;
    memberships: MembershipSummary[];
  },
): MemberState {
  return {
    member: {
      id: memberId,
      identifier: row.identifier,
      displayName: `${row.first_name} ${row.last_name}`,
      email: row.email,
      memberships: row.memberships,
    },
    cgu: cguStateFrom(row),
  };
}

/** The same state for a member known by id (a widget's token, SPEC W2), null when gone. */
export async function loadMemberState(
  db: Kysely<CoreDatabase>,
  memberId: string,
): Promise<MemberState | null> {
  const row = await db
    .selectFrom('core.members as m')
    .select(memberStateColumns(sql.ref('m.id')))
    .where('m.id', '=', memberId)
    .executeTakeFirst();
  return row ? memberStateFrom(memberId, row) : null;
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
