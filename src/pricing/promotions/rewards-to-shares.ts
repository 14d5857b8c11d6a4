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
  return lineShares(rewards, units, netsMinor, mode).shares;
}

/**
 * {@link rewardsToShares} and the shares' total. Only the lines the rewards touch are rounded and summed:
 * a deal usually touches a few lines of a large basket, and walking every line for every deal was most of
 * this function's cost. A line no reward has reached yet holds no value (not 0n), which marks the lines
 * touched without a flag array and starts each sum at its first reward; the others become 0n at the end.
 */
function lineShares(
  rewards: readonly UnitReward[],
  units: readonly SolverUnit[],
  netsMinor: readonly bigint[],
  mode: RoundingMode,
): { readonly shares: bigint[]; readonly totalMinor: bigint } {
  const count = netsMinor.length;
  const shares = new Array<bigint | undefined>(count);
  const touched: number[] = [];
  for (const reward of rewards) {
    const line = (units[reward.unit] as SolverUnit).line;
    const sum = shares[line];
    if (sum === undefined) {
      shares[line] = reward.micro;
      touched.push(line);
    } else shares[line] = sum + reward.micro;
  }
  let totalMinor = 0n;
  // Rounded in place: each touched line's sum becomes its share.
  for (const line of touched) {
    const value = shares[line] as bigint;
    if (value === 0n) continue;
    const rounded = divideRounded(value, MICRO, mode);
    const net = netsMinor[line] as bigint;
    // Capped at the line's net (bigint: no Math.min).
    if (rounded > net) shares[line] = net;
    else shares[line] = rounded;
    totalMinor += shares[line] as bigint;
  }
  for (let line = 0; line < count; line++) if (shares[line] === undefined) shares[line] = 0n;
  return { shares: shares as bigint[], totalMinor };
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
  let totalMinor = 0n;
  for (const rewards of rewardsByKey.values()) totalMinor += lineTotal(rewards, units, netsMinor, mode);
  return totalMinor;
}

/** A line's rounded share: its exact sum rounded once, never above the line's net. */
function roundedShare(sumMicro: bigint, netMinor: bigint, mode: RoundingMode): bigint {
  if (sumMicro === 0n) return 0n;
  const rounded = divideRounded(sumMicro, MICRO, mode);
  if (rounded > netMinor) return netMinor;
  return rounded;
}

/**
 * The total of {@link lineShares} without the shares. Rewards in unit order (a per-unit offer's) reach
 * each line in one run, so each line's sum is rounded as its run ends, with no array over every line; a
 * promotion priced alone for its explanation needs only this total, and the array per loser was a tenth
 * of the phase with fifty promotions. Rewards in any other order take the general path.
 */
function lineTotal(
  rewards: readonly UnitReward[],
  units: readonly SolverUnit[],
  netsMinor: readonly bigint[],
  mode: RoundingMode,
): bigint {
  let totalMinor = 0n;
  let line = -1;
  let sumMicro = 0n;
  for (const reward of rewards) {
    const next = (units[reward.unit] as SolverUnit).line;
    if (next < line) return lineShares(rewards, units, netsMinor, mode).totalMinor;
    if (next !== line) {
      if (line >= 0) totalMinor += roundedShare(sumMicro, netsMinor[line] as bigint, mode);
      line = next;
      sumMicro = 0n;
    }
    sumMicro += reward.micro;
  }
  if (line >= 0) totalMinor += roundedShare(sumMicro, netsMinor[line] as bigint, mode);
  return totalMinor;
}

/**
 * The rounded per-line shares of each deal's rewards ({@link rewardsToShares} per key) and their total,
 * so the chosen solution's shares are computed once, for both its total and its effects.
 *
 * @param rewardsByKey - rewards per deal
 * @param units - all units
 * @param netsMinor - line nets
 * @param mode - rounding mode
 * @returns the shares per key and the total in minor units
 * @internal
 */
export function roundedShares(
  rewardsByKey: ReadonlyMap<number, readonly UnitReward[]>,
  units: readonly SolverUnit[],
  netsMinor: readonly bigint[],
  mode: RoundingMode,
): { readonly sharesByKey: ReadonlyMap<number, bigint[]>; readonly totalMinor: bigint } {
  const sharesByKey = new Map<number, bigint[]>();
  let totalMinor = 0n;
  for (const [key, rewards] of rewardsByKey) {
    const lines = lineShares(rewards, units, netsMinor, mode);
    sharesByKey.set(key, lines.shares);
    totalMinor += lines.totalMinor;
  }
  return { sharesByKey, totalMinor };
}
