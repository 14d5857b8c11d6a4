import { runSearch, searchOrder } from "./branch-and-bound";
import { bestPerUnit } from "./per-unit-best";
import { selectApplication } from "./select-application";
import type { PerUnitOffer, SolverDeal, SolverSolution, SolverUnit, UnitReward } from "./solver-types";

/**
 * Options of the solver.
 *
 * @internal
 */
export interface SolverOptions {
  /**
   * Search nodes before the best answer found so far is returned (default 2 000: about 2.5–3 ms of CPU for
   * 99 units and 15 group deals on the benchmark machine, where the exhaustive search needs about 5 900).
   */
  readonly maxNodes?: number;
  /** The baseline: each deal in priority order, as often as it fits, no search. */
  readonly isGreedy?: boolean;
}

/**
 * Finds the customer's best combination of competing item deals. Depth-first branch and bound over how
 * many times each group deal applies (most first), deals ordered by value per consumed unit (ties by
 * priority order); a per-unit optimistic bound over the deals still to decide cuts branches that cannot
 * win; (depth, free units) states are memoised; a node budget bounds the work. Units left free take their
 * best per-unit offer. The greedy answer in priority order seeds the search and is replaced only by a
 * strictly better one, so ties keep the priority order and the result is never below the greedy one.
 *
 * @param units - whole units with their values
 * @param deals - group deals in priority order
 * @param offers - per-unit offers in priority order
 * @param options - node budget, or greedy mode for the baseline
 * @returns counts per deal (priority order) and every unit's reward
 * @internal
 */
export function solveBestDeal(
  units: readonly SolverUnit[],
  deals: readonly SolverDeal[],
  offers: readonly PerUnitOffer[],
  options: SolverOptions = {},
): SolverSolution {
  const perUnit = bestPerUnit(units, offers);
  if (deals.length === 0) return withoutDeals(units, perUnit, options);
  const priorityOrder = searchOrder(deals, units, true);
  // The greedy answer in priority order is the seed: the search replaces it only when strictly better,
  // so it is never beaten by the baseline and ties keep the priority order.
  const greedy = runSearch(units, deals, priorityOrder, perUnit.micro, { maxNodes: 1, isGreedy: true });
  if (options.isGreedy === true)
    return finish(units, deals, priorityOrder, perUnit, greedy.counts, greedy.nodes, false);
  const maxNodes = options.maxNodes ?? 2_000;
  let best: { order: readonly number[]; outcome: typeof greedy } = { order: priorityOrder, outcome: greedy };
  let nodes = greedy.nodes;
  let isExhaustive = true;
  for (const order of decisionOrders(searchOrder(deals, units, false))) {
    const budget = maxNodes - (nodes - greedy.nodes);
    if (budget <= 0) {
      isExhaustive = false;
      break;
    }
    const searched = runSearch(
      units,
      deals,
      order,
      perUnit.micro,
      { maxNodes: budget, isGreedy: false },
      best.outcome,
    );
    nodes += searched.nodes;
    if (searched.nodes >= budget) isExhaustive = false;
    if (searched.bestCounts !== best.outcome.counts) best = { order, outcome: searched };
  }
  return finish(units, deals, best.order, perUnit, best.outcome.counts, nodes, isExhaustive);
}

/**
 * The answer when no deal competes (per-unit offers only, as when a promotion is tried alone): each unit
 * takes its best offer. The search below would visit its greedy seed (one node) and, when the node budget
 * allows, one search node that cannot beat it; the report counts those nodes the same way without building
 * the search.
 */
function withoutDeals(
  units: readonly SolverUnit[],
  perUnit: { readonly micro: readonly bigint[]; readonly key: readonly number[] },
  options: SolverOptions,
): SolverSolution {
  const maxNodes = options.maxNodes ?? 2_000;
  const isSearched = options.isGreedy !== true && !(maxNodes <= 0);
  const isExhaustive = isSearched && !(maxNodes <= 1);
  return finish(units, [], [], perUnit, [], isSearched ? 2 : 1, isExhaustive);
}

