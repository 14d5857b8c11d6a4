import { MICRO, type PerUnitOffer, type SolverUnit, type UnitReward } from "./solver-types";

/**
 * For each unit, the best per-unit offer (exact, in millionths of a minor unit) and which offer gives it.
 * Ties go to the earlier offer, i.e. the higher priority. A unit no offer serves scores zero and key -1.
 *
 * @param units - all units
 * @param offers - per-unit offers in priority order
 * @returns best score and offer key per unit
 * @internal
 */
export function bestPerUnit(
  units: readonly SolverUnit[],
  offers: readonly PerUnitOffer[],
): { readonly micro: bigint[]; readonly key: number[] } {
  const micro = new Array<bigint>(units.length).fill(0n);
  const key = new Array<number>(units.length).fill(-1);
  // Offer by offer over its own units: the work follows the eligible units instead of units × offers. Each
  // unit still sees the offers in priority order and changes hands only on a strictly larger score, so
  // ties keep going to the earlier offer.
  for (const offer of offers) {
    for (const index of offer.eligible) {
      const score = offerScore(offer, (units[index] as SolverUnit).valueMinor);
      if (score > (micro[index] as bigint)) {
        micro[index] = score;
        key[index] = offer.key;
      }
    }
  }
  return { micro, key };
}

/**
 * The rewards of one per-unit offer taken alone: every eligible unit it takes something off, in unit
 * order. The same rewards as solving with that offer alone and no deal, without the search's arrays over
 * every unit (a promotion that lost the best deal is priced alone for its explanation, once per loser).
 *
 * @param units - all units
 * @param offer - the offer
 * @returns the unit rewards, empty when the offer gives nothing
 * @internal
 */
export function offerAloneRewards(units: readonly SolverUnit[], offer: PerUnitOffer): UnitReward[] {
  const rewards: UnitReward[] = [];
  for (const unit of offer.eligible) {
    const micro = offerScore(offer, (units[unit] as SolverUnit).valueMinor);
    if (micro > 0n) rewards.push({ unit, micro });
  }
  return rewards;
}

function offerScore(offer: PerUnitOffer, valueMinor: bigint): bigint {
  switch (offer.kind) {
    case "percent":
      return valueMinor * offer.fractionMillionths;
    case "fixed_each":
      // A fixed amount off each unit is capped at the unit's price: never below zero.
      return (offer.amountMinor < valueMinor ? offer.amountMinor : valueMinor) * MICRO;
    case "fixed_price":
      return valueMinor > offer.amountMinor ? (valueMinor - offer.amountMinor) * MICRO : 0n;
  }
}
