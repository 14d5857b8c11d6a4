import { TillError } from "../errors/till-error";
import type { Money } from "./money";

/**
 * Throws unless both amounts share a currency: the guard of every binary money operation.
 *
 * @param a - first amount
 * @param b - second amount
 * @throws TillError CURRENCY_MISMATCH
 * @internal
 */
export function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new TillError("CURRENCY_MISMATCH", {
      message: `Cannot combine ${a.currency} with ${b.currency}`,
      details: { left: a.currency, right: b.currency },
    });
  }
}
