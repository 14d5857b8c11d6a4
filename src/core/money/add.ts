import { assertSameCurrency } from "./assert-same-currency";
import { Money } from "./money";

/**
 * Adds two amounts of the same currency.
 *
 * @param augend - first amount
 * @param addend - amount to add
 * @returns the exact sum
 * @throws TillError CURRENCY_MISMATCH
 * @public
 */
export function add(augend: Money, addend: Money): Money {
  assertSameCurrency(augend, addend);
  return new Money(augend.minor + addend.minor, augend.currency);
}
