/**
 * The tiny SQL-client interface every SQL driver implements. Both drivers speak PostgreSQL (PGlite is
 * PostgreSQL compiled to WASM), so one schema, one set of migrations and one set of queries serve the
 * embedded store and the server.
 *
 * @public
 */
export interface SqlClient {
  /** Which engine is behind the client, for test output and diagnostics. */
  readonly dialect: "pglite" | "postgres";
  /** Runs one parameterised statement (`$1`, `$2`, ...) and returns its rows. */
  query<Row extends Record<string, unknown> = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<{ rows: Row[] }>;
  /** Runs one or more statements without parameters (DDL, migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` inside one transaction: committed when it resolves, rolled back when it throws, so a
   * failed operation leaves nothing half-written.
   */
  transaction<T>(work: (transaction: SqlTransaction) => Promise<T>): Promise<T>;
  /** Releases the connection or the embedded database. */
  close(): Promise<void>;
}

/**
 * The part of a client usable inside a transaction.
 *
 * @public
 */
export type SqlTransaction = Pick<SqlClient, "query" | "exec" | "dialect">;
