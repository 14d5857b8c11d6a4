import { z } from "zod";

/**
 * The kinds of points movement, each with its sign: earn +, redeem −, reverse − (points earned on goods
 * returned), restore + (points redeemed on goods returned), expire −, adjust ±.
 *
 * @public
 */
export const LOYALTY_ENTRY_KINDS = ["earn", "redeem", "reverse", "restore", "expire", "adjust"] as const;

/**
 * zod schema for one signed entry of the points ledger. Points are whole numbers.
 *
 * @public
 */
export const loyaltyLedgerEntrySchema = /* @__PURE__ */ z
  .strictObject({
    entryId: z.string().min(1),
    customerId: z.string().min(1),
    programId: z.string().min(1),
    kind: z.enum(LOYALTY_ENTRY_KINDS),
    points: z.number().int().refine(Number.isSafeInteger),
    at: z.iso.datetime({ offset: true }),
    saleId: z.string().optional(),
    /** For earn entries: when these points expire. */
    expiresAt: z.iso.datetime({ offset: true }).optional(),
    note: z.string().optional(),
  })
  .refine(
    (entry) =>
      entry.kind === "adjust" ||
      (["earn", "restore"].includes(entry.kind) ? entry.points >= 0 : entry.points <= 0),
    {
      message: "The sign of the points does not match the entry kind",
      path: ["points"],
    },
  );

/**
 * One ledger entry.
 *
 * @public
 */
export type LoyaltyLedgerEntry = z.output<typeof loyaltyLedgerEntrySchema>;

/**
 * The balance a ledger sums to.
 *
 * @param entries - the customer's entries
 * @returns Σ points
 * @public
 */
export function balanceOf(entries: readonly Pick<LoyaltyLedgerEntry, "points">[]): number {
  let balance = 0;
  for (const entry of entries) balance += entry.points;
  return balance;
}

/**
 * The loyalty ledger the host keeps: append-only signed entries per customer. `append` is atomic for the
 * whole batch and idempotent by `entryId` (a retried commit never books twice). The till writes a sale's
 * entries (earn, redeem, and on returns reverse and restore) in its commit record; a host's commit port
 * books them here in the same unit of work.
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

/**
 * The loyalty ledger port (the same interface as {@link LoyaltyLedger}, named like the other ports).
 *
 * @public
 */
export type LoyaltyLedgerPort = LoyaltyLedger;
