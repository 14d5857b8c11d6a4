import type { CommitPort } from "../core/commit/commit-port";
import type { JournalStore } from "../core/journal/journal-store";
import type { CustomerDirectoryPort } from "../core/ports/customer-directory-port";
import type { OutboxPort } from "../core/ports/outbox-port";
import type { SaleStorePort } from "../core/ports/sale-store-port";
import type { SessionStorePort } from "../core/ports/session-store-port";
import type { SnapshotStorePort } from "../core/ports/snapshot-store-port";
import type { StockPort } from "../core/ports/stock-port";
import type { CouponRegistry } from "../pricing/coupons/coupon-registry-port";
import type { LoyaltyLedger } from "../pricing/loyalty/loyalty-ledger-port";
import type { StoredValue } from "../pricing/stored-value/stored-value-port";

/**
 * The storage ports every store adapter provides, wired together: a commit's outbox records reach
 * `outbox`, its stock deltas reach `stock`, its loyalty entries and stored-value deltas reach `loyalty`
 * and `storedValue`. Code written against this type runs on the memory store and on the SQL store alike.
 *
 * @public
 */
export interface StoragePorts {
  /** Atomic completion of a sale: journal entries, sale rows, outbox, stock, ledgers. */
  readonly commit: CommitPort;
  /** Completed and suspended sales, by id and receipt number. */
  readonly saleStore: SaleStorePort;
  /** The append-only, hash-chained journal. */
  readonly journal: JournalStore;
  /** Versioned snapshots of the reference data the till prices with (catalog, rules). */
  readonly snapshots: SnapshotStorePort;
  /** Records waiting to be synced to the hub. */
  readonly outbox: OutboxPort;
  /** Stock levels and movements. */
  readonly stock: StockPort;
  /** Customers for loyalty and receipts. */
  readonly customers: CustomerDirectoryPort;
  /** Register sessions (cash shifts): when each opened and closed, and its summary. */
  readonly sessions: SessionStorePort;
  /** Loyalty points ledger. */
  readonly loyalty: LoyaltyLedger;
  /** Gift cards and store credit. */
  readonly storedValue: StoredValue;
  /** Coupon definitions and redemptions. */
  readonly coupons: CouponRegistry;
}
