import type { TillErrorPath } from "../../core/errors/till-error";
import { TillError } from "../../core/errors/till-error";
import { parseMoney } from "../../core/money/create-money";
import type { Money } from "../../core/money/money";
import { parseQuantity } from "../../core/quantity/quantity";

/**
 * Reads journalled Money (`{amount, currency}`) in the report currency.
 *
 * @internal
 */
export interface MoneyReader {
  readonly currency: string;
  (value: unknown, base: TillErrorPath, ...keys: (string | number)[]): Money;
  /** Reads a quantity text ("2", "-0.35") as millionths of the unit. */
  readonly quantity: (text: string, base: TillErrorPath, ...keys: (string | number)[]) => bigint;
}

/** Distinct amounts kept per projection; prices repeat, so a few thousand cover most journals. */
const CACHE_LIMIT = 65_536;

/**
 * Makes a reader of journalled Money in the report currency (and of line quantities). Money is immutable, so one instance per
 * distinct amount text is shared: a million lines at a few hundred prices parse a few hundred decimals.
 *
 * @param currency - the report currency
 * @returns the reader; it throws TillError CURRENCY_MISMATCH for another currency, INVALID_INPUT for a
 *   value that is not money, MONEY_PRECISION for excess decimals
 * @internal
 */
export function makeMoneyReader(currency: string): MoneyReader {
  const cache = new Map<string, Money>();
  // The error path is built only on failure (no closure per call): a million lines read eight amounts each.
  const read = (value: unknown, base: TillErrorPath, ...keys: (string | number)[]): Money => {
    if (typeof value !== "object" || value === null)
      throw new TillError("INVALID_INPUT", { path: [...base, ...keys], message: "Expected money" });
    const { amount, currency: found } = value as { amount?: unknown; currency?: unknown };
    if (typeof amount !== "string")
      throw new TillError("INVALID_INPUT", { path: [...base, ...keys], message: "Expected money" });
    if (found !== currency) {
      throw new TillError("CURRENCY_MISMATCH", {
        path: [...base, ...keys],
        message: `Journal amount in ${String(found)} cannot enter a ${currency} report`,
        details: { expected: currency, found: String(found) },
      });
    }
    const hit = cache.get(amount);
    if (hit !== undefined) return hit;
    const money = parseMoney(amount, currency, { path: [...base, ...keys] });
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(amount, money);
    return money;
  };
  const quantities = new Map<string, bigint>();
  const quantity = (text: string, base: TillErrorPath, ...keys: (string | number)[]): bigint => {
    const hit = quantities.get(text);
    if (hit !== undefined) return hit;
    const millionths = parseQuantity(text, "each", [...base, ...keys]).millionths;
    if (quantities.size >= CACHE_LIMIT) quantities.clear();
    quantities.set(text, millionths);
    return millionths;
  };
  return Object.assign(read, { currency, quantity });
}
