/**
 * One whole unit of a line as the solver sees it. A line of 3 pieces is three units; a measured line
 * (0.35 kg) is one unit. Values are the unit's exact share of the line's current net.
 *
 * @internal
 */
export interface SolverUnit {
  /** Index of the unit's line in the caller's line list. */
  readonly line: number;
  readonly valueMinor: bigint;
}

/**
 * A deal that takes whole groups of units: buy X get Y, mix and match, a bundle, percent off the cheapest
 * unit, or a free item. `eligible` lists unit indexes by value descending, then index ascending.
 *
 * @internal
 */
export interface SolverDeal {
  /** The caller's key for the deal (its promotion's index). */
  readonly key: number;
  readonly kind: "buy_x_get_y" | "mix_and_match" | "bundle_price" | "cheapest_unit" | "free_item";
  readonly eligible: readonly number[];
  /** Bundle components, each a list of eligible units in the same order as `eligible`. */
  readonly components: readonly (readonly number[])[];
  readonly buy: number;
  readonly get: number;
  readonly fractionMillionths: bigint;
  readonly priceMinor: bigint;
  readonly maxApplications: number;
  readonly selection: "cheapest" | "grouped-descending";
}

/**
 * A deal that prices each unit on its own (percent off, fixed off each unit, fixed price). It competes with
 * the group deals for units, but units do not interact, so the best offer per unit is exact.
 *
 * @internal
 */
export interface PerUnitOffer {
  readonly key: number;
  readonly kind: "percent" | "fixed_each" | "fixed_price";
  /**
   * The unit indexes the offer may take, ascending. A list rather than a flag per unit: an offer usually
   * selects a few lines, and flags over every unit for every offer were the largest cost of a basket with
   * many offers.
   */
  readonly eligible: readonly number[];
  readonly fractionMillionths: bigint;
  readonly amountMinor: bigint;
}

/**
 * One unit's reward: `micro` is the discount in millionths of a minor unit, exact; it is rounded per line.
 *
 * @internal
 */
export interface UnitReward {
  readonly unit: number;
  readonly micro: bigint;
}

/**
 * What one deal does with a count of applications on the units still free.
 *
 * @internal
 */
export interface Selection {
  readonly scoreMicro: bigint;
  readonly consumed: readonly number[];
  readonly rewards: readonly UnitReward[];
}

/**
 * The solver's answer: how many times each group deal applies, which per-unit offer each remaining unit
 * takes, the exact total and how hard the search worked.
 *
 * @internal
 */
export interface SolverSolution {
  readonly scoreMicro: bigint;
  /** Applications per group deal, in deal order. */
  readonly counts: readonly number[];
  /** Rewards keyed by deal or offer key. */
  readonly rewardsByKey: ReadonlyMap<number, readonly UnitReward[]>;
  readonly nodes: number;
  /** False when the node budget stopped the search before it proved the answer optimal. */
  readonly isExhaustive: boolean;
}

/** Scores are in millionths of a minor unit so percentages stay exact until a line is rounded. */
export const MICRO = 1_000_000n;