/**
 * Up to six competing group deals every decision order is searched (720 at most), densest first, while the
 * node budget lasts, so with an ample budget the answer is exact over orders and counts (checked against
 * brute force in the tests; with four deals only, a five-deal basket of 0.02 + 3 × 0.01 + 0.01 was missed
 * by 0.005). Beyond six, the density order only; `isExhaustive` is false whenever the budget cut in.
 */
const MAX_PERMUTED_DEALS = 6;

/**
 * The decision orders to search, best first. A deal's units depend on what earlier deals took, so the
 * order matters: with buy 2 get 1 and buy 3 get 2 on ten units, taking the 3+2 group first can free a
 * cent more than the other way round. Small deal sets try every order while the node budget lasts.
 */
function decisionOrders(first: readonly number[]): (readonly number[])[] {
  if (first.length > MAX_PERMUTED_DEALS) return [first];
  const orders: number[][] = [];
  const permute = (prefix: number[], rest: readonly number[]): void => {
    if (rest.length === 0) orders.push(prefix);
    rest.forEach((deal, index) => {
      permute([...prefix, deal], [...rest.slice(0, index), ...rest.slice(index + 1)]);
    });
  };
  permute([], first);
  return orders;
}

function finish(
  units: readonly SolverUnit[],
  deals: readonly SolverDeal[],
  order: readonly number[],
  perUnit: { readonly micro: readonly bigint[]; readonly key: readonly number[] },
  counts: readonly number[],
  nodes: number,
  isExhaustive: boolean,
): SolverSolution {
  return { ...rebuild(units, deals, order, perUnit, counts), counts, nodes, isExhaustive };
}

function rebuild(
  units: readonly SolverUnit[],
  deals: readonly SolverDeal[],
  order: readonly number[],
  perUnit: { readonly micro: readonly bigint[]; readonly key: readonly number[] },
  counts: readonly number[],
): { scoreMicro: bigint; rewardsByKey: Map<number, UnitReward[]> } {
  const used = new Uint8Array(units.length);
  const rewardsByKey = new Map<number, UnitReward[]>();
  let scoreMicro = 0n;
  // Appends in place: copying the list on every push made per-unit offers quadratic in the units.
  const push = (key: number, rewards: readonly UnitReward[]): void => {
    const list = rewardsByKey.get(key);
    if (list === undefined) rewardsByKey.set(key, rewards.slice());
    else for (const reward of rewards) list.push(reward);
  };
  for (const index of order) {
    const deal = deals[index] as SolverDeal;
    const k = counts[index] ?? 0;
    const selection = k === 0 ? undefined : selectApplication(deal, units, k, used);
    if (selection === undefined) continue;
    for (const unit of selection.consumed) used[unit] = 1;
    scoreMicro += selection.scoreMicro;
    push(deal.key, selection.rewards);
  }
  // Free units take their best offer. Their rewards are gathered per key in a list indexed by the key (a
  // map lookup per unit was most of this loop), then added in the order the keys first appear, as
  // appending unit by unit did.
  const freeByKey: UnitReward[][] = [];
  const keys: number[] = [];
  for (let unit = 0; unit < units.length; unit++) {
    const key = perUnit.key[unit] as number;
    if (used[unit] === 1 || key < 0) continue;
    const reward = { unit, micro: perUnit.micro[unit] as bigint };
    scoreMicro += reward.micro;
    const list = freeByKey[key];
    if (list !== undefined) list.push(reward);
    else {
      freeByKey[key] = [reward];
      keys.push(key);
    }
  }
  for (const key of keys) {
    const list = freeByKey[key] as UnitReward[];
    const dealRewards = rewardsByKey.get(key);
    // The list is this call's own: it is kept as it is, not copied.
    if (dealRewards === undefined) rewardsByKey.set(key, list);
    else for (const reward of list) dealRewards.push(reward);
  }
  return { scoreMicro, rewardsByKey };
}
