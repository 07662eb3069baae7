import { sqlMigration } from '../src/sql-migration.js';

/**
 * A login is an identifier or an e-mail in any case (SPEC A1): both lookups use an index (the e-mail
 * one exists since 001), so a login costs the same with 100 members or 100 000.
 */
export const m009LoginIndex = sqlMigration([
  'CREATE UNIQUE INDEX members_identifier_lower_key ON core.members (lower(identifier))',
]);
