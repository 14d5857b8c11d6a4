import { currencyExponent } from "../currency/get-currency";
import { TillError, type TillErrorPath } from "../errors/till-error";
import { Money } from "../money/money";
import { parseDecimal } from "../numbers/parse-decimal";
import { powerOfTen } from "../numbers/scaled-decimal";
import { divideRounded } from "../rounding/divide-rounded";
import type { ExchangeRateTable } from "./tender-policy";

/**
 * Values foreign cash in the home currency at the table's rate, rounded once with the table's mode:
 * `home minor = foreign minor × rate × 10^(home exponent − foreign exponent)`.
 *
 * @param foreign - the notes handed over
 * @param home - the home currency
 * @param table - the rate table
 * @param path - where the foreign amount sits in the caller's input
 * @returns the home value and the rate used
 * @throws TillError UNKNOWN_CURRENCY when the table has no rate for the currency
 * @example
 * ```ts
 * // USD 50.00 at 0.9200 EUR per USD → EUR 46.00
 * ```
 * @public
 */
export function convertForeignCash(
  foreign: Money,
  home: string,
  table: ExchangeRateTable,
  path: TillErrorPath = [],
): { amount: Money; rate: string } {
  const row = table.rates.find((candidate) => candidate.currency === foreign.currency);
  if (row === undefined || foreign.currency === home) {
    throw new TillError("UNKNOWN_CURRENCY", {
      message: `No exchange rate for ${foreign.currency} in table ${table.id}`,
      path: [...path, "currency"],
      details: { currency: foreign.currency, table: table.id },
    });
  }
  const rate = parseDecimal(row.rate);
  const homeExponent = currencyExponent(home);
  const foreignExponent = currencyExponent(foreign.currency);
  const numerator = foreign.minor * rate.units * powerOfTen(homeExponent);
  const denominator = powerOfTen(rate.scale + foreignExponent);
  return { amount: new Money(divideRounded(numerator, denominator, table.rounding), home), rate: row.rate };
}
