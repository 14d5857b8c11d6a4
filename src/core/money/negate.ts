import { Money } from "./money";

/**
 * The amount with its sign flipped: what a refund of it is.
 *
 * @param amount - any amount
 * @returns −amount
 * @public
 */
export function negate(amount: Money): Money {
  return new Money(-amount.minor, amount.currency);
}

/**
 * The magnitude of an amount.
 *
 * @param amount - any amount
 * @returns |amount|
 * @public
 */
export function abs(amount: Money): Money {
  return amount.minor < 0n ? new Money(-amount.minor, amount.currency) : amount;
}
