import { sqlMigration } from '../src/sql-migration.js';

/** Letters with accents and their plain forms, for a search that ignores accents (« lefevre » → Lefèvre). */
export const SEARCH_FOLD = {
  from: 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ',
  to: 'aaaaaaceeeeiiiinooooouuuuyyoa',
} as const;

/** The lower-case, accent-free form of a column, as the indexes below and the queue's search read it. */
export function foldedSql(column: string): string {
  return `translate(lower(${column}), '${SEARCH_FOLD.from}', '${SEARCH_FOLD.to}')`;
}

/**
 * H1: the queue is searched by member — an identifier or a name, each word the start of one of them,
 * case and accents ignored. Prefix searches (`LIKE 'lef%'`) on these folded forms are index range
 * scans (`text_pattern_ops`), then the member's requests come from `requests_member_idx`.
 */
export const m017MemberSearch = sqlMigration([
  `CREATE INDEX members_identifier_search_idx ON core.members (${foldedSql('identifier')} text_pattern_ops)`,
  `CREATE INDEX members_last_name_search_idx ON core.members (${foldedSql('last_name')} text_pattern_ops)`,
  `CREATE INDEX members_first_name_search_idx ON core.members (${foldedSql('first_name')} text_pattern_ops)`,
]);
