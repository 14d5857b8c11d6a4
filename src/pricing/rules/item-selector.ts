import { z } from "zod";

/**
 * zod schema for choosing items: by SKU, category, tag or brand. An item matches when it matches any
 * listed criterion; a selector with no criteria matches every item.
 *
 * @public
 */
export const itemSelectorSchema = /* @__PURE__ */ z.strictObject({
  skus: z.array(z.string().min(1)).optional(),
  categories: z.array(z.string().min(1)).optional(),
  tags: z.array(z.string().min(1)).optional(),
  brands: z.array(z.string().min(1)).optional(),
  /** Items never matched, even when another criterion matches (e.g. gift cards). */
  excludeSkus: z.array(z.string().min(1)).optional(),
});

/**
 * Which items a rule applies to.
 *
 * @public
 */
export type ItemSelector = z.infer<typeof itemSelectorSchema>;

/**
 * The facts about an item that selectors read.
 *
 * @public
 */
export interface SelectableItem {
  readonly sku: string;
  readonly category?: string | undefined;
  readonly tags?: readonly string[] | undefined;
  readonly brand?: string | undefined;
}

/**
 * True when the item matches the selector (no selector, or an empty one, matches everything).
 *
 * @param item - the item's SKU, category, tags and brand
 * @param selector - the rule's selector
 * @returns whether the item is selected
 * @public
 */
export function matchesSelector(item: SelectableItem, selector: ItemSelector | undefined): boolean {
  if (selector === undefined) return true;
  if (selector.excludeSkus?.includes(item.sku)) return false;
  const { skus, categories, tags, brands } = selector;
  if (skus === undefined && categories === undefined && tags === undefined && brands === undefined)
    return true;
  if (skus?.includes(item.sku)) return true;
  if (item.category !== undefined && categories?.includes(item.category)) return true;
  if (item.brand !== undefined && brands?.includes(item.brand)) return true;
  return (item.tags ?? []).some((tag) => tags?.includes(tag) === true);
}
