import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineSelection, selectAll } from "../../../src/pricing/promotions/line-selection";
import {
  type ItemSelector,
  matchesSelector,
  type SelectableItem,
} from "../../../src/pricing/rules/item-selector";

const keys = (values: readonly string[]) => fc.array(fc.constantFrom(...values), { maxLength: 3 });
const optionalKeys = (values: readonly string[]) => fc.option(keys(values), { nil: undefined });

const itemArbitrary: fc.Arbitrary<SelectableItem> = fc.record(
  {
    sku: fc.constantFrom("a", "b", "c", "d"),
    category: fc.option(fc.constantFrom("fruit", "dairy", ""), { nil: undefined }),
    brand: fc.option(fc.constantFrom("acme", "zenith"), { nil: undefined }),
    // Repeated tags included: an item listing a tag twice is still picked once.
    tags: fc.option(keys(["organic", "local", "sale"]), { nil: undefined }),
  },
  { requiredKeys: ["sku"] },
);

const selectorArbitrary: fc.Arbitrary<ItemSelector | undefined> = fc.option(
  fc
    .record({
      skus: optionalKeys(["a", "b", "x"]),
      categories: optionalKeys(["fruit", "dairy", "", "meat"]),
      brands: optionalKeys(["acme", "zenith"]),
      tags: optionalKeys(["organic", "local", "sale"]),
      excludeSkus: optionalKeys(["a", "c"]),
    })
    .map(
      (selector): ItemSelector =>
        Object.fromEntries(Object.entries(selector).filter(([, value]) => value !== undefined)),
    ),
  { nil: undefined },
);

function matching(items: readonly SelectableItem[], selectors: readonly (ItemSelector | undefined)[]) {
  return items.flatMap((item, position) =>
    selectors.every((selector) => matchesSelector(item, selector)) ? [position] : [],
  );
}

describe("line selection", () => {
  it("property: a selection picks exactly the items matchesSelector picks, in item order", () => {
    fc.assert(
      fc.property(
        fc.array(itemArbitrary, { maxLength: 12 }),
        fc.array(selectorArbitrary, { minLength: 1, maxLength: 6 }),
        (items, selectors) => {
          // One selection answers every selector in turn, as the indexes fill up.
          const selection = lineSelection(items);
          for (const selector of selectors)
            expect(selection.select(selector)).toEqual(matching(items, [selector]));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("property: selecting with several selectors picks the items every one of them picks", () => {
    fc.assert(
      fc.property(
        fc.array(itemArbitrary, { maxLength: 12 }),
        selectorArbitrary,
        fc.array(selectorArbitrary, { maxLength: 2 }),
        (items, first, rest) => {
          const picked = selectAll(lineSelection(items), items, [first, ...rest]);
          expect(picked).toEqual(matching(items, [first, ...rest]));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a selection's answers are fresh lists: changing one changes no later answer", () => {
    const items: SelectableItem[] = [
      { sku: "a", category: "fruit" },
      { sku: "b", category: "fruit" },
    ];
    const selection = lineSelection(items);
    selection.select({ categories: ["fruit"] }).pop();
    expect(selection.select({ categories: ["fruit"] })).toEqual([0, 1]);
  });
});
