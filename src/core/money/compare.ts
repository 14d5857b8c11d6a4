import { assertSameCurrency } from "./assert-same-currency";
import type { Money } from "./money";

/**
 * Orders two amounts of the same currency.
 *
 * @param a - first amount
 * @param b - second amount
 * @returns −1, 0 or 1
 * @throws TillError CURRENCY_MISMATCH
 * @public
 */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  return a.minor === b.minor ? 0 : a.minor < b.minor ? -1 : 1;
}

/**
 * True when both amounts have the same currency and value.
 *
 * @param a - first amount
 * @param b - second amount
 * @returns equality (different currencies are simply unequal)
 * @public
 */
export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.minor === b.minor;
}

/**
 * @param amount - any amount
 * @returns true when the amount is zero
 * @public
 */
export function isZero(amount: Money): boolean {
  return amount.minor === 0n;
}

/**
 * @param amount - any amount
 * @returns true when the amount is below zero
 * @public
 */
export function isNegative(amount: Money): boolean {
  return amount.minor < 0n;
}

/**
 * @param amount - any amount
 * @returns true when the amount is above zero
 * @public
 */
export function isPositive(amount: Money): boolean {
  return amount.minor > 0n;
}
