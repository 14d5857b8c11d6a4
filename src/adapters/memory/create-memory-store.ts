import type { CommitPort } from "../../core/commit/commit-port";
import { createMemoryCommitStore } from "../../core/commit/memory-commit-store";
import { createMemoryJournalStore } from "../../core/journal/memory-journal-store";
import { createMemoryCustomerDirectory } from "../../core/ports/memory-customer-directory";
import { createMemoryOutbox } from "../../core/ports/memory-outbox";
import { createMemorySaleStore } from "../../core/ports/memory-sale-store";
import { createMemorySessionStore } from "../../core/ports/memory-session-store";
import { createMemorySnapshotStore } from "../../core/ports/memory-snapshot-store";
import { createMemoryStock } from "../../core/ports/memory-stock";
import type { CouponInput } from "../../pricing/coupons/coupon";
import { createMemoryCouponRegistry } from "../../pricing/coupons/memory-coupon-registry";
import type { LoyaltyProgram } from "../../pricing/loyalty/loyalty-program";
import { createMemoryLoyaltyLedger } from "../../pricing/loyalty/memory-loyalty-ledger";
import { createMemoryStoredValue } from "../../pricing/stored-value/memory-stored-value";
import type { StoragePorts } from "../storage-ports";

/**
 * Options of {@link createMemoryStore}.
 *
 * @public
 */
export interface MemoryStoreOptions {
  /** Store id of stock movements written by commits without a sale (default "default"). */
  readonly storeId?: string;
  /** Printed, not yet sold gift cards. */
  readonly cards?: readonly { readonly accountId: string; readonly currency: string }[];
  /** Coupon definitions. */
  readonly coupons?: readonly CouponInput[];
  /** The loyalty program's negative-balance policy (default "forbid"). */
  readonly loyalty?: Pick<LoyaltyProgram, "negativeBalance">;
  /** Now in epoch milliseconds, for coupon schedules (default Date.now). */
  readonly clock?: () => number;
}

/**
 * Every storage port in memory, wired like the SQL store (see {@link StoragePorts}).
 *
 * @public
 */
export interface MemoryStore extends StoragePorts {}

/**
 * Makes the memory store (tests, demos, ephemeral hosts).
 *
 * @param options - store id, gift cards, coupons, loyalty policy
 * @returns the store
 * @throws TillError INVALID_RULE for a malformed coupon
 * @public
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const journal = createMemoryJournalStore();
  const saleStore = createMemorySaleStore();
  const loyalty = createMemoryLoyaltyLedger(options.loyalty);
  const storedValue = createMemoryStoredValue(options.cards);
  // A commit books its loyalty entries and stored-value deltas in these ledgers, as the SQL store does.
  const commits = createMemoryCommitStore({ journal, saleStore, loyaltyLedger: loyalty, storedValue });
  const stock = createMemoryStock();
  const commit: CommitPort = {
    find: (commitId) => commits.find(commitId),
    async commit(record) {
      const before = commits.commitCount();
      const stored = await commits.commit(record);
      if (commits.commitCount() === before) return stored;
      const at = record.sale?.completedAt ?? record.journalEntries[0]?.timestamp ?? new Date().toISOString();
      await stock.record(
        record.stockDeltas.map((delta, index) => ({
          movementId: `${record.commitId}:stock:${index}`,
          storeId: record.sale?.storeId ?? options.storeId ?? "default",
          sku: delta.sku,
          delta: delta.delta,
          reason: delta.delta.millionths < 0n ? "sale" : "return",
          reference: `${delta.saleId}/${delta.lineId}`,
          at,
        })),
      );
      return stored;
    },
  };
  return {
    commit,
    saleStore,
    journal,
    snapshots: createMemorySnapshotStore(),
    outbox: createMemoryOutbox(commits.outbox),
    stock,
    customers: createMemoryCustomerDirectory(),
    sessions: createMemorySessionStore(),
    loyalty,
    storedValue,
    coupons: createMemoryCouponRegistry(options.coupons ?? [], options.clock),
  };
}
