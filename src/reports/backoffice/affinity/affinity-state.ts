import { Immer } from "immer";
import { z } from "zod";
import { parseWith } from "../../../core/errors/from-zod";
import { TillError } from "../../../core/errors/till-error";

// A private instance: the host's immer settings are never read or changed.
const immer = /* @__PURE__ */ new Immer({ autoFreeze: true });

const countSchema = /* @__PURE__ */ z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/**
 * zod schema of the affinity accumulator, for a host that stores it and loads it back: the number of
 * baskets, baskets per item, and baskets per item pair (kept under both items, so the counts are the
 * same either way). Counts are whole numbers; a zero count is absent.
 *
 * @public
 */
export const affinityStateSchema = /* @__PURE__ */ z.object({
  baskets: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  items: z.record(z.string().min(1), countSchema),
  pairs: z.record(z.string().min(1), z.record(z.string().min(1), countSchema)),
});

/**
 * The affinity accumulator, see {@link affinityStateSchema}. Plain, immutable and JSON-serialisable.
 *
 * @public
 */
export type AffinityState = z.infer<typeof affinityStateSchema>;

/**
 * zod schema of a basket: the SKUs bought together (quantities do not matter; a SKU twice counts once).
 *
 * @public
 */
export const basketSchema = /* @__PURE__ */ z.array(z.string().min(1)).min(1);

/**
 * The empty accumulator.
 *
 * @returns no baskets, no items, no pairs
 * @public
 */
export function createAffinity(): AffinityState {
  return { baskets: 0, items: {}, pairs: {} };
}

/**
 * The distinct SKUs of a basket, sorted.
 *
 * @internal
 */
export function distinctItems(basket: readonly string[]): string[] {
  return [...new Set(basket)].sort();
}

function changed(state: AffinityState, items: readonly string[], delta: 1 | -1): AffinityState {
  return immer.produce(state, (draft) => {
    draft.baskets += delta;
    for (const item of items) {
      const count = (draft.items[item] ?? 0) + delta;
      if (count === 0) delete draft.items[item];
      else draft.items[item] = count;
      for (const other of items) {
        if (other === item) continue;
        const row = draft.pairs[item] ?? {};
        const pair = (row[other] ?? 0) + delta;
        if (pair === 0) delete row[other];
        else row[other] = pair;
        if (Object.keys(row).length === 0) delete draft.pairs[item];
        else draft.pairs[item] = row;
      }
    }
  });
}

/**
 * Counts one basket in: its items and every pair of its items. Costs O(k²) for k distinct items,
 * whatever the number of baskets already counted.
 *
 * @param state - the accumulator
 * @param basket - SKUs bought together
 * @returns the new accumulator (the old one is unchanged)
 * @throws TillError INVALID_INPUT for an empty basket or an empty SKU
 * @public
 */
export function addBasket(state: AffinityState, basket: readonly string[]): AffinityState {
  return changed(state, distinctItems(parseWith(basketSchema, basket, ["basket"])), 1);
}

/**
 * Counts one basket out, for a full return or a post-void: the exact inverse of {@link addBasket}.
 *
 * @param state - the accumulator
 * @param basket - SKUs of a basket counted in before
 * @returns the new accumulator
 * @throws TillError INVALID_INPUT for a basket that was never counted in (a count would go below zero);
 *   the accumulator is left as it was
 * @public
 */
export function removeBasket(state: AffinityState, basket: readonly string[]): AffinityState {
  const items = distinctItems(parseWith(basketSchema, basket, ["basket"]));
  const isCounted =
    state.baskets > 0 &&
    items.every((item) => (state.items[item] ?? 0) > 0) &&
    items.every((item) => items.every((other) => other === item || (state.pairs[item]?.[other] ?? 0) > 0));
  if (!isCounted)
    throw new TillError("INVALID_INPUT", {
      message: "The basket was never counted in: it cannot be counted out",
      path: ["basket"],
    });
  return changed(state, items, -1);
}
