import type { CompiledRate } from "../rules/tax-rules";
import { type Fraction, scaleFraction } from "./fraction";

/**
 * A price-excluded division tax ("included in the gross", Brazil's "por dentro"): the rate is of the total
 * including the tax itself, so amount = base × r / (1 − r). 100.00 at 18% gives 21.951…, and 21.95 is 18% of
 * 121.95.
 *
 * @param base - the exact base
 * @param rate - the rate, below 100%
 * @returns the exact amount
 * @internal
 */
export function divisionTaxAmount(base: Fraction, rate: CompiledRate): Fraction {
  return scaleFraction(base, rate.units, rate.divisor - rate.units);
}

/**
 * A price-included division tax: simply the rate of the gross, since the gross already holds the tax.
 *
 * @param gross - the shelf amount
 * @param rate - the rate
 * @returns the exact amount (121.95 at 18% is 21.951)
 * @internal
 */
export function includedDivisionTaxAmount(gross: Fraction, rate: CompiledRate): Fraction {
  return scaleFraction(gross, rate.units, rate.divisor);
}
