import type { Kernel } from '@portail/kernel';
import type { ColumnType, Generated, Kysely, RawBuilder } from 'kysely';
import type { CareKind, GuaranteeTableDefinition, PaymentMethod } from '../contract/index.js';

type CalendarDate = ColumnType<Date | string, string, string>;

/** The `sante` schema's tables (SPEC G). Amounts in integer cents. */
export type SanteTables = {
  'sante.health_statements': {
    id: Generated<string>;
    member_id: string;
    kind: 'mensuel' | 'ponctuel';
    reference: string;
    period_start: CalendarDate;
    period_end: CalendarDate;
    issued_on: CalendarDate;
  };
  'sante.health_payments': {
    id: Generated<string>;
    member_id: string;
    paid_on: CalendarDate;
    amount_cents: number;
    method: PaymentMethod;
    iban_masked: string | null;
    statement_id: string | null;
  };
  'sante.health_acts': {
    id: Generated<string>;
    payment_id: string;
    beneficiary_id: string;
    act_date: CalendarDate;
    label: string;
    real_cost_cents: number;
    base_cents: number;
    social_security_cents: number;
    organisation_cents: number;
    /** P5: the care the yearly forfaits count (null: none of the guarantee tables' cares). */
    care: ColumnType<CareKind | null, CareKind | null | undefined, CareKind | null>;
  };
  /** P5: each santé contract's guarantee table, by version (the newest applies). */
  'sante.guarantee_tables': {
    id: Generated<string>;
    contract_id: string;
    version: number;
    definition: ColumnType<GuaranteeTableDefinition, RawBuilder<GuaranteeTableDefinition>, never>;
    published_at: Generated<Date>;
  };
  'sante.contributions': {
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

/** The database as this section sees it: its own schema's tables only. */
export type SanteDb = Kysely<SanteTables>;

export function santeDb(kernel: Kernel): SanteDb {
  return kernel.database<SanteTables>();
}
