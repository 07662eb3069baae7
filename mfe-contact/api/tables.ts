import type { Kernel } from '@portail/kernel';
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

/** The database as this section sees it: its own schema's tables only. */
export function contactDb(kernel: Kernel): Kysely<ContactTables> {
  return kernel.database<ContactTables>();
}
