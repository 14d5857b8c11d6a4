import type { TillErrorPath } from "../../core/errors/till-error";
import { parseDecimal } from "../../core/numbers/parse-decimal";
import { formatScaled, normalizeScaled, powerOfTen } from "../../core/numbers/scaled-decimal";
import type { CompiledRate } from "./tax-rules";

/**
 * Turns percent text into an exact rate: "9.975" becomes 9975 / 100000.
 *
 * @param text - the rate in percent, as validated decimal text
 * @param path - where the rate sits in the input
 * @returns the compiled rate
 * @throws TillError INVALID_DECIMAL
 * @internal
 */
export function compileRate(text: string, path: TillErrorPath): CompiledRate {
  const parsed = parseDecimal(text, path);
  const fraction = normalizeScaled({ units: parsed.units, scale: parsed.scale + 2 });
  return {
    units: fraction.units,
    scale: fraction.scale,
    divisor: powerOfTen(fraction.scale),
    percent: percentText(fraction.units, fraction.scale),
  };
}

/**
 * A fraction of one written as percent text: units 9975 at scale 5 is "9.975".
 *
 * @param units - the fraction times 10^scale
 * @param scale - its scale
 * @returns shortest percent text
 * @internal
 */
export function percentText(units: bigint, scale: number): string {
  if (scale < 2) return formatScaled(units * powerOfTen(2 - scale), 0);
  const asPercent = normalizeScaled({ units, scale: scale - 2 });
  return formatScaled(asPercent.units, asPercent.scale);
}

/**
 * Rates brought to one scale, for sums of rates (the divisor of adjacent price-included taxes, a combined
 * group rate).
 *
 * @param rates - the rates
 * @returns units at the common scale, and that scale's divisor
 * @internal
 */
export function ratesAtCommonScale(rates: readonly CompiledRate[]): {
  units: bigint[];
  divisor: bigint;
  scale: number;
} {
  let scale = 0;
  for (const rate of rates) if (rate.scale > scale) scale = rate.scale;
  const units = rates.map((rate) => rate.units * powerOfTen(scale - rate.scale));
  return { units, divisor: powerOfTen(scale), scale };
}
