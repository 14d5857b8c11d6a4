import type { JournalEntry, JournalHead } from "../journal/journal-entry";
import type { Money } from "../money/money";
import type { PricedSale } from "../pipeline/priced-sale";
import type { LoyaltyLedgerEntry } from "../ports/loyalty-ledger-port";
import type { Quantity } from "../quantity/quantity";
import type { Sale } from "../sale/sale";

/**
 * A sync outbox record: one journal entry to push to the hub, keyed by its event id.
 *
 * @public
 */
export interface OutboxRecord {
  readonly eventId: string;
  readonly registerId: string;
  readonly entry: JournalEntry;
}

/**
 * A stock movement of one SKU (negative: goods left the store).
 *
 * @public
 */
export interface StockDelta {
  readonly sku: string;
  readonly delta: Quantity;
  readonly saleId: string;
  readonly lineId: string;
}

/**
 * A loyalty ledger entry a commit books (earn, redeem, reverse, restore): the loyalty-ledger port's entry.
 *
 * @public
 */
export type LoyaltyLedgerDelta = LoyaltyLedgerEntry;

/**
 * A signed change of a gift-card or store-credit account (negative: redeemed).
 *
 * @public
 */
export interface StoredValueDelta {
  readonly accountId: string;
  readonly tenderId: string;
  readonly delta: Money;
}

/**
 * A coupon code redeemed by a completed sale.
 *
 * @public
 */
export interface CouponRedemptionRecord {
  readonly code: string;
  readonly saleId: string;
}

/**
 * Everything one fact writes, as one unit: the sale and its pricing, its journal entries (already
 * chained on `expectedJournalHead`), the outbox, and the ledger deltas. `commitId` is the idempotency key
 * (the sale's event id, e.g. `sale:<saleId>`).
 *
 * @public
 */
export interface CommitRecord {
  readonly commitId: string;
  readonly registerId: string;
  readonly sale?: Sale;
  readonly priced?: PricedSale;
  readonly journalEntries: readonly JournalEntry[];
  /** The journal head the entries continue; a store whose head moved refuses the write. */
  readonly expectedJournalHead: JournalHead;
  readonly outbox: readonly OutboxRecord[];
  readonly stockDeltas: readonly StockDelta[];
  readonly loyaltyEntries: readonly LoyaltyLedgerDelta[];
  readonly storedValueEntries: readonly StoredValueDelta[];
  readonly couponRedemptions: readonly CouponRedemptionRecord[];
}

/**
 * The atomic completion port (host-implemented; `createMemoryCommitStore` for tests and demos). A
 * `commit` writes every part of the record or nothing. It is idempotent on `commitId`: the same record
 * again returns the stored one; the same id with other journal facts is refused.
 *
 * @public
 */
export interface CommitPort {
  /**
   * Writes the record atomically.
   *
   * @returns the stored record (the earlier one for a repeated commit id)
   * @throws TillError IDEMPOTENCY_CONFLICT (same id, different facts), JOURNAL_CONFLICT (head moved)
   */
  commit(record: CommitRecord): Promise<CommitRecord>;
  /** The stored record with this id, if any. */
  find(commitId: string): Promise<CommitRecord | undefined>;
}
