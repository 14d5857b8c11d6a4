import { MICRO, type SolverDeal, type SolverUnit } from "./solver-types";

/**
 * A deal's options on the units still free: applying it k times consumes the first `consumed[k]` units of
 * `order` and scores `score[k]` (millionths of a minor unit). Every deal kind is a prefix in this sense,
 * which lets a search node try every k after one pass over the deal's units.
 *
 * @internal
 */
export interface DealPlan {
  readonly order: readonly number[];
  readonly consumed: readonly number[];
  readonly score: readonly bigint[];
}

function freeOf(list: readonly number[], used: Uint8Array): number[] {
  const out: number[] = [];
  for (const unit of list) if (used[unit] === 0) out.push(unit);
  return out;
}

/** k applications consume k × size units of `order`; the k-th rewards `rewardOf(k)` (a range of order). */
function percentPrefix(
  units: readonly SolverUnit[],
  deal: SolverDeal,
  order: readonly number[],
  size: number,
  rewardRange: (k: number) => [number, number],
): DealPlan {
  const limit = Math.min(deal.maxApplications, Math.floor(order.length / size));
  const consumed = [0];
  const score = [0n];
  let total = 0n;
  for (let k = 1; k <= limit; k++) {
    const [from, to] = rewardRange(k);
    let value = 0n;
    for (let index = from; index < to; index++)
      value += (units[order[index] as number] as SolverUnit).valueMinor;
    total += value * deal.fractionMillionths;
    consumed.push(k * size);
    score.push(total);
  }
  return { order, consumed, score };
}

function groupPlan(units: readonly SolverUnit[], deal: SolverDeal, used: Uint8Array): DealPlan {
  // Units picked here are marked in `used` while planning and unmarked before returning.
  const taken = used;
  const order: number[] = [];
  const picked: number[] = [];
  const plan = planGroups(units, deal, taken, order, picked);
  for (const unit of picked) taken[unit] = 0;
  return plan;
}

function planGroups(
  units: readonly SolverUnit[],
  deal: SolverDeal,
  taken: Uint8Array,
  order: number[],
  picked: number[],
): DealPlan {
  const consumed = [0];
  const score = [0n];
  for (let k = 1; k <= deal.maxApplications; k++) {
    const group: number[] = [];
    const lists = deal.kind === "bundle_price" ? deal.components : [deal.eligible];
    const picks = deal.kind === "bundle_price" ? 1 : deal.buy;
    for (const list of lists) {
      let count = 0;
      for (const unit of list) {
        if (count === picks) break;
        if (taken[unit] !== 0) continue;
        taken[unit] = 1;
        picked.push(unit);
        group.push(unit);
        count += 1;
      }
      if (count < picks) return { order, consumed, score };
    }
    let sum = 0n;
    for (const unit of group) sum += (units[unit] as SolverUnit).valueMinor;
    // Groups are taken most expensive first, so once one is not worth its price none after it is.
    if (sum <= deal.priceMinor) return { order, consumed, score };
    order.push(...group);
    consumed.push(order.length);
    score.push((score[k - 1] as bigint) + (sum - deal.priceMinor) * MICRO);
  }
  return { order, consumed, score };
}

/**
 * Plans a deal on the free units, following the deal's rule: buy X get Y rewards the cheapest units of
 * the basket (or the last Y of each most-expensive-first group); mix and match and bundles take the most
 * expensive free units; percent off the cheapest unit takes the cheapest; a free item takes its SKU.
 *
 * @param deal - the deal
 * @param units - all units
 * @param used - 1 for units already taken
 * @returns the plan, k = 0 included
 * @internal
 */
export function planDeal(deal: SolverDeal, units: readonly SolverUnit[], used: Uint8Array): DealPlan {
  switch (deal.kind) {
    case "buy_x_get_y": {
      const size = deal.buy + deal.get;
      const descending = freeOf(deal.eligible, used);
      if (deal.selection === "cheapest") {
        const ascending = descending.reverse();
        return percentPrefix(units, deal, ascending, size, (k) => [(k - 1) * deal.get, k * deal.get]);
      }
      return percentPrefix(units, deal, descending, size, (k) => [(k - 1) * size + deal.buy, k * size]);
    }
    case "mix_and_match":
    case "bundle_price":
      return groupPlan(units, deal, used);
    case "cheapest_unit": {
      const ascending = freeOf(deal.eligible, used).reverse();
      return percentPrefix(units, deal, ascending, 1, (k) => [k - 1, k]);
    }
    case "free_item": {
      const descending = freeOf(deal.eligible, used);
      return percentPrefix(units, deal, descending, 1, (k) => [k - 1, k]);
    }
  }
}
