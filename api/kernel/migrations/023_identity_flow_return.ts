import { sqlMigration } from '../src/sql-migration.js';

/**
 * SPEC P7: where a sign-in through the identity provider leads once the session is open — the page
 * the member was on when asked to log in again (`retour`), or the intranet widget's popup (W2).
 */
export const m023IdentityFlowReturn = sqlMigration([
  'ALTER TABLE core.identity_flows ADD COLUMN return_to text',
]);
