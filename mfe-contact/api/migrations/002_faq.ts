import { sqlMigration } from '@portail/kernel';

/** E5: the FAQ, content the back office can change. */
export const m002Faq = sqlMigration([
  `CREATE TABLE contact.faq (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    position integer NOT NULL,
    question text NOT NULL,
    answer text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX faq_position_idx ON contact.faq (position)',
]);
