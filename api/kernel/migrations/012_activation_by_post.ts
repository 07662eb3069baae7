import { sqlMigration } from '../src/sql-migration.js';

/**
 * SPEC A9 without takeover: a member with no e-mail on file gets an activation code by post (the
 * back office prints and sends the letter); the code is kept hashed, with the tries it allows.
 */
export const m012ActivationByPost = sqlMigration([
  "ALTER TABLE core.activation_tokens ADD COLUMN channel text NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'courrier'))",
  'ALTER TABLE core.activation_tokens ALTER COLUMN email DROP NOT NULL',
  'ALTER TABLE core.activation_tokens ADD COLUMN attempts integer NOT NULL DEFAULT 0',
]);
