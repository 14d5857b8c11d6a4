import { mkdirSync, rmSync } from "node:fs";
import {
  type CommitPort,
  createMemoryCommitStore,
  createMemoryJournalStore,
  createMemoryLoyaltyLedger,
  createMemorySaleStore,
  type JournalStore,
  type SaleStorePort,
} from "tillkit";
import { openPgliteStore } from "tillkit/adapters/sql";

/** The storage ports the till writes to, and how to let go of them. */
export interface DemoStore {
  /** What holds the day ("PGlite in demo-output/nl-NL/store"). */
  readonly description: string;
  readonly ports: {
    readonly saleStore: SaleStorePort;
    readonly journal: JournalStore;
    readonly commit: CommitPort;
  };
  /** The points ledger the commit books loyalty entries into. */
  readonly loyalty: { balance(customerId: string): Promise<number> };
  close(): Promise<void>;
}

/**
 * Opens the embedded default store: PGlite (Postgres in WASM) in a local folder, so a second run
 * continues the same journal as the next day; `fresh` deletes the folder first.
 *
 * @param dataDir - the folder
 * @param fresh - start over
 * @returns the store
 */
export async function openDemoStore(dataDir: string, fresh: boolean): Promise<DemoStore> {
  if (fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const store = await openPgliteStore({ dataDir, storeId: "store-1" });
  return {
    description: `PGlite in ${dataDir}`,
    ports: { saleStore: store.saleStore, journal: store.journal, commit: store.commit },
    loyalty: store.loyalty,
    close: () => store.close(),
  };
}

/**
 * The memory ports instead (`--memory`): the same till day without a database, forgotten at exit.
 *
 * @returns the store
 */
export function memoryDemoStore(): DemoStore {
  const journal = createMemoryJournalStore();
  const saleStore = createMemorySaleStore();
  const loyalty = createMemoryLoyaltyLedger();
  return {
    description: "memory (--memory: nothing is kept)",
    ports: {
      journal,
      saleStore,
      commit: createMemoryCommitStore({ journal, saleStore, loyaltyLedger: loyalty }),
    },
    loyalty,
    close: async () => undefined,
  };
}
