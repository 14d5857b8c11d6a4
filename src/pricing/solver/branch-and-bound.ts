import { type DealPlan, planDeal } from "./plan-deal";
import { MICRO, type SolverDeal, type SolverUnit } from "./solver-types";
import { suffixUpperBounds } from "./unit-upper-bound";

interface Search {
  readonly units: readonly SolverUnit[];
  readonly deals: readonly SolverDeal[];
  readonly order: readonly number[];
  /** Optimistic bounds in whole minor units (rounded up), as safe integers: they only steer pruning. */
  readonly bounds: readonly (readonly number[])[];
  readonly perUnit: readonly bigint[];
  readonly bits: readonly bigint[];
  readonly used: Uint8Array;
  readonly counts: number[];
  readonly memo: Map<bigint, bigint>[];
  readonly maxNodes: number;
  readonly isGreedy: boolean;
  /** sums[d]: Σ bounds[d] over the free units, kept current as units are taken and given back. */
  readonly sums: number[];
  mask: bigint;
  nodes: number;
  bestScore: bigint;
  bestCounts: number[] | undefined;
}

function freePerUnit(search: Search): bigint {
  let total = 0n;
  for (let unit = 0; unit < search.perUnit.length; unit++) {
    const value = search.perUnit[unit] as bigint;
    if (value !== 0n && search.used[unit] === 0) total += value;
  }
  return total;
}

/** Takes (value 1) or gives back (0) the first `count` units of a plan; only deeper depths' sums change. */
function setUnits(search: Search, plan: DealPlan, count: number, value: 0 | 1, depth: number): void {
  const { sums, bounds } = search;
  for (let index = 0; index < count; index++) {
    const unit = plan.order[index] as number;
    search.used[unit] = value;
    search.mask ^= search.bits[unit] as bigint;
    for (let level = depth + 1; level < sums.length; level++) {
      const bound = (bounds[level] as number[])[unit] as number;
      sums[level] = value === 1 ? (sums[level] as number) - bound : (sums[level] as number) + bound;
    }
  }
}

function isStopped(search: Search): boolean {
  return search.bestCounts !== undefined && (search.isGreedy || search.nodes >= search.maxNodes);
}

function visit(search: Search, depth: number, score: bigint): void {
  search.nodes += 1;
  if (depth === search.order.length) {
    const leaf = score + freePerUnit(search);
    // Strictly better only: the first answer in search order keeps a tie.
    if (search.bestCounts === undefined || leaf > search.bestScore) {
      search.bestScore = leaf;
      search.bestCounts = search.counts.slice();
    }
    return;
  }
  if (
    search.bestCounts !== undefined &&
    score + BigInt(search.sums[depth] as number) * MICRO <= search.bestScore
  )
    return;
  const memo = search.memo[depth] as Map<bigint, bigint>;
  const seen = memo.get(search.mask);
  if (seen !== undefined && seen >= score) return;
  memo.set(search.mask, score);
  const dealIndex = search.order[depth] as number;
  const plan = planDeal(search.deals[dealIndex] as SolverDeal, search.units, search.used);
  for (let k = plan.consumed.length - 1; k >= 0; k--) {
    if (isStopped(search)) break;
    const count = plan.consumed[k] as number;
    setUnits(search, plan, count, 1, depth);
    search.counts[dealIndex] = k;
    visit(search, depth + 1, score + (plan.score[k] as bigint));
    setUnits(search, plan, count, 0, depth);
  }
  search.counts[dealIndex] = 0;
}

/**
 * The order deals are decided in. Greedy: priority order. Search: deals worth more per unit they consume
 * first (ties in priority order), so the first answers are already strong.
 *
 * @internal
 */
/** Deals worth more per unit they consume are searched first, so the first answer is already strong. */
export function searchOrder(
  deals: readonly SolverDeal[],
  units: readonly SolverUnit[],
  isGreedy: boolean,
): number[] {
  const indexes = deals.map((_, index) => index);
  if (isGreedy) return indexes;
  const empty = new Uint8Array(units.length);
  const density = deals.map((deal) => {
    const plan = planDeal(deal, units, empty);
    const last = plan.consumed.length - 1;
    const consumed = BigInt(plan.consumed[last] ?? 0);
    return consumed === 0n ? 0n : (plan.score[last] as bigint) / consumed;
  });
  return indexes.sort((a, b) => {
    const da = density[a] as bigint;
    const db = density[b] as bigint;
    return da === db ? a - b : da > db ? -1 : 1;
  });
}

/**
 * What one search found: the best score and counts (the seed's, when nothing beat it) and its node count.
 *
 * @internal
 */
export interface SearchOutcome {
  readonly score: bigint;
  readonly counts: number[];
  readonly bestCounts: number[] | undefined;
  readonly nodes: number;
}

/**
 * Depth-first branch and bound over how many times each deal applies, in `order`: most applications
 * first; a branch is cut when its score plus the optimistic bound of the free units cannot beat the best
 * answer; (depth, free units) states are memoised; the search stops at `maxNodes` once it has an answer.
 * In greedy mode it stops at the first answer (each deal as often as it fits).
 *
 * @internal
 */
export function runSearch(
  units: readonly SolverUnit[],
  deals: readonly SolverDeal[],
  order: readonly number[],
  perUnitMicro: readonly bigint[],
  limits: { readonly maxNodes: number; readonly isGreedy: boolean },
  seed?: SearchOutcome,
): SearchOutcome {
  const bounds = suffixUpperBounds(
    units,
    order.map((index) => deals[index] as SolverDeal),
    perUnitMicro,
  ).map((level) => level.map((micro) => Number((micro + MICRO - 1n) / MICRO)));
  const search: Search = {
    units,
    deals,
    order,
    bounds,
    sums: bounds.map((level) => level.reduce((total, bound) => total + bound, 0)),
    perUnit: perUnitMicro,
    bits: units.map((_, index) => 1n << BigInt(index)),
    used: new Uint8Array(units.length),
    counts: deals.map(() => 0),
    memo: order.map(() => new Map()),
    maxNodes: limits.maxNodes,
    isGreedy: limits.isGreedy,
    mask: 0n,
    nodes: 0,
    bestScore: seed?.score ?? 0n,
    bestCounts: seed?.counts,
  };
  visit(search, 0, 0n);
  const counts = search.bestCounts ?? deals.map(() => 0);
  return { score: search.bestScore, counts, bestCounts: search.bestCounts, nodes: search.nodes };
}
