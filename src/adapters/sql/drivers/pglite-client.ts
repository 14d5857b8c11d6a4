import { TillError } from "../../../core/errors/till-error";
import type { SqlClient, SqlTransaction } from "../sql-client";

/**
 * Options for the embedded PGlite driver.
 *
 * @public
 */
export interface PgliteClientOptions {
  /**
   * Where the database lives: a folder path in Node ("./till-data"), "idb://name" for IndexedDB in the
   * browser, or undefined / "memory://" for an in-memory database.
   */
  readonly dataDir?: string;
}

interface PgliteLike {
  readonly waitReady: Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  exec(sql: string): Promise<unknown>;
  transaction<T>(work: (transaction: PgliteLike) => Promise<T>): Promise<T>;
  syncToFs(): Promise<void>;
  close(): Promise<void>;
}

function wrap(database: PgliteLike): SqlTransaction {
  return {
    dialect: "pglite",
    query: async <Row extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) =>
      database.query<Row>(sql, [...params]),
    exec: async (sql: string) => {
      await database.exec(sql);
    },
  };
}

/**
 * Opens an embedded PGlite database. PGlite is loaded on first use, so hosts that never call this do not
 * pay for it. Durability is PGlite's default (every commit flushed to the file store), which the
 * crash-safety tests rely on; `relaxedDurability` is never turned on.
 *
 * @param options - where the data lives
 * @returns a ready SqlClient
 * @throws TillError STORAGE_FAILURE when PGlite cannot start
 * @public
 */
export async function createPgliteClient(options: PgliteClientOptions = {}): Promise<SqlClient> {
  let database: PgliteLike;
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    database = new PGlite(options.dataDir ?? "memory://") as unknown as PgliteLike;
    await database.waitReady;
  } catch (cause) {
    throw new TillError("STORAGE_FAILURE", {
      message: "The embedded PGlite database could not start",
      cause,
    });
  }
  const base = wrap(database);
  // PGlite copies its files to IndexedDB only after statements run outside a transaction, and COMMIT
  // still counts as inside one: without this flush the last committed sale was missing after a reload.
  const flushAfterCommit = options.dataDir?.startsWith("idb://") === true;
  return {
    ...base,
    transaction: async (work) => {
      const result = await database.transaction((transaction) => work(wrap(transaction)));
      if (flushAfterCommit) await database.syncToFs();
      return result;
    },
    close: () => database.close(),
  };
}
