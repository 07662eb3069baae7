import type { Kysely, Transaction } from 'kysely';
import type { CoreDatabase } from './schema.js';

/*
 * The portal's one database as a section sees it: typed with its own schema's tables only
 * (`kernel.database<SanteTables>()`). The kernel's tables are reached through the kernel's services
 * (members, requests, documents, files, audit, alerts), which take a section's transaction as it
 * is, so that the section's writes and the kernel's commit together or not at all.
 */

/** A transaction of the database, whatever tables its holder typed it with. */
// biome-ignore lint/suspicious/noExplicitAny: a section's typing (its own tables) or the kernel's
export type AnyTransaction = Transaction<any>;

/** The database or a transaction of it, whatever tables its holder typed it with. */
// biome-ignore lint/suspicious/noExplicitAny: a section's typing (its own tables) or the kernel's
export type AnyDatabase = Kysely<any>;

/** `db` typed with the tables `T` (a section's own schema): the same connection or transaction. */
export function ownTables<T>(db: AnyTransaction): Transaction<T>;
export function ownTables<T>(db: AnyDatabase): Kysely<T>;
export function ownTables<T>(db: AnyDatabase): Kysely<T> {
  return db as Kysely<T>;
}

/** The kernel's view of a database or transaction a section handed it. */
export function coreOf(db: AnyTransaction): Transaction<CoreDatabase>;
export function coreOf(db: AnyDatabase): Kysely<CoreDatabase>;
export function coreOf(db: AnyDatabase): Kysely<CoreDatabase> {
  return db as Kysely<CoreDatabase>;
}
