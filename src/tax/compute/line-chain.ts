import type { Fraction } from "../kinds/fraction";
import type { PlannedStep } from "../plan/tax-plan";

/**
 * Where a rounding scope rounds a tax as the chain computes it: to the increment (line and unit scopes), or
 * not at all (document scope, which rounds per tax over the document afterwards).
 *
 * @internal
 */
export type TaxRounder = (value: Fraction) => Fraction;

/**
 * The amount a chain runs on: a line, or one unit of it (unit scope).
 *
 * @internal
 */
export interface ChainInput {
  readonly steps: readonly PlannedStep[];
  /** The shelf amount of the line or unit (after store discounts), exact. */
  readonly gross: Fraction;
  /** The quantity fixed taxes multiply, in millionths. */
  readonly quantityMicros: bigint;
  readonly priceSign: bigint;
}

/**
 * The exact (or scope-rounded) outcome of a chain: the net, and each step's base and amount.
 *
 * @internal
 */
export interface ChainResult {
  readonly net: Fraction;
  readonly amounts: Fraction[];
  readonly bases: Fraction[];
}
