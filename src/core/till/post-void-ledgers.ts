import type { CommitRecord } from "../commit/commit-port";
import { negate } from "../money/negate";
import type { LoyaltyLedgerEntry } from "../ports/loyalty-ledger-port";
import { Quantity } from "../quantity/quantity";

type LedgerParts = Pick<CommitRecord, "stockDeltas" | "loyaltyEntries" | "storedValueEntries">;

const MIRROR_KIND: Partial<Record<LoyaltyLedgerEntry["kind"], LoyaltyLedgerEntry["kind"]>> = {
  earn: "reverse",
  redeem: "restore",
};

function mirroredLoyalty(entry: LoyaltyLedgerEntry, at: string): LoyaltyLedgerEntry {
  const { expiresAt: _expiresAt, ...rest } = entry;
  return {
    ...rest,
    entryId: `${entry.entryId}:post-void`,
    kind: MIRROR_KIND[entry.kind] ?? "adjust",
    points: -entry.points,
    at,
  };
}

/**
 * The ledger parts of a post-void: the exact mirror of what the completion booked, so the goods go back
 * on the shelf, earned points are reversed, redeemed points restored and gift-card redemptions credited
 * back. Entry ids derive from the originals, so a retried post-void books nothing twice.
 *
 * @param completion - the completion's commit record
 * @param at - when the post-void happens
 * @returns the stock, loyalty and stored-value parts of the post-void's commit
 * @internal
 */
export function postVoidLedgers(completion: LedgerParts, at: string): LedgerParts {
  return {
    stockDeltas: completion.stockDeltas.map((delta) => ({
      ...delta,
      delta: new Quantity(-delta.delta.millionths, delta.delta.unit),
    })),
    loyaltyEntries: completion.loyaltyEntries.map((entry) => mirroredLoyalty(entry, at)),
    storedValueEntries: completion.storedValueEntries.map((entry) => ({
      ...entry,
      delta: negate(entry.delta),
    })),
  };
}
