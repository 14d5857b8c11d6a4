import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError, type PriceBasketInput, priceBasket } from "../../../src/index";

const AT = "2026-11-23T12:00:00Z";

/** A basket of `count` lines (1–3 pieces) over three categories, with a percent promotion per category. */
function basket(count: number): PriceBasketInput {
  const items = Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `SKU-${index}`,
      {
        sku: `SKU-${index}`,
        description: `Item ${index}`,
        unitPrice: { amount: `${index + 1}.99`, currency: "EUR" },
        category: `category-${index % 3}`,
      },
    ]),
  );
  return {
    currency: "EUR",
    date: AT,
    catalog: { items },
    lines: Array.from({ length: count }, (_, index) => ({
      sku: `SKU-${index}`,
      quantity: String(1 + (index % 3)),
    })),
    rules: {
      promotions: {
        currency: "EUR",
        promotions: [0, 1, 2].map((category) => ({
          id: `promo-${category}`,
          name: `promo-${category}`,
          priority: category,
          conditions: { items: { categories: [`category-${category}`] } },
          reward: { type: "percent_off_items", percent: String(5 * (category + 1)) },
        })),
      },
    },
  };
}

type Items = Record<string, { unitPrice: { amount: string } }>;
type Promotions = { promotions: { reward: { percent: string } }[] };

function itemsOf(input: PriceBasketInput): Items {
  return input.catalog.items as unknown as Items;
}

function promotionsOf(input: PriceBasketInput): Promotions {
  return (input.rules as { promotions: Promotions }).promotions;
}

function outcome(input: PriceBasketInput): string {
  try {
    return JSON.stringify(priceBasket(input));
  } catch (error) {
    if (!isTillError(error)) throw error;
    return `${error.code} ${JSON.stringify(error.path)}`;
  }
}

/** What a fresh copy of the same data prices to: never served from a cache. */
function fresh(input: PriceBasketInput): string {
  return outcome(structuredClone(input));
}

describe("validated catalog and rules are reused only while they hold the same data", () => {
  it.each([
    {
      change: "a catalog price changed in place",
      edit: (input: PriceBasketInput) => {
        const item = itemsOf(input)["SKU-1"];
        if (item !== undefined) item.unitPrice.amount = "7.35";
      },
    },
    {
      change: "a catalog item made invalid in place",
      edit: (input: PriceBasketInput) => {
        const item = itemsOf(input)["SKU-2"];
        if (item !== undefined) item.unitPrice.amount = "oops";
      },
    },
    {
      change: "a promotion percent changed in place",
      edit: (input: PriceBasketInput) => {
        const promotion = promotionsOf(input).promotions[0];
        if (promotion !== undefined) promotion.reward.percent = "50";
      },
    },
    {
      change: "a promotion removed in place",
      edit: (input: PriceBasketInput) => {
        promotionsOf(input).promotions.pop();
      },
    },
  ])("$change prices like a fresh copy", ({ edit }) => {
    const input = basket(6);
    const before = outcome(input);
    expect(outcome(input)).toBe(before);
    edit(input);
    const after = outcome(input);
    expect(after).toBe(fresh(input));
    expect(after).not.toBe(before);
  });

  it("property: any sequence of in-place price edits and repeated calls prices like fresh copies", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ pick: fc.nat(5), cents: fc.integer({ min: 0, max: 9_999 }), percent: fc.nat(3) }),
        ),
        (edits) => {
          const input = basket(6);
          for (const edit of edits) {
            const item = itemsOf(input)[`SKU-${edit.pick}`];
            if (item !== undefined)
              item.unitPrice.amount = `${Math.trunc(edit.cents / 100)}.${edit.cents % 100}`;
            const promotion = promotionsOf(input).promotions[edit.percent];
            if (promotion !== undefined) promotion.reward.percent = String(edit.cents % 101);
            expect(outcome(input)).toBe(fresh(input));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("property: reusing one catalog and rules object across different line lists prices like fresh copies", () => {
    const shared = basket(8);
    fc.assert(
      fc.property(
        fc.array(fc.record({ pick: fc.nat(7), quantity: fc.integer({ min: 1, max: 4 }) }), { maxLength: 8 }),
        (picks) => {
          const input: PriceBasketInput = {
            ...shared,
            lines: picks.map((entry) => ({ sku: `SKU-${entry.pick}`, quantity: String(entry.quantity) })),
          };
          expect(outcome(input)).toBe(fresh(input));
        },
      ),
      { numRuns: 200 },
    );
  });
});
