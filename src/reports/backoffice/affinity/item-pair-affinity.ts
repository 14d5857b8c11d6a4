import { z } from "zod";
import { parseWith } from "../../../core/errors/from-zod";
import { ratioOf, ratioText } from "../decimal-text";
import type { AffinityState } from "./affinity-state";

/**
 * How often two items sell together. `support` is the share of baskets holding both; `confidence` the
 * share of baskets with `item` that also hold `other`; `lift` is confidence over the share of baskets
 * with `other` (above 1: bought together more than chance). Four decimals, half-up.
 *
 * @public
 */
export interface ItemPairAffinity {
  readonly item: string;
  readonly other: string;
  /** Baskets holding both. */
  readonly count: number;
  readonly support: string;
  readonly confidence: string;
  readonly lift: string;
}

/**
 * zod schema of the options of {@link topPairs}: how many pairs, and the fewest baskets a pair needs
 * (rare pairs have a large but meaningless lift).
 *
 * @public
 */
export const topPairsOptionsSchema = /* @__PURE__ */ z.object({
  limit: z.number().int().min(1).max(1000).default(5),
  minimumCount: z.number().int().min(1).default(1),
});

/**
 * Options of {@link topPairs}, see {@link topPairsOptionsSchema}.
 *
 * @public
 */
export type TopPairsOptions = z.input<typeof topPairsOptionsSchema>;

/**
 * The affinity of `item` with `other`, or null when they never sold together.
 *
 * @param state - the accumulator
 * @param item - the item bought
 * @param other - the candidate add-on
 * @returns support, confidence and lift
 * @public
 */
export function pairAffinity(state: AffinityState, item: string, other: string): ItemPairAffinity | null {
  const count = state.pairs[item]?.[other] ?? 0;
  const itemCount = state.items[item] ?? 0;
  const otherCount = state.items[other] ?? 0;
  if (count === 0 || itemCount === 0 || otherCount === 0) return null;
  const [both, baskets] = [BigInt(count), BigInt(state.baskets)];
  return {
    item,
    other,
    count,
    support: ratioText(ratioOf(both, baskets), 4),
    confidence: ratioText(ratioOf(both, BigInt(itemCount)), 4),
    lift: ratioText(ratioOf(both * baskets, BigInt(itemCount) * BigInt(otherCount)), 4),
  };
}

/**
 * The add-ons that sell best with an item: pairs by lift (compared exactly, not on the rounded text),
 * then by count, then by SKU.
 *
 * @param state - the accumulator
 * @param item - the item in the basket
 * @param options - limit and minimum count
 * @returns up to `limit` pairs
 * @throws TillError INVALID_INPUT for bad options
 * @public
 */
export function topPairs(
  state: AffinityState,
  item: string,
  options: TopPairsOptions = {},
): ItemPairAffinity[] {
  const { limit, minimumCount } = parseWith(topPairsOptionsSchema, options, ["options"]);
  const row = state.pairs[item] ?? {};
  // Lift of (item, other) is count × N / (n_item × n_other); for one item only count / n_other varies.
  const candidates = Object.entries(row)
    .filter(([, count]) => count >= minimumCount)
    .sort(([a, countA], [b, countB]) => {
      const liftOrder =
        BigInt(countB) * BigInt(state.items[a] ?? 1) - BigInt(countA) * BigInt(state.items[b] ?? 1);
      if (liftOrder !== 0n) return liftOrder > 0n ? 1 : -1;
      return countB - countA || a.localeCompare(b);
    });
  return candidates
    .slice(0, limit)
    .map(([other]) => pairAffinity(state, item, other))
    .filter((pair): pair is ItemPairAffinity => pair !== null);
}
