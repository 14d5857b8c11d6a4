import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import {
  addBasket,
  affinityFromBaskets,
  basketsOfSales,
  createAffinity,
  pairAffinity,
  readSaleFacts,
  removeBasket,
  topPairs,
} from "../../../src/reports";
import { journalOf, WORKED } from "../analytics/report-fixtures";

// 5 baskets: A in 4, B in 4, C in 2; A+B in 3, A+C in 2, B+C in 1.
const BASKETS = [["A", "B"], ["A", "B", "C"], ["A", "C"], ["B"], ["A", "B", "A"]];
const state = BASKETS.reduce(addBasket, createAffinity());

describe("item-pair affinity on a small basket set", () => {
  it.each([
    // support 3/5; confidence 3/4; lift 3 × 5 ÷ (4 × 4) = 0.9375.
    ["A", "B", 3, "0.6000", "0.7500", "0.9375"],
    // lift 2 × 5 ÷ (4 × 2) = 1.25: A and C sell together more than chance.
    ["A", "C", 2, "0.4000", "0.5000", "1.2500"],
    ["C", "A", 2, "0.4000", "1.0000", "1.2500"],
    // lift 1 × 5 ÷ (4 × 2) = 0.625.
    ["B", "C", 1, "0.2000", "0.2500", "0.6250"],
  ] as const)(
    "%s → %s: %s baskets, support %s, confidence %s, lift %s",
    (item, other, count, support, confidence, lift) => {
      expect(pairAffinity(state, item, other)).toEqual({ item, other, count, support, confidence, lift });
    },
  );

  it.each([
    ["A", ["C", "B"]],
    ["B", ["A", "C"]],
    ["C", ["A", "B"]],
  ] as const)("ranks the add-ons of %s by lift: %j", (item, expected) => {
    expect(topPairs(state, item).map((pair) => pair.other)).toEqual(expected);
  });

  it("reads baskets from completed sales", async () => {
    const { entries } = await journalOf(WORKED);
    const baskets = basketsOfSales(await readSaleFacts(entries, { currency: "EUR" }));
    expect(baskets).toEqual([
      ["COFFEE", "MILK"],
      ["BREAD", "PEN"],
    ]);
  });
});

const basketArb = fc.array(fc.constantFrom("A", "B", "C", "D", "E"), { minLength: 1, maxLength: 4 });

describe("item-pair affinity: properties", () => {
  it("is symmetric in support and count", () => {
    fc.assert(
      fc.property(
        fc.array(basketArb, { maxLength: 20 }),
        fc.constantFrom("A", "B", "C"),
        fc.constantFrom("C", "D", "E"),
        (baskets, a, b) => {
          const built = affinityFromBaskets(baskets);
          const [ab, ba] = [pairAffinity(built, a, b), pairAffinity(built, b, a)];
          expect(ab?.support).toBe(ba?.support);
          expect(ab?.count).toBe(ba?.count);
          expect(ab?.lift).toBe(ba?.lift);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("counting baskets in one by one equals the batch count, and counting some out equals never counting them", () => {
    fc.assert(
      fc.property(
        fc.array(basketArb, { maxLength: 20 }),
        fc.array(basketArb, { maxLength: 8 }),
        (kept, returned) => {
          // Arrange
          const all = [...returned, ...kept];
          // Act
          const incremental = all.reduce(addBasket, createAffinity());
          const afterReturns = returned.reduce(removeBasket, incremental);
          // Assert
          expect(incremental).toEqual(affinityFromBaskets(all));
          expect(afterReturns).toEqual(affinityFromBaskets(kept));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("item-pair affinity: bad input", () => {
  it.each([
    ["an empty basket", () => addBasket(createAffinity(), []), ["basket"]],
    ["an empty SKU", () => addBasket(createAffinity(), ["A", ""]), ["basket", 1]],
    ["a basket never counted in", () => removeBasket(state, ["A", "D"]), ["basket"]],
    ["a bad basket in a batch", () => affinityFromBaskets([["A"], []]), ["baskets", 1]],
    ["a limit of 0", () => topPairs(state, "A", { limit: 0 }), ["options", "limit"]],
  ] as const)("refuses %s", (_title, run, path) => {
    let caught: unknown;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    expect(isTillError(caught) && caught.code === "INVALID_INPUT" && caught.path).toEqual(path);
  });
});
