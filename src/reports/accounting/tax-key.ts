import type { TillErrorPath } from "../../core/errors/till-error";
import { parseDecimal } from "../../core/numbers/parse-decimal";
import { formatScaled, normalizeScaled } from "../../core/numbers/scaled-decimal";

/**
 * The key of a tax posting: jurisdiction and rate with the rate written at its smallest exact scale, so
 * "0.070" in a document and "0.07" in the mapping meet ("DE@0.07").
 *
 * @param jurisdiction - tax jurisdiction code
 * @param rate - the rate as a decimal fraction
 * @param path - where the rate sits, for INVALID_DECIMAL
 * @returns the tax key
 * @throws TillError INVALID_DECIMAL
 * @public
 */
export function taxKey(jurisdiction: string, rate: string, path: TillErrorPath = []): string {
  const normalized = normalizeScaled(parseDecimal(rate, path));
  return `${jurisdiction}@${formatScaled(normalized.units, normalized.scale)}`;
}
