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

  it("property: manual discounts, valid or not, price like fresh copies when the catalog is reused", () => {
    const shared = basket(4);
    /** Mostly a valid value, now and then one of the faulty ones. */
    const mostly = <T, U>(valid: fc.Arbitrary<T>, faulty: fc.Arbitrary<U>) =>
      fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: faulty, weight: 1 });
    const amount = mostly(
      fc.integer({ min: 0, max: 500 }).map((cents) => ({
        amount: `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`,
        currency: "EUR",
      })),
      fc.constantFrom(
        { amount: "1.234", currency: "EUR" },
        { amount: "1.50", currency: "XYZ" },
        { amount: "1.50", currency: "eur" },
        { amount: "1e2", currency: "EUR" },
        { amount: "1.00", currency: "EUR", note: "extra" },
        { amount: 1, currency: "EUR" },
      ),
    );
    const value = mostly(
      fc.oneof(
        amount.map((money) => ({ kind: "amount", amount: money })),
        fc.constantFrom("5", "100", "12.5").map((percent) => ({ kind: "percent", percent })),
      ),
      fc.constantFrom(
        { kind: "percent", percent: "101" },
        { kind: "percent", percent: "abc" },
        { kind: "percent" },
        { kind: "other", percent: "5" },
        null,
        "5",
      ),
    );
    const scope = mostly(
      fc.constantFrom(
        { kind: "basket" },
        { kind: "line", lineId: "line-1" },
        { kind: "line", lineId: "line-2" },
      ),
      fc.constantFrom(
        { kind: "line", lineId: "line-9" },
        { kind: "line", lineId: "" },
        { kind: "basket", lineId: "line-1" },
        { kind: "line" },
        {},
      ),
    );
    const discount = fc.record(
      {
        discountId: mostly(fc.constantFrom("d1", "d2"), fc.constant("")),
        scope,
        value,
        reason: mostly(fc.constantFrom("damaged", "loyal"), fc.constant("")),
        extra: fc.constant(true),
      },
      { requiredKeys: ["scope", "value", "reason"] },
    );
    fc.assert(
      fc.property(fc.array(discount, { maxLength: 3 }), (manualDiscounts) => {
        const input = { ...shared, manualDiscounts } as unknown as PriceBasketInput;
        expect(outcome(input)).toBe(fresh(input));
      }),
      { numRuns: 300 },
    );
  });
});
