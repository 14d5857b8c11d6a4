import { TillError } from "../errors/till-error";
import { assertSameCurrency } from "./assert-same-currency";
import { zeroMoney } from "./create-money";
import { Money } from "./money";

/**
 * Sums a list of amounts of one currency. The currency argument makes an empty list well defined.
 *
 * @param amounts - amounts to add
 * @param currency - the expected currency (required when the list may be empty)
 * @returns the exact total
 * @throws TillError CURRENCY_MISMATCH; INVALID_INPUT for an empty list without a currency
 * @public
 */
export function sum(amounts: readonly Money[], currency?: string): Money {
  const [first] = amounts;
  if (first === undefined) {
    if (currency === undefined)
      throw new TillError("INVALID_INPUT", { message: "Cannot sum an empty list without a currency" });
    return zeroMoney(currency);
  }
  const reference = currency === undefined ? first : new Money(0n, currency);
  let total = 0n;
  for (const amount of amounts) {
    assertSameCurrency(reference, amount);
    total += amount.minor;
  }
  return new Money(total, reference.currency);
}

/**
 * The smallest of one or more amounts of one currency.
 *
 * @param first - an amount
 * @param rest - more amounts
 * @returns the minimum
 * @throws TillError CURRENCY_MISMATCH
 * @public
 */
export function min(first: Money, ...rest: readonly Money[]): Money {
  let least = first;
  for (const amount of rest) {
    assertSameCurrency(least, amount);
    if (amount.minor < least.minor) least = amount;
  }
  return least;
}

/**
 * The largest of one or more amounts of one currency.
 *
 * @param first - an amount
 * @param rest - more amounts
 * @returns the maximum
 * @throws TillError CURRENCY_MISMATCH
 * @public
 */
export function max(first: Money, ...rest: readonly Money[]): Money {
  let most = first;
  for (const amount of rest) {
    assertSameCurrency(most, amount);
    if (amount.minor > most.minor) most = amount;
  }
  return most;
}
