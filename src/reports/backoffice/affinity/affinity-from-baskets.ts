import { parseWith } from "../../../core/errors/from-zod";
import type { SaleFacts } from "../../projections/sale-fact";
import { type AffinityState, basketSchema, distinctItems } from "./affinity-state";

/**
 * Counts all baskets at once: the batch twin of folding `addBasket`, and the same result.
 *
 * @param baskets - baskets of SKUs
 * @returns the accumulator
 * @throws TillError INVALID_INPUT naming the bad basket
 * @public
 */
export function affinityFromBaskets(baskets: readonly (readonly string[])[]): AffinityState {
  const items: Record<string, number> = {};
  const pairs: Record<string, Record<string, number>> = {};
  baskets.forEach((basket, index) => {
    const distinct = distinctItems(parseWith(basketSchema, basket, ["baskets", index]));
    for (const item of distinct) {
      items[item] = (items[item] ?? 0) + 1;
      const row = pairs[item] ?? {};
      for (const other of distinct) if (other !== item) row[other] = (row[other] ?? 0) + 1;
      if (Object.keys(row).length > 0) pairs[item] = row;
    }
  });
  return { baskets: baskets.length, items, pairs };
}

/**
 * The baskets of completed sales: the distinct SKUs each sale sold (lines with a positive quantity).
 * Returns and post-voids are left out; count a full return out with `removeBasket`.
 *
 * @param facts - sale facts from `readSaleFacts`
 * @returns one basket per sale with at least one item
 * @public
 */
export function basketsOfSales(facts: SaleFacts): string[][] {
  return facts.sales
    .filter((sale) => sale.kind === "sale")
    .map((sale) =>
      distinctItems(sale.lines.filter((line) => line.quantityMillionths > 0n).map((line) => line.sku)),
    )
    .filter((basket) => basket.length > 0);
}
