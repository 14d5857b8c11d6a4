import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { divideRounded } from "../../../src/core/rounding/divide-rounded";
import type { RoundingMode } from "../../../src/core/rounding/rounding-mode";
import {
  rewardsToShares,
  roundedShares,
  roundedTotal,
} from "../../../src/pricing/promotions/rewards-to-shares";
import { bestPerUnit, offerAloneRewards } from "../../../src/pricing/solver/per-unit-best";
import { solveBestDeal } from "../../../src/pricing/solver/solve-best-deal";
import {
  MICRO,
  type PerUnitOffer,
  type SolverUnit,
  type UnitReward,
} from "../../../src/pricing/solver/solver-types";

/** Units over up to six lines (a line's units consecutive, as the solver's input builds them). */
const unitsArbitrary = fc
  .array(fc.record({ count: fc.integer({ min: 1, max: 3 }), minor: fc.integer({ min: 0, max: 500 }) }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((lines) =>
    lines.flatMap((entry, line): SolverUnit[] =>
      Array.from({ length: entry.count }, () => ({ line, valueMinor: BigInt(entry.minor) })),
    ),
  );

function offersArbitrary(unitCount: number) {
  return fc.array(
    fc.record({
      kind: fc.constantFrom("percent" as const, "fixed_each" as const, "fixed_price" as const),
      flags: fc.array(fc.boolean(), { minLength: unitCount, maxLength: unitCount }),
      percent: fc.integer({ min: 0, max: 100 }),
      amountMinor: fc.integer({ min: 0, max: 600 }),
    }),
    { minLength: 1, maxLength: 5 },
  );
}

const basketArbitrary = unitsArbitrary.chain((units) =>
  offersArbitrary(units.length).map((rows) => ({
    units,
    offers: rows.map(
      (row, key): PerUnitOffer => ({
        key,
        kind: row.kind,
        eligible: row.flags.flatMap((flag, unit) => (flag ? [unit] : [])),
        fractionMillionths: BigInt(row.percent) * 10_000n,
        amountMinor: BigInt(row.amountMinor),
      }),
    ),
  })),
);

const modes: RoundingMode[] = ["half-up", "half-even", "down", "ceiling"];

function referenceScore(offer: PerUnitOffer, value: bigint): bigint {
  if (offer.kind === "percent") return value * offer.fractionMillionths;
  if (offer.kind === "fixed_each") return (offer.amountMinor < value ? offer.amountMinor : value) * MICRO;
  return value > offer.amountMinor ? (value - offer.amountMinor) * MICRO : 0n;
}

/** The plain definition: every unit, every offer in priority order, strictly better wins. */
function referenceBest(units: readonly SolverUnit[], offers: readonly PerUnitOffer[]) {
  const micro = units.map(() => 0n);
  const key = units.map(() => -1);
  units.forEach((unit, index) => {
    for (const offer of offers) {
      if (!offer.eligible.includes(index)) continue;
      const score = referenceScore(offer, unit.valueMinor);
      if (score > (micro[index] as bigint)) {
        micro[index] = score;
        key[index] = offer.key;
      }
    }
  });
  return { micro, key };
}

/** The plain definition of per-line shares: sum per line, round each non-zero sum, cap at the net. */
function referenceShares(
  rewards: readonly UnitReward[],
  units: readonly SolverUnit[],
  nets: readonly bigint[],
  mode: RoundingMode,
): bigint[] {
  const sums = nets.map(() => 0n);
  for (const reward of rewards) {
    const line = (units[reward.unit] as SolverUnit).line;
    sums[line] = (sums[line] as bigint) + reward.micro;
  }
  return sums.map((sum, line) => {
    if (sum === 0n) return 0n;
    const rounded = divideRounded(sum, MICRO, mode);
    const net = nets[line] as bigint;
    if (rounded > net) return net;
    return rounded;
  });
}

function netsOf(units: readonly SolverUnit[]): bigint[] {
  const nets: bigint[] = [];
  for (const unit of units) nets[unit.line] = (nets[unit.line] ?? 0n) + unit.valueMinor;
  return nets;
}

describe("per-unit offers", () => {
  it("property: the best offer per unit is the unit-by-unit definition, ties to the earlier offer", () => {
    fc.assert(
      fc.property(basketArbitrary, ({ units, offers }) => {
        expect(bestPerUnit(units, offers)).toEqual(referenceBest(units, offers));
      }),
      { numRuns: 300 },
    );
  });

  it("property: an offer alone gives the rewards the solver gives it with no other offer and no deal", () => {
    fc.assert(
      fc.property(basketArbitrary, ({ units, offers }) => {
        for (const offer of offers) {
          const solved = solveBestDeal(units, [], [offer]);
          expect(offerAloneRewards(units, offer)).toEqual(solved.rewardsByKey.get(offer.key) ?? []);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("property: rounded shares and their total follow the per-line definition", () => {
    fc.assert(
      fc.property(basketArbitrary, fc.constantFrom(...modes), ({ units, offers }, mode) => {
        const nets = netsOf(units);
        const solved = solveBestDeal(units, [], offers);
        const { sharesByKey, totalMinor } = roundedShares(solved.rewardsByKey, units, nets, mode);
        let expectedTotal = 0n;
        for (const [key, rewards] of solved.rewardsByKey) {
          const expected = referenceShares(rewards, units, nets, mode);
          expect(sharesByKey.get(key)).toEqual(expected);
          expect(rewardsToShares(rewards, units, nets, mode)).toEqual(expected);
          for (const share of expected) expectedTotal += share;
        }
        expect(totalMinor).toBe(expectedTotal);
        expect(roundedTotal(solved.rewardsByKey, units, nets, mode)).toBe(expectedTotal);
      }),
      { numRuns: 300 },
    );
  });

  it("property: the rounded total is the per-line definition's, whatever order the rewards come in", () => {
    fc.assert(
      fc.property(
        basketArbitrary,
        fc.constantFrom(...modes),
        fc.array(fc.nat(), { maxLength: 20 }),
        ({ units, offers }, mode, swaps) => {
          const nets = netsOf(units);
          const rewards = [...solveBestDeal(units, [], offers).rewardsByKey.values()].flat();
          // Rewards of deals come in the order the deal takes units, not always line by line.
          for (const [index, swap] of rewards.length === 0 ? [] : swaps.entries()) {
            const a = index % rewards.length;
            const b = swap % rewards.length;
            [rewards[a], rewards[b]] = [rewards[b] as UnitReward, rewards[a] as UnitReward];
          }
          const expected = referenceShares(rewards, units, nets, mode).reduce(
            (total, share) => total + share,
            0n,
          );
          expect(roundedTotal(new Map([[0, rewards]]), units, nets, mode)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
