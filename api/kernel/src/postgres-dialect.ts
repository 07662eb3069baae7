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

/** What the pool is doing now (`/metrics`): statements waiting for their answer, connections held by transactions. */
export interface PoolUsage {
  /** The pool's size. */
  max: number;
  /** Statements sent and not yet answered (outside and inside transactions). */
  statements: number;
  /** Connections reserved by a transaction, from BEGIN to COMMIT or ROLLBACK. */
  transactions: number;
}

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

  constructor(
    private readonly pool: Sql,
    private readonly usage: PoolUsage,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const target = this.#reserved ?? this.pool;
    this.usage.statements++;
    const result = await target
      .unsafe(query.sql, [...query.parameters] as StatementParameters, { prepare: true })
      .finally(() => {
        this.usage.statements--;
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
    this.usage.transactions++;
    try {
      await this.#reserved.unsafe(statement);
    } catch (error) {
      this.release();
      throw error;
    }
  }

  release(): void {
    if (!this.#reserved) return;
    this.#reserved.release();
    this.#reserved = undefined;
    this.usage.transactions--;
  }
}

class PoolDriver implements Driver {
  constructor(
    private readonly pool: Sql,
    private readonly usage: PoolUsage,
  ) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new PoolConnection(this.pool, this.usage);
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
  constructor(
    private readonly pool: Sql,
    readonly usage: PoolUsage = { max: 0, statements: 0, transactions: 0 },
  ) {}

  createAdapter() {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PoolDriver(this.pool, this.usage);
  }

  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}
