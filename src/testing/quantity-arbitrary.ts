import fc from "fast-check";
import { pieces, Quantity } from "../core/quantity/quantity";
import type { UnitOfMeasure } from "../core/quantity/unit-of-measure";

/**
 * Knobs of {@link quantityArbitrary}.
 *
 * @public
 */
export interface QuantityConstraints {
  /** "each" gives whole pieces; any other unit gives weighed or measured amounts. Default: "each". */
  readonly unit?: UnitOfMeasure;
  /** The largest quantity in whole units. Default: 20. */
  readonly max?: number;
  /** Decimals of a measured quantity (a retail scale reads 3 for kg). Default: 3; ignored for "each". */
  readonly decimals?: number;
}

/**
 * Positive sale quantities: whole pieces for "each", measured amounts with a fixed number of decimals
 * otherwise (0.005 kg to `max` kg at 3 decimals).
 *
 * @param constraints - see {@link QuantityConstraints}
 * @returns an arbitrary of Quantity, never zero
 * @example
 * ```ts
 * fc.assert(fc.property(quantityArbitrary({ unit: "kg" }), (weight) => weight.millionths > 0n));
 * ```
 * @public
 */
export function quantityArbitrary(constraints: QuantityConstraints = {}): fc.Arbitrary<Quantity> {
  const unit = constraints.unit ?? "each";
  const max = BigInt(constraints.max ?? 20);
  if (unit === "each") return fc.bigInt({ min: 1n, max }).map((count) => pieces(count));
  const decimals = BigInt(Math.min(Math.max(constraints.decimals ?? 3, 0), 6));
  const step = 10n ** (6n - decimals);
  const steps = (max * 1_000_000n) / step;
  return fc.bigInt({ min: 1n, max: steps }).map((count) => new Quantity(count * step, unit));
}
