import type { CoreDatabase, Kernel } from '@portail/kernel';
import type { ColumnType, Generated, Kysely } from 'kysely';

type CalendarDate = ColumnType<Date | string, string, string>;

/** The `indemnisations` schema's tables. */
export type IndemnisationsTables = {
  'indemnisations.health_statements': {
    id: Generated<string>;
    member_id: string;
    kind: 'mensuel' | 'ponctuel';
    reference: string;
    period_start: CalendarDate;
    period_end: CalendarDate;
    issued_on: CalendarDate;
  };
  'indemnisations.health_payments': {
    id: Generated<string>;
    member_id: string;
    paid_on: CalendarDate;
    amount_cents: number;
    method: 'virement' | 'cheque';
    iban_masked: string | null;
    statement_id: string | null;
  };
  'indemnisations.health_acts': {
    id: Generated<string>;
    payment_id: string;
    beneficiary_id: string;
    act_date: CalendarDate;
    label: string;
    real_cost_cents: number;
    base_cents: number;
    social_security_cents: number;
    organisation_cents: number;
  };
  'indemnisations.contributions': {
    id: Generated<string>;
    member_id: string;
    period_start: CalendarDate;
    period_end: CalendarDate;
    due_cents: number;
    paid_cents: ColumnType<number, number | undefined, number>;
    paid_on: CalendarDate | null;
    payment_mode: 'prelevement' | 'cheque' | 'virement';
  };
};

export type IndemnisationsDb = Kysely<CoreDatabase & IndemnisationsTables>;

export function indemnisationsDb(kernel: Kernel): IndemnisationsDb {
  return kernel.db.withTables<IndemnisationsTables>();
}
