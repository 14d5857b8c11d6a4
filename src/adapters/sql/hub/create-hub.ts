import { z } from "zod";
import { parseWith } from "../../../core/errors/from-zod";
import { isTillError } from "../../../core/errors/till-error";
import type { JournalEntry } from "../../../core/journal/journal-entry";
import type { SqlClient } from "../sql-client";
import { changeBalance, type HubBalance, readBalance } from "./hub-accounts";
import type { HubEvent } from "./hub-events";
import {
  type DailySalesRow,
  readDailySales,
  readHubEvents,
  readHubJournal,
  readRegisterHead,
  readStockLevel,
} from "./hub-queries";
import { publishSnapshot, pullSnapshots } from "./hub-snapshots";
import { type ChunkOutcome, ingestChunk } from "./ingest-chunk";
import { runHubMigrations } from "./run-hub-migrations";
import { type Snapshot, type SyncAck, syncBatchSchema } from "./sync-protocol";

/**
 * zod schema of the hub's options besides its SQL client.
 *
 * @public
 */
export const hubOptionsSchema = /* @__PURE__ */ z.object({
  /** The store id the hub books its own ledger rows (loads, adjustments) under. Default "hub". */
  hubStoreId: z.string().min(1).max(128).default("hub"),
});

/**
 * Options of {@link createHub}.
 *
 * @public
 */
export type HubOptions = z.input<typeof hubOptionsSchema> & {
  /** A PostgreSQL client (node-postgres in production, PGlite in tests). */
  readonly client: SqlClient;
  /** The hub's clock, ISO 8601 UTC; default the system clock. */
  readonly now?: () => string;
};

/**
 * The multi-store hub: ingests tills' journal entries and projects them; publishes snapshots.
 *
 * @public
 */
export interface Hub {
  /** Ingests a push; see the batch rule in docs/storage-sync.md. @throws TillError INVALID_INPUT for a malformed batch */
  ingest(batch: unknown): Promise<SyncAck>;
  /** Publishes the next version of a snapshot kind. */
  publishSnapshot(input: unknown): Promise<Snapshot>;
  /** The newest snapshot per kind newer than the versions given. */
  pullSnapshots(since: unknown): Promise<Snapshot[]>;
  /** Loads a gift card or adjusts points at the hub. @throws TillError INSUFFICIENT_BALANCE */
  changeBalance(input: unknown): Promise<HubBalance>;
  /** A balance, or undefined for an account never seen. */
  balance(accountKind: HubBalance["accountKind"], accountId: string): Promise<HubBalance | undefined>;
  /** Daily sales per store (all stores when `storeId` is omitted). */
  dailySales(storeId?: string): Promise<DailySalesRow[]>;
  /** A store's stock level of a SKU in millionths. */
  stockLevel(storeId: string, sku: string): Promise<bigint>;
  /** The hub's own event chain (compensations, loads, adjustments). */
  events(): Promise<HubEvent[]>;
  /** The hub's copy of a register's journal, for audit (`verifyJournal` re-checks it). */
  journal(registerId: string): Promise<JournalEntry[]>;
  /** Where the hub's copy of a register's chain stands. */
  registerHead(
    registerId: string,
  ): Promise<{ readonly storeId?: string; readonly seq: number; readonly hash?: string }>;
}

function byRegister(entries: readonly JournalEntry[]): JournalEntry[][] {
  const groups = new Map<string, JournalEntry[]>();
  for (const entry of entries) groups.set(entry.registerId, [...(groups.get(entry.registerId) ?? []), entry]);
  return [...groups.values()];
}

function failedChunk(entries: readonly JournalEntry[], error: unknown): ChunkOutcome {
  const message = isTillError(error) ? error.message : "The hub could not store the entries";
  const rejected = entries.map((entry) => ({
    eventId: entry.eventId,
    registerId: entry.registerId,
    seq: entry.seq,
    error: { code: "STORAGE_FAILURE" as const, message },
  }));
  return { accepted: [], duplicates: [], rejected, compensations: [] };
}

/**
 * Opens a hub over a PostgreSQL client: runs the hub migrations (their own `hub_schema_version` table)
 * and returns the hub. Each register's entries in a batch are ingested in their own transaction, so a
 * broken chain or a storage failure in one register never touches another.
 *
 * @param options - the SQL client, the hub's store id for its own ledger rows, and a clock
 * @returns the hub
 * @throws TillError SCHEMA_TOO_NEW when the hub schema is newer than this code
 * @example
 * ```ts
 * const hub = await createHub({ client: await createPgliteClient() });
 * const ack = await hub.ingest({ storeId: "S1", entries: [] }); // { accepted: [], ... }
 * ```
 * @public
 */
export async function createHub(options: HubOptions): Promise<Hub> {
  const { client } = options;
  const { hubStoreId } = parseWith(hubOptionsSchema, { hubStoreId: options.hubStoreId }, ["options"]);
  const now = options.now ?? (() => new Date().toISOString());
  await runHubMigrations(client);
  return {
    async ingest(batch) {
      const valid = parseWith(syncBatchSchema, batch, ["batch"]);
      const ack: SyncAck = { accepted: [], duplicates: [], rejected: [], compensations: [] };
      for (const chunk of byRegister(valid.entries)) {
        const outcome = await client
          .transaction((transaction) => ingestChunk(transaction, valid.storeId, chunk, now()))
          .catch((error: unknown) => failedChunk(chunk, error));
        ack.accepted.push(...outcome.accepted.map((entry) => entry.eventId));
        ack.duplicates.push(...outcome.duplicates);
        ack.rejected.push(...outcome.rejected);
        ack.compensations.push(...outcome.compensations);
      }
      return ack;
    },
    publishSnapshot: (input) => publishSnapshot(client, input, now()),
    pullSnapshots: (since) => pullSnapshots(client, since),
    changeBalance: (input) => changeBalance(client, hubStoreId, input, now()),
    balance: (accountKind, accountId) => readBalance(client, accountKind, accountId),
    dailySales: (storeId) => readDailySales(client, storeId),
    stockLevel: (storeId, sku) => readStockLevel(client, storeId, sku),
    events: () => readHubEvents(client),
    journal: (registerId) => readHubJournal(client, registerId),
    registerHead: (registerId) => readRegisterHead(client, registerId),
  };
}
