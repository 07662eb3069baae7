import { type AnyDatabase, ownTables } from '@portail/kernel';
import type { ColumnType, Kysely } from 'kysely';
import type { ContributionMode } from '../contract/index.js';

type Defaulted<T> = ColumnType<T, T | undefined, T>;

/** The `compte` schema's tables. */
export type CompteTables = {
  'compte.profiles': {
    member_id: string;
    address_line1: Defaulted<string>;
    address_line2: Defaulted<string>;
    address_line3: Defaulted<string>;
    postal_code: Defaulted<string>;
    city: Defaulted<string>;
    iban: string | null;
    bic: string | null;
    health_payment_mode: Defaulted<'virement' | 'cheque'>;
    contribution_mode: ContributionMode | null;
    address_returned: Defaulted<boolean>;
    noemie_linked: Defaulted<boolean>;
    updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  };
};

/** The database as this section sees it: its own schema's tables only. */
export type CompteDb = Kysely<CompteTables>;

/** The kernel's database (or a transaction of it) seen with this section's tables. */
export function compteDb(db: AnyDatabase): CompteDb {
  return ownTables<CompteTables>(db);
}

/** The member's profile row, created with its defaults on first use. */
export async function profileOf(db: CompteDb, memberId: string) {
  await db
    .insertInto('compte.profiles')
    .values({ member_id: memberId })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return db
    .selectFrom('compte.profiles')
    .selectAll()
    .where('member_id', '=', memberId)
    .executeTakeFirstOrThrow();
}
