import { Money } from "../money/money";
import type { SaleLine } from "../sale/sale-line";

/**
 * The value of points to restore for a return: on return lines, the refunded share of every `points`
 * ledger entry is negative (that part was paid in points, not money), so its magnitude, per redemption
 * id, is what the loyalty ledger gives back. Loyalty converts the value back to points at the rate of
 * the original redemption.
 *
 * @param lines - the lines of a return (other lines are ignored)
 * @returns the value to restore per redemption id, positive
 * @public
 */
export function redeemedPointsToRestore(lines: readonly SaleLine[]): Record<string, Money> {
  const restore: Record<string, Money> = {};
  for (const line of lines) {
    if (line.voided !== undefined || line.priceSource.kind !== "return") continue;
    for (const entry of line.locked?.adjustments ?? []) {
      if (entry.source.kind !== "points") continue;
      const previous = restore[entry.source.id]?.minor ?? 0n;
      restore[entry.source.id] = new Money(previous - entry.amount.minor, entry.amount.currency);
    }
  }
  return restore;
}
