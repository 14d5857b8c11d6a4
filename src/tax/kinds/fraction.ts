import type { RatioRounder } from "../../core/rounding/divide-rounded";

/**
 * An exact amount of minor units as a ratio `n / d` (d > 0). Unrounded tax intermediates live here until a
 * rounding scope names the point where they are rounded.
 *
 * @internal
 */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

/** Zero minor units. @internal */
export const ZERO_FRACTION: Fraction = { n: 0n, d: 1n };

/**
 * a + b, exactly.
 *
 * @internal
 */
export function addFractions(a: Fraction, b: Fraction): Fraction {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

/**
 * a − b, exactly.
 *
 * @internal
 */
export function subtractFractions(a: Fraction, b: Fraction): Fraction {
  return a.d === b.d ? { n: a.n - b.n, d: a.d } : { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

/**
 * a × numerator / denominator, exactly (denominator > 0).
 *
 * @internal
 */
export function scaleFraction(a: Fraction, numerator: bigint, denominator: bigint): Fraction {
  // Whole amounts (d = 1) are the common case under per-line rounding: skip one bigint product.
  return { n: a.n * numerator, d: a.d === 1n ? denominator : a.d * denominator };
}

/**
 * Rounds an exact amount to a multiple of `stepMinor` minor units.
 *
 * @param value - the exact amount
 * @param stepMinor - the increment in minor units (1n for the minor unit itself)
 * @param rounder - the policy's rounding mode
 * @returns the rounded amount in minor units
 * @internal
 */
export function roundFraction(value: Fraction, stepMinor: bigint, rounder: RatioRounder): bigint {
  return stepMinor === 1n ? rounder(value.n, value.d) : rounder(value.n, value.d * stepMinor) * stepMinor;
}
