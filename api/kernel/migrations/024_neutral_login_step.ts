import { sqlMigration } from '../src/sql-migration.js';

/**
 * SPEC P8, a neutral password step: from a device that must give a code, a wrong password or an
 * unknown login is answered as a right one — a login waiting for its code — but that login is a
 * decoy (`decoy`: no code was sent, every try is wrong) and names nobody. Each login now says whose
 * it is (`kind`) and which throttle account its code tries count in (`throttle_account`), decoys too.
 */
export const m024NeutralLoginStep = sqlMigration([
  `ALTER TABLE core.login_codes
     ADD COLUMN kind text,
     ADD COLUMN throttle_account text,
     ADD COLUMN decoy boolean NOT NULL DEFAULT false`,
  `UPDATE core.login_codes AS l SET
     kind = CASE WHEN l.member_id IS NULL THEN 'manager' ELSE 'member' END,
     throttle_account = CASE WHEN l.member_id IS NULL
       THEN 'gestion:' || lower((SELECT g.login FROM core.managers g WHERE g.id = l.manager_id))
       ELSE 'member:' || l.member_id END`,
  `ALTER TABLE core.login_codes
     ALTER COLUMN kind SET NOT NULL,
     ALTER COLUMN throttle_account SET NOT NULL,
     DROP CONSTRAINT login_codes_check,
     ADD CONSTRAINT login_codes_kind_check CHECK (kind IN ('member', 'manager')),
     ADD CONSTRAINT login_codes_subject_check CHECK (
       CASE kind WHEN 'member' THEN manager_id IS NULL ELSE member_id IS NULL END
       AND (decoy OR num_nonnulls(member_id, manager_id) = 1)
       AND NOT (decoy AND num_nonnulls(member_id, manager_id) > 0))`,
]);
