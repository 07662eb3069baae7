import type { Kernel } from '@portail/kernel';
import type { ColumnType, Generated, Kysely, RawBuilder } from 'kysely';
import type { ClaimFormDefinition, ClaimStatus, ClaimValues, SendingKind } from '../contract/index.js';

type CalendarDate = ColumnType<Date | string, string, string>;

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, RawBuilder<T> | RawBuilder<unknown>, RawBuilder<T> | RawBuilder<unknown>>;

/** The `indemnisations` schema's tables. */
export type IndemnisationsTables = {
  'indemnisations.claim_forms': {
    id: Generated<string>;
    contract_id: string;
    code: string;
    version: number;
    title: string;
    definition: Json<ClaimFormDefinition>;
    created_at: Instant;
  };
  'indemnisations.claims': {
    id: Generated<string>;
    member_id: string;
    membership_id: string;
    form_id: string;
    status: ColumnType<ClaimStatus, ClaimStatus | undefined, ClaimStatus>;
    version: ColumnType<number, number | undefined, number>;
    values: Json<ClaimValues>;
    created_at: Instant;
    updated_at: Instant;
    sent_at: Instant | null;
    sending_id: string | null;
    deleted_at: Instant | null;
  };
  'indemnisations.sendings': {
    id: Generated<string>;
    member_id: string;
    kind: SendingKind;
    sent_at: Instant;
    request_id: string | null;
  };
  'indemnisations.sending_documents': {
    sending_id: string;
    file_id: string;
    position: number;
    label: string;
  };
  'indemnisations.indemnity_payments': {
    id: Generated<string>;
    member_id: string;
    membership_id: string;
    nature: string;
    event_date: CalendarDate;
    period_start: CalendarDate;
    period_end: CalendarDate;
    paid_on: CalendarDate;
    method: 'virement' | 'cheque';
    gross_cents: number;
    deductions: Json<{ label: string; amountCents: number }[]>;
    net_cents: number;
    full_pay_days: number;
    half_pay_days: number;
    daily_amount_cents: number;
  };
};

/** The database as this section sees it: its own schema's tables only. */
export type IndemnisationsDb = Kysely<IndemnisationsTables>;

export function indemnisationsDb(kernel: Kernel): IndemnisationsDb {
  return kernel.database<IndemnisationsTables>();
}
