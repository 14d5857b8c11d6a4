import { TillError } from "../../../core/errors/till-error";
import type { SqlClient, SqlTransaction } from "../sql-client";

/**
 * Options for the PostgreSQL server driver (node-postgres).
 *
 * @public
 */
export interface PostgresClientOptions {
  /** A libpq connection string, e.g. "postgres://till@127.0.0.1:5432/till". */
  readonly connectionString: string;
  /** Maximum pooled connections (default 4). */
  readonly maxConnections?: number;
}

interface PoolClientLike {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  release(error?: Error | boolean): void;
}

interface PoolLike {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  connect(): Promise<PoolClientLike>;
  end(): Promise<void>;
  on(event: "error", listener: (error: Error) => void): unknown;
}

function wrap(runner: Pick<PoolLike, "query">): SqlTransaction {
  return {
    dialect: "postgres",
    query: async <Row extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) =>
      runner.query<Row>(sql, [...params]),
    exec: async (sql: string) => {
      await runner.query(sql);
    },
  };
}

/**
 * Connects to a PostgreSQL server through node-postgres (an optional peer dependency, loaded on first
 * use). Bigint columns come back as text and are parsed by the queries that read them.
 *
 * @param options - connection string and pool size
 * @returns a SqlClient over a connection pool
 * @throws TillError STORAGE_FAILURE when `pg` is not installed or the server cannot be reached
 * @public
 */
export async function createPostgresClient(options: PostgresClientOptions): Promise<SqlClient> {
  let pool: PoolLike;
  try {
    const pg = await import("pg");
    const Pool = (pg.default?.Pool ?? (pg as unknown as { Pool: typeof pg.default.Pool }).Pool) as new (
      config: object,
    ) => PoolLike;
    pool = new Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 4 });
    // An idle pooled connection the server closes (restart, failover, an administrator's terminate)
    // surfaces as a pool "error" event, which would crash the host without a listener. The pool has
    // already discarded that connection and the next query opens a new one, so there is nothing to do.
    pool.on("error", () => undefined);
    await pool.query("select 1");
  } catch (cause) {
    throw new TillError("STORAGE_FAILURE", { message: "Could not connect to PostgreSQL", cause });
  }
  return {
    ...wrap(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await work(wrap(client));
        await client.query("commit");
        client.release();
        return result;
      } catch (error) {
        await client.query("rollback").catch(() => undefined);
        client.release(true);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
