import { MICRO, type PerUnitOffer, type SolverUnit } from "./solver-types";

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
  const micro = units.map(() => 0n);
  const key = units.map(() => -1);
  units.forEach((unit, index) => {
    for (const offer of offers) {
      if (offer.isEligible[index] !== true) continue;
      const score = offerScore(offer, unit.valueMinor);
      if (score > (micro[index] as bigint)) {
        micro[index] = score;
        key[index] = offer.key;
      }
    }
  });
  return { micro, key };
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
