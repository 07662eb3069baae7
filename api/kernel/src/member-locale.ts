import type { Kysely } from 'kysely';
import { type Locale, SOURCE_LOCALE } from '../contract/i18n.js';
import { withLocale } from './i18n.js';
import type { CoreDatabase } from './schema.js';

/**
 * SPEC P6: the language of a member's file (`core.members.locale`), what everything written for
 * them is written in (e-mails, SMS, PDFs), whoever triggers it (the member, a manager, a job).
 * French when the member is not found.
 */
export async function memberLocale(db: Kysely<CoreDatabase>, memberId: string): Promise<Locale> {
  const row = await db
    .selectFrom('core.members')
    .select('locale')
    .where('id', '=', memberId)
    .executeTakeFirst();
  return row?.locale ?? SOURCE_LOCALE;
}

/** Runs `write` in the member's language (`withLocale`): an e-mail, an SMS or a PDF for them. */
export async function inMemberLocale<T>(
  db: Kysely<CoreDatabase>,
  memberId: string,
  write: () => T | Promise<T>,
): Promise<T> {
  return withLocale(await memberLocale(db, memberId), write);
}
