import { sqlMigration } from '@portail/kernel';

/** C5 shows a sent claim's reference on its sending's line: claims are found by their sending. */
export const m005ClaimsBySending = sqlMigration([
  'CREATE INDEX claims_sending_idx ON indemnisations.claims (sending_id) WHERE sending_id IS NOT NULL',
]);
