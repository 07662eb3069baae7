import { sqlMigration } from '@portail/kernel';

/**
 * B6: a card issued on a request replaces the member's live card, which ends where the new one
 * starts (`replaced_on`, the new card in `replaced_by`). Cards issued before are marked the same
 * way, each by the next one the member got.
 */
export const m003CardReplacement = sqlMigration([
  `ALTER TABLE adhesion.third_party_cards
    ADD COLUMN replaced_on date,
    ADD COLUMN replaced_by uuid REFERENCES adhesion.third_party_cards (id),
    ADD CONSTRAINT third_party_cards_replacement_check
      CHECK ((replaced_on IS NULL) = (replaced_by IS NULL) AND (replaced_on IS NULL OR replaced_on >= valid_from))`,
  `UPDATE adhesion.third_party_cards AS old
     SET replaced_by = next.id, replaced_on = GREATEST(next.valid_from, old.valid_from)
    FROM (
      SELECT id, lead(id) OVER w AS next_id
        FROM adhesion.third_party_cards
      WINDOW w AS (PARTITION BY member_id ORDER BY issued_at, id)
    ) AS chain
    JOIN adhesion.third_party_cards AS next ON next.id = chain.next_id
   WHERE old.id = chain.id`,
]);
