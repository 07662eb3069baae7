import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import postgres from 'postgres';
import { type PoolUsage, PostgresPoolDialect } from './postgres-dialect.js';

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
  /** The pool's use now (PostgreSQL); null for the embedded PGlite (one connection, in process). */
  usage(): PoolUsage | null;
  close(): Promise<void>;
}

/**
 * How long the pool waits for a connection, and the longest statement: a database that is gone makes
 * requests fail in seconds (503), not hang for the whole outage.
 */
const CONNECT_TIMEOUT_SECONDS = 3;
/** Connections of a process's pool. */
const POOL_SIZE = 10;
const STATEMENT_TIMEOUT_MS = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15_000);

export function openDatabase<DB>(target: DatabaseTarget): DatabaseHandle<DB> {
  if (target.kind === 'postgres') {
    const sql = postgres(target.url, {
      max: POOL_SIZE,
      onnotice: () => {},
      connect_timeout: CONNECT_TIMEOUT_SECONDS,
      // Reconnect soon after the database is back: 0.1 s, doubling to 1 s at most (postgres.js waits
      // up to 20 s by default, which kept the portal away for that long after an outage).
      backoff: (retries: number) => Math.min(0.1 * 2 ** retries, 1),
      connection: { statement_timeout: STATEMENT_TIMEOUT_MS },
    });
    const dialect = new PostgresPoolDialect(sql, { max: POOL_SIZE, statements: 0, transactions: 0 });
    const db = new Kysely<DB>({ dialect });
    return {
      db,
      target,
      usage: () => ({ ...dialect.usage }),
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
    usage: () => null,
    listen: async (channel, onPayload) => {
      await pglite.listen(channel, onPayload);
    },
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
