import { sqlMigration } from '../src/sql-migration.js';

/** SPEC P6: the member's language (French, the default, or English), kept on their file. */
export const m025MemberLocale = sqlMigration([
  `ALTER TABLE core.members ADD COLUMN locale text NOT NULL DEFAULT 'fr'
     CONSTRAINT members_locale_check CHECK (locale IN ('fr', 'en'))`,
]);
