import type Decimal from "decimal.js";
import { formatScaled, powerOfTen } from "../../core/numbers/scaled-decimal";
import { TillDecimal } from "../../core/numbers/till-decimal";

/**
 * Writes a derived ratio (a percentage, a lift) with a fixed number of decimals, half-up (away from
 * zero): 1.33335 at four places is "1.3334".
 *
 * @param value - the exact or high-precision ratio
 * @param places - decimals to keep
 * @returns plain decimal text with exactly `places` decimals
 * @internal
 */
export function ratioText(value: Decimal, places: number): string {
  const units = value
    .times(new TillDecimal(powerOfTen(places).toString()))
    .toDecimalPlaces(0, TillDecimal.ROUND_HALF_UP);
  return formatScaled(BigInt(units.toString()), places);
}

/**
 * The exact ratio of two integers as a TillDecimal (80 significant digits).
 *
 * @param numerator - the numerator
 * @param denominator - the denominator (not zero)
 * @returns numerator / denominator
 * @internal
 */
export function ratioOf(numerator: bigint, denominator: bigint): Decimal {
  return new TillDecimal(numerator.toString()).div(new TillDecimal(denominator.toString()));
}
