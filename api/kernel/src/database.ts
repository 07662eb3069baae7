import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import postgres from 'postgres';
import { PostgresPoolDialect } from './postgres-dialect.js';

/**
 * Where the data lives: a real PostgreSQL server when `DATABASE_URL` is set, otherwise the embedded
 * PGlite (PostgreSQL compiled to WASM) with its files under `dataDir` (or in memory when null).
 */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };

export interface DatabaseHandle<DB> {
  db: Kysely<DB>;
  target: DatabaseTarget;
  /** Calls `onPayload` for each NOTIFY on `channel`, from any process (LISTEN). */
  listen(channel: string, onPayload: (payload: string) => void): Promise<void>;
  close(): Promise<void>;
}

export function openDatabase<DB>(target: DatabaseTarget): DatabaseHandle<DB> {
  if (target.kind === 'postgres') {
    const sql = postgres(target.url, { max: 10, onnotice: () => {} });
    const db = new Kysely<DB>({ dialect: new PostgresPoolDialect(sql) });
    return {
      db,
      target,
      // postgres.js listens on a connection of its own, and listens again after a reconnection.
      listen: async (channel, onPayload) => {
        await sql.listen(channel, onPayload);
      },
      close: () => db.destroy(),
    };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const pglite = target.dataDir ? new PGlite(target.dataDir) : new PGlite();
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    target,
    listen: async (channel, onPayload) => {
      await pglite.listen(channel, onPayload);
    },
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
