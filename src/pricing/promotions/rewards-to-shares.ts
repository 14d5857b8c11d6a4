import { divideRounded } from "../../core/rounding/divide-rounded";
import type { RoundingMode } from "../../core/rounding/rounding-mode";
import { MICRO, type SolverUnit, type UnitReward } from "../solver/solver-types";

/**
 * Sums a deal's unit rewards per line and rounds once per line (10% off three units at 3.35 on one line is
 * 1.005 → 1.01; on three lines it is 0.34 + 0.34 + 0.34 = 1.02), never above the line's net.
 *
 * @param rewards - the deal's unit rewards, exact
 * @param units - all units
 * @param netsMinor - each line's current net (the cap)
 * @param mode - rounding mode
 * @returns the share per line, in minor units
 * @internal
 */
export function rewardsToShares(
  rewards: readonly UnitReward[],
  units: readonly SolverUnit[],
  netsMinor: readonly bigint[],
  mode: RoundingMode,
): bigint[] {
  const micro = netsMinor.map(() => 0n);
  for (const reward of rewards) {
    const line = (units[reward.unit] as SolverUnit).line;
    micro[line] = (micro[line] as bigint) + reward.micro;
  }
  return micro.map((value, line) => {
    if (value === 0n) return 0n;
    const rounded = divideRounded(value, MICRO, mode);
    const net = netsMinor[line] as bigint;
    if (rounded > net) return net;
    return rounded;
  });
}

/**
 * The rounded total a set of rewards gives, per line then summed.
 *
 * @param rewardsByKey - rewards per deal
 * @param units - all units
 * @param netsMinor - line nets
 * @param mode - rounding mode
 * @returns the total in minor units
 * @internal
 */
export function roundedTotal(
  rewardsByKey: ReadonlyMap<number, readonly UnitReward[]>,
  units: readonly SolverUnit[],
  netsMinor: readonly bigint[],
  mode: RoundingMode,
): bigint {
  let total = 0n;
  for (const rewards of rewardsByKey.values())
    for (const share of rewardsToShares(rewards, units, netsMinor, mode)) total += share;
  return total;
}
