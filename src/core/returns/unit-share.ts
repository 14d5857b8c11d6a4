import { allocateMinor } from "../allocation/allocate-minor";
import { Money } from "../money/money";

/**
 * The part of a line amount that belongs to its first `units` of `soldUnits` (quantities in millionths),
 * by the allocation primitive: `amount × units / soldUnits`, rounded to the nearest minor unit.
 *
 * Refunds take differences of this cumulative share, so returning 1 then 2 of 3 units refunds exactly
 * what returning 3 at once would, and a full return refunds the whole amount: 1.00 of discount over 3
 * units refunds 0.33, then 0.34 + 0.33.
 *
 * @param amount - a line amount (gross, an adjustment, a tax)
 * @param soldUnits - the line quantity in millionths (positive)
 * @param units - how many of them, 0 ≤ units ≤ soldUnits
 * @returns the share
 * @internal
 */
export function cumulativeShare(amount: Money, soldUnits: bigint, units: bigint): Money {
  if (units === 0n) return new Money(0n, amount.currency);
  if (units === soldUnits) return amount;
  const [share = 0n] = allocateMinor(amount.minor, [units, soldUnits - units]);
  return new Money(share, amount.currency);
}

/**
 * The share of a line amount that belongs to the units numbered `from` (exclusive) to `to` (inclusive).
 *
 * @param amount - a line amount
 * @param soldUnits - the line quantity in millionths
 * @param from - units already returned before
 * @param to - units returned after this return
 * @returns the share of this return
 * @internal
 */
export function shareBetween(amount: Money, soldUnits: bigint, from: bigint, to: bigint): Money {
  const upper = cumulativeShare(amount, soldUnits, to);
  const lower = cumulativeShare(amount, soldUnits, from);
  return new Money(upper.minor - lower.minor, amount.currency);
}
