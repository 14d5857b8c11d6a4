import { assertSameCurrency } from "./assert-same-currency";
import { Money } from "./money";

/**
 * Subtracts one amount from another of the same currency.
 *
 * @param minuend - amount to subtract from
 * @param subtrahend - amount to subtract
 * @returns the exact difference
 * @throws TillError CURRENCY_MISMATCH
 * @public
 */
export function subtract(minuend: Money, subtrahend: Money): Money {
  assertSameCurrency(minuend, subtrahend);
  return new Money(minuend.minor - subtrahend.minor, minuend.currency);
}
