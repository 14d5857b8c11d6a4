import { allocateMinor } from "../../core/allocation/allocate-minor";
import { MICRO, type Selection, type SolverDeal, type SolverUnit, type UnitReward } from "./solver-types";

function free(list: readonly number[], used: Uint8Array): number[] {
  return list.filter((unit) => used[unit] === 0);
}

function unitValue(units: readonly SolverUnit[], unit: number): bigint {
  return (units[unit] as SolverUnit).valueMinor;
}

function percentRewards(
  units: readonly SolverUnit[],
  rewarded: readonly number[],
  fraction: bigint,
): UnitReward[] {
  return rewarded.map((unit) => ({ unit, micro: unitValue(units, unit) * fraction }));
}

function total(rewards: readonly UnitReward[]): bigint {
  let sum = 0n;
  for (const reward of rewards) sum += reward.micro;
  return sum;
}

/** A group bought for a fixed price: the discount is split over its units by value (largest remainder). */
function groupRewards(
  units: readonly SolverUnit[],
  group: readonly number[],
  priceMinor: bigint,
): UnitReward[] | undefined {
  const values = group.map((unit) => unitValue(units, unit));
  let sum = 0n;
  for (const value of values) sum += value;
  const discount = sum - priceMinor;
  if (discount <= 0n) return undefined;
  const shares = allocateMinor(discount, values);
  return group.map((unit, index) => ({ unit, micro: (shares[index] as bigint) * MICRO }));
}

function selectBuyXGetY(
  deal: SolverDeal,
  units: readonly SolverUnit[],
  k: number,
  used: Uint8Array,
): Selection | undefined {
  const size = deal.buy + deal.get;
  const open = free(deal.eligible, used);
  if (k * size > open.length) return undefined;
  let rewarded: number[];
  let consumed: number[];
  if (deal.selection === "cheapest") {
    // The cheapest k·Y units of the whole basket are rewarded; the next cheapest k·X qualify them.
    const ascending = open.slice().reverse();
    rewarded = ascending.slice(0, k * deal.get);
    consumed = ascending.slice(0, k * size);
  } else {
    // Grouped descending: most expensive first in groups of X+Y; the last Y of each group are rewarded.
    consumed = open.slice(0, k * size);
    rewarded = consumed.filter((_, index) => index % size >= deal.buy);
  }
  const rewards = percentRewards(units, rewarded, deal.fractionMillionths);
  return { scoreMicro: total(rewards), consumed, rewards };
}

function selectGroups(
  deal: SolverDeal,
  units: readonly SolverUnit[],
  k: number,
  used: Uint8Array,
): Selection | undefined {
  const consumed: number[] = [];
  const rewards: UnitReward[] = [];
  const taken = used.slice();
  for (let application = 0; application < k; application++) {
    const group = deal.kind === "bundle_price" ? pickBundle(deal, taken) : pickMix(deal, taken);
    if (group === undefined) return undefined;
    const groupReward = groupRewards(units, group, deal.priceMinor);
    if (groupReward === undefined) return undefined;
    for (const unit of group) taken[unit] = 1;
    consumed.push(...group);
    rewards.push(...groupReward);
  }
  return { scoreMicro: total(rewards), consumed, rewards };
}

function pickMix(deal: SolverDeal, taken: Uint8Array): number[] | undefined {
  const group = free(deal.eligible, taken).slice(0, deal.buy);
  return group.length === deal.buy ? group : undefined;
}

function pickBundle(deal: SolverDeal, taken: Uint8Array): number[] | undefined {
  const group: number[] = [];
  const local = taken.slice();
  for (const component of deal.components) {
    const unit = component.find((candidate) => local[candidate] === 0);
    if (unit === undefined) return undefined;
    local[unit] = 1;
    group.push(unit);
  }
  return group;
}

/**
 * The units and rewards of `k` applications of a group deal on the units not yet used, chosen the way the
 * deal's rule says (cheapest rewarded for buy X get Y, most expensive grouped for mix and match and
 * bundles).
 *
 * @param deal - the deal
 * @param units - all units
 * @param k - applications, 1 or more
 * @param used - 1 for units already taken by another deal
 * @returns the selection, or undefined when k applications do not fit or one would give nothing
 * @internal
 */
export function selectApplication(
  deal: SolverDeal,
  units: readonly SolverUnit[],
  k: number,
  used: Uint8Array,
): Selection | undefined {
  if (k > deal.maxApplications) return undefined;
  switch (deal.kind) {
    case "buy_x_get_y":
      return selectBuyXGetY(deal, units, k, used);
    case "mix_and_match":
    case "bundle_price":
      return selectGroups(deal, units, k, used);
    case "cheapest_unit":
    case "free_item": {
      const open = free(deal.eligible, used);
      if (k > open.length) return undefined;
      const rewarded = deal.kind === "cheapest_unit" ? open.slice().reverse().slice(0, k) : open.slice(0, k);
      const rewards = percentRewards(units, rewarded, deal.fractionMillionths);
      return { scoreMicro: total(rewards), consumed: rewarded, rewards };
    }
  }
}

/**
 * The most applications of a deal that could fit on the free units (an upper limit; some counts may still
 * give nothing and are skipped).
 *
 * @param deal - the deal
 * @param used - 1 for units already taken
 * @returns the count
 * @internal
 */
export function maxApplications(deal: SolverDeal, used: Uint8Array): number {
  const open = free(deal.eligible, used).length;
  const perApplication =
    deal.kind === "buy_x_get_y"
      ? deal.buy + deal.get
      : deal.kind === "mix_and_match"
        ? deal.buy
        : deal.kind === "bundle_price"
          ? deal.components.length
          : 1;
  return Math.min(deal.maxApplications, Math.floor(open / perApplication));
}
