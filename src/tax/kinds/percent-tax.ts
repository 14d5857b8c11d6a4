import { ratesAtCommonScale } from "../rules/compile-rate";
import type { CompiledRate } from "../rules/tax-rules";
import { type Fraction, scaleFraction } from "./fraction";

/**
 * A price-excluded percent tax: base × rate, exact.
 *
 * @param base - the exact base
 * @param rate - the rate
 * @returns the exact amount (100.00 at 9.975% is 9.975)
 * @internal
 */
export function percentTaxAmount(base: Fraction, rate: CompiledRate): Fraction {
  return scaleFraction(base, rate.units, rate.divisor);
}

/**
 * The share of each of several adjacent price-included percent taxes in an amount that contains all of
 * them: amount × rateᵢ / (1 + Σ rates). Extracting them together, with the rate sum in the divisor, is what
 * makes 100.00 with 10% + 10% included give 8.33 + 8.33 (100 × 0.1 / 1.2 = 8.333…) and not 9.09 + 8.26.
 *
 * @param gross - the amount containing the taxes and their common base
 * @param rates - the rates of the taxes extracted together
 * @returns one exact share per rate
 * @internal
 */
export function includedPercentShares(gross: Fraction, rates: readonly CompiledRate[]): Fraction[] {
  if (rates.length === 1) {
    const rate = rates[0] as CompiledRate;
    return [scaleFraction(gross, rate.units, rate.divisor + rate.units)];
  }
  const common = ratesAtCommonScale(rates);
  let rateSum = 0n;
  for (const units of common.units) rateSum += units;
  return common.units.map((units) => scaleFraction(gross, units, common.divisor + rateSum));
}
