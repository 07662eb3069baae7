import type { Kernel } from '@portail/kernel';
import type { ColumnType, Generated, Kysely, RawBuilder } from 'kysely';
import type { Relationship } from '../contract/index.js';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
type CalendarDate = ColumnType<Date | string, string, string>;

export interface CardBeneficiary {
  firstName: string;
  lastName: string;
  birthDate: string;
  relationship: Relationship;
}

/** The `adhesion` schema's tables. */
export type AdhesionTables = {
  'adhesion.kit_grants': { token_hash: string; employer_id: string; expires_at: Instant };
  'adhesion.certificates': {
    reference: string;
    member_id: string;
    membership_id: string;
    issued_at: Instant;
  };
  'adhesion.third_party_cards': {
    id: Generated<string>;
    member_id: string;
    card_number: string;
    membership_number: string;
    valid_from: CalendarDate;
    valid_to: CalendarDate;
    beneficiaries: ColumnType<CardBeneficiary[], RawBuilder<unknown>, RawBuilder<unknown>>;
    issued_at: Instant;
    /** The day the card stopped being valid, replaced by the card `replaced_by`. */
    replaced_on: ColumnType<Date | string | null, never, string>;
    replaced_by: ColumnType<string | null, never, string>;
  };
  'adhesion.hospital_guarantees': {
    id: Generated<string>;
    reference: string;
    member_id: string;
    beneficiary_id: string;
    beneficiary_name: string;
    establishment: string;
    admission_date: CalendarDate;
    stay_kind: string;
    issued_at: Instant;
  };
};

/** The database as this section sees it: its own schema's tables only. */
export type AdhesionDb = Kysely<AdhesionTables>;

export function adhesionDb(kernel: Kernel): AdhesionDb {
  return kernel.database<AdhesionTables>();
}
