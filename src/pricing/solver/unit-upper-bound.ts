import { MICRO, type SolverDeal, type SolverUnit } from "./solver-types";

function ceilDiv(numerator: bigint, denominator: bigint): bigint {
  return numerator <= 0n ? 0n : (numerator + denominator - 1n) / denominator;
}

function dealBound(deal: SolverDeal, valueMinor: bigint): bigint {
  switch (deal.kind) {
    case "mix_and_match":
      // N units for price P: the group's discount is Σ(v − P/N), so no unit can bring more than v − P/N.
      return ceilDiv((valueMinor * BigInt(deal.buy) - deal.priceMinor) * MICRO, BigInt(deal.buy));
    case "bundle_price":
      return ceilDiv(
        (valueMinor * BigInt(deal.components.length) - deal.priceMinor) * MICRO,
        BigInt(deal.components.length),
      );
    case "buy_x_get_y":
      // Rewards are the cheapest units of what the deal consumes, so they are at most get/(buy+get) of
      // its value: a unit can bring no more than v × percent × get / (buy + get).
      return ceilDiv(valueMinor * deal.fractionMillionths * BigInt(deal.get), BigInt(deal.buy + deal.get));
    default:
      return valueMinor * deal.fractionMillionths;
  }
}

/**
 * Optimistic bounds per unit for each search depth: at depth d, the most any deal still to decide (from
 * d on) or any per-unit offer could take off the unit. Summed over the free units, it bounds what the
 * rest of a branch can add, so branches that cannot beat the best answer so far are cut.
 *
 * @param units - all units
 * @param dealsInSearchOrder - group deals in the order the search decides them
 * @param perUnitMicro - each unit's best per-unit offer
 * @returns bounds[depth][unit], in millionths of a minor unit
 * @internal
 */
export function suffixUpperBounds(
  units: readonly SolverUnit[],
  dealsInSearchOrder: readonly SolverDeal[],
  perUnitMicro: readonly bigint[],
): bigint[][] {
  const bounds: bigint[][] = new Array(dealsInSearchOrder.length + 1);
  let current = perUnitMicro.slice();
  bounds[dealsInSearchOrder.length] = current;
  for (let depth = dealsInSearchOrder.length - 1; depth >= 0; depth--) {
    current = current.slice();
    const deal = dealsInSearchOrder[depth] as SolverDeal;
    const eligible = new Set<number>(deal.eligible);
    for (const component of deal.components) for (const unit of component) eligible.add(unit);
    for (const unit of eligible) {
      const bound = dealBound(deal, (units[unit] as SolverUnit).valueMinor);
      if (bound > (current[unit] as bigint)) current[unit] = bound;
    }
    bounds[depth] = current;
  }
  return bounds;
}
