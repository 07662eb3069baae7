import type { CoreDatabase, Kernel } from '@portail/kernel';
import type { ColumnType, Generated, Kysely } from 'kysely';

/** The `contact` schema's tables. */
export type ContactTables = {
  'contact.faq': {
    id: Generated<string>;
    position: number;
    question: string;
    answer: string;
    updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  };
};

export function contactDb(kernel: Kernel): Kysely<CoreDatabase & ContactTables> {
  return kernel.db.withTables<ContactTables>();
}
