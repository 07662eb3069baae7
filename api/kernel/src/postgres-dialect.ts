import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type { ReservedSql, Sql } from 'postgres';

type StatementParameters = Parameters<Sql['unsafe']>[1];

const WRITE_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

/**
 * A Kysely connection over a postgres.js pool. Outside a transaction each statement goes to the
 * pool, which spreads (and pipelines) statements over its connections: the two queries a page runs
 * in parallel really run in parallel, and a request never waits for a whole connection to be
 * lent and returned. A transaction reserves one connection from BEGIN to COMMIT or ROLLBACK.
 *
 * Nothing session-scoped may therefore rely on `db.connection()` (SET, session advisory locks,
 * temporary tables): use a transaction, whose statements share one connection.
 */
class PoolConnection implements DatabaseConnection {
  #reserved: ReservedSql | undefined;

  constructor(private readonly pool: Sql) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const target = this.#reserved ?? this.pool;
    const result = await target.unsafe(query.sql, [...query.parameters] as StatementParameters, {
      prepare: true,
    });
    // PostgreSQL answers COMMIT with ROLLBACK when an earlier statement aborted the transaction.
    if (result.command === 'COMMIT' || result.command === 'ROLLBACK') {
      return { rows: [{ command: result.command }] as R[] };
    }
    return {
      numAffectedRows: WRITE_COMMANDS.has(result.command) ? BigInt(result.count) : undefined,
      rows: Array.from(result) as R[],
    };
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    const target = this.#reserved ?? this.pool;
    const cursor = target.unsafe(query.sql, [...query.parameters] as StatementParameters).cursor(chunkSize);
    for await (const rows of cursor) yield { rows: rows as R[] };
  }

  async begin(statement: string): Promise<void> {
    this.#reserved = await this.pool.reserve();
    try {
      await this.#reserved.unsafe(statement);
    } catch (error) {
      this.release();
      throw error;
    }
  }

  release(): void {
    this.#reserved?.release();
    this.#reserved = undefined;
  }
}

class PoolDriver implements Driver {
  constructor(private readonly pool: Sql) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new PoolConnection(this.pool);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const options = [
      settings.isolationLevel && `isolation level ${settings.isolationLevel}`,
      settings.accessMode,
    ].filter(Boolean);
    await (connection as PoolConnection).begin(
      options.length ? `start transaction ${options.join(' ')}` : 'begin',
    );
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const { rows } = await connection.executeQuery<{ command: string }>(CompiledQuery.raw('commit'));
    if (rows[0]?.command === 'ROLLBACK') throw new Error('The transaction was aborted and rolled back.');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PoolConnection).release();
  }

  async destroy(): Promise<void> {
    await this.pool.end({ timeout: 5 });
  }
}

/** Kysely on a postgres.js pool (see `PoolConnection` for how statements reach the server). */
export class PostgresPoolDialect implements Dialect {
  constructor(private readonly pool: Sql) {}

  createAdapter() {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PoolDriver(this.pool);
  }

  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}
