import { jsonb } from '@portail/kernel';
import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { ENDED_STOP_RULE } from '../../contract/sick-leave-form.js';

/**
 * SPEC C2: « L'arrêt est-il terminé ? » Oui with a period ending after today was accepted. The rule
 * that refuses it is now part of the sick-leave form; the forms published before it (stored as data,
 * per contract) get it too: those with both fields it reads and no such rule yet.
 */
export const m004EndedStopRule: Migration = {
  async up(db) {
    const { answer, periods } = ENDED_STOP_RULE;
    await sql`UPDATE indemnisations.claim_forms
      SET definition = jsonb_set(definition, '{rules}',
        coalesce(definition -> 'rules', '[]'::jsonb) || jsonb_build_array(${jsonb(ENDED_STOP_RULE)}))
      WHERE jsonb_path_exists(definition, '$.tabs[*].fields[*] ? (@.name == $name)', jsonb_build_object('name', ${answer}::text))
        AND jsonb_path_exists(definition, '$.tabs[*].fields[*] ? (@.name == $name && @.type == "periods")', jsonb_build_object('name', ${periods}::text))
        AND NOT jsonb_path_exists(definition, '$.rules[*] ? (@.rule == "endedPeriodsNotInFuture")')`.execute(
      db,
    );
  },
  async down() {},
};
