import { currencyExponent } from "../../../core/currency/get-currency";
import { TillError } from "../../../core/errors/till-error";
import { formatScaled, normalizeScaled, parseDecimal } from "../../../core/numbers";
import { parseRate } from "../../../core/rate/rate";

/**
 * An amount as SAF-T writes it: the magnitude at two decimals (Amount2decimals) with a separate debit or
 * credit flag where the element has one.
 *
 * @param minor - signed minor units
 * @param currency - ISO code (exponent 0 to 2; SAF-T amounts have two decimals)
 * @returns decimal text of the magnitude, e.g. "27.10"
 * @internal
 */
export function saftAmount(minor: bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const magnitude = minor < 0n ? -minor : minor;
  return formatScaled(magnitude * 10n ** BigInt(2 - exponent), 2);
}

/**
 * A signed amount at two decimals ("-0.02"), for elements without a debit/credit flag (rounding, payment).
 *
 * @param minor - signed minor units
 * @param currency - ISO code
 * @returns decimal text
 * @internal
 */
export function saftSignedAmount(minor: bigint, currency: string): string {
  const text = saftAmount(minor, currency);
  return minor < 0n ? `-${text}` : text;
}

/**
 * "C" for a credit (sales direction), "D" for a debit (a return).
 *
 * @param minor - signed amount in the sales direction
 * @returns the Debitcredittype flag
 * @internal
 */
export function creditFlag(minor: bigint): "C" | "D" {
  return minor < 0n ? "D" : "C";
}

/**
 * A rate as SAF-T's vatPerc (Decimal8: percent with at most three decimals, written with at least two).
 *
 * @param rate - fraction text ("0.25")
 * @returns percent text ("25.00")
 * @throws TillError INVALID_RATE when the percent needs more than three decimals
 * @internal
 */
export function saftPercent(rate: string): string {
  const percentText = parseRate(rate).toPercentString();
  const value = normalizeScaled(parseDecimal(percentText));
  if (value.scale > 3)
    throw new TillError("INVALID_RATE", { message: `SAF-T takes at most 3 decimals: ${percentText}%` });
  const scale = Math.max(2, value.scale);
  return formatScaled(value.units * 10n ** BigInt(scale - value.scale), scale);
}
