import type { LoyaltyLedgerEntry } from "./loyalty-ledger-entry";

/**
 * The loyalty ledger the host keeps: append-only signed entries per customer. `append` is atomic for the
 * whole batch and idempotent by `entryId` (a retried commit never books twice).
 *
 * @public
 */
export interface LoyaltyLedger {
  /**
   * Books entries atomically.
   *
   * @param entries - entries to book
   * @returns the customer balances after booking
   * @throws TillError IDEMPOTENCY_CONFLICT when an entry id was used with different content;
   *   INSUFFICIENT_BALANCE when the program forbids a negative balance
   */
  append(entries: readonly LoyaltyLedgerEntry[]): Promise<ReadonlyMap<string, number>>;
  /** The customer's balance (Σ points). */
  balance(customerId: string): Promise<number>;
  /** The customer's entries in booking order. */
  entries(customerId: string): Promise<readonly LoyaltyLedgerEntry[]>;
}
