import { openPgliteStore, type SqlStore } from "tillkit/adapters/sql";

/** The till's storage: the SQL adapter's ports over PGlite, and a way to let go of the database. */
export type WebTillStore = SqlStore & { close(): Promise<void> };

/** PGlite keeps the database in this IndexedDB database, so a reload finds every sale. */
export const DATA_DIR = "idb://tillkit-web";

/**
 * Opens the till's store: PGlite (Postgres in WebAssembly) in IndexedDB, migrated to the current
 * schema, with the SQL adapter's sale store, journal and atomic commit on top.
 *
 * @param dataDir - where PGlite keeps its data ("idb://…" in the browser)
 * @returns the store
 */
export function openWebTillStore(dataDir: string = DATA_DIR): Promise<WebTillStore> {
  return openPgliteStore({ dataDir, storeId: "corner-shop" });
}
