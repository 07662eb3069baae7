import { type Compilable, CompiledQuery, type QueryResult } from 'kysely';

/** What runs a compiled query: any schema's Kysely, or a transaction. */
interface QueryRunner {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
}

/** A placeholder value standing for the parameter `name` while the query is compiled. */
const placeholder = (name: string) => `\u0000compiled-query-parameter:${name}`;

/**
 * A query of a hot route, built and compiled by Kysely once, then run with each request's values:
 * Kysely builds an immutable tree and walks it to write the SQL on every call otherwise (a tenth of
 * the CPU of the C6 history route under load). `build` receives placeholders for `names` and
 * returns the query; the values given to `execute` take their places among the compiled
 * parameters (every other parameter, a constant of the query, stays as compiled).
 *
 * Only for queries whose SQL does not depend on the values (no branching on them in `build`).
 */
export function compiledOnce<Names extends string, Row>(
  names: readonly Names[],
  build: (values: Record<Names, never>) => Compilable<Row>,
) {
  let compiled: { sql: string; parameters: readonly unknown[]; slots: (Names | null)[] } | null = null;
  return async (db: QueryRunner, values: Record<Names, unknown>): Promise<Row[]> => {
    if (!compiled) {
      const placeholders = Object.fromEntries(names.map((n) => [n, placeholder(n)])) as Record<Names, never>;
      const query = build(placeholders).compile();
      const slots = query.parameters.map(
        (value) => names.find((name) => value === placeholder(name)) ?? null,
      );
      const missing = names.filter((name) => !slots.includes(name));
      if (missing.length > 0) throw new Error(`compiledOnce: ${missing.join(', ')} not used by the query`);
      compiled = { sql: query.sql, parameters: query.parameters, slots };
    }
    const { sql, parameters, slots } = compiled;
    const bound = slots.map((slot, i) => (slot === null ? parameters[i] : values[slot]));
    const result = await db.executeQuery<Row>(CompiledQuery.raw(sql, bound));
    return result.rows;
  };
}
