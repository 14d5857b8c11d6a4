import { createPgliteClient } from "../drivers/pglite-client";
import { runMigrations } from "../migrations/run-migrations";
import { createSqlStore, type SqlStore, type SqlStoreOptions } from "./create-sql-store";

/**
 * Options of {@link openPgliteStore}.
 *
 * @public
 */
export interface OpenPgliteStoreOptions extends SqlStoreOptions {
  /** A folder path in Node, "idb://name" in the browser, or undefined for an in-memory database. */
  readonly dataDir?: string;
}

/**
 * The embedded store in one call: opens PGlite, brings the schema up to date and returns the ports.
 *
 * @param options - where the data lives, and the store options
 * @returns the store and `close()`
 * @throws TillError STORAGE_FAILURE when PGlite cannot start; SCHEMA_TOO_NEW for a newer database
 * @example
 * ```ts
 * const store = await openPgliteStore();
 * await store.close();
 * ```
 * @public
 */
export async function openPgliteStore(
  options: OpenPgliteStoreOptions = {},
): Promise<SqlStore & { close(): Promise<void> }> {
  const client = await createPgliteClient(options.dataDir === undefined ? {} : { dataDir: options.dataDir });
  try {
    await runMigrations(client);
  } catch (error) {
    await client.close();
    throw error;
  }
  return { ...createSqlStore(client, options), close: () => client.close() };
}
