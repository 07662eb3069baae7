import type { Migration } from 'kysely/migration';

/**
 * Santé's tables were created here while santé was part of this section; they now belong to
 * `mfe-sante`, whose `002_tables` moves them (with their rows) out of a database that has them and
 * creates them in a new one. Kept, empty, so that databases that ran it keep a consistent history.
 */
export const m002Sante: Migration = {
  async up() {},
};
