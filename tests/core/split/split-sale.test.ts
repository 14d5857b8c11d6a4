import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import {
  applySaleAction,
  type Sale,
  type SplitCheck,
  type SplitPlan,
  splitSale,
} from "../../../src/core/checkout";
import { NOW, price, saleWith } from "../sale/sale-fixtures";

function withSeats(sale: Sale, seats: readonly (number | undefined)[]): Sale {
  return {
    ...sale,
    lines: sale.lines.map((line, index) => {
      const seat = seats[index];
      return seat === undefined ? line : { ...line, seat };
    }),
  };
}

const totals = (checks: readonly SplitCheck[]) => checks.map((check) => check.total.toString());

describe("split checks", () => {
  // 3 × COFFEE 12.99 = 38.97 + 3.90 tax = 42.87; MILK 7.49 + 0.37 = 7.86; BREAD 3.50 + 0.18 = 3.68.
  const sale = saleWith([
    ["COFFEE", "3"],
    ["MILK", "1"],
    ["BREAD", "1"],
  ]);

  it.each([
    ["evenly in 2: 54.41 → 27.21 / 27.20", { method: "evenly", parts: 2 }, ["27.21", "27.20"]],
    [
      "evenly in 3: 54.41 → 18.14 / 18.14 / 18.13",
      { method: "evenly", parts: 3 },
      ["18.14", "18.14", "18.13"],
    ],
    [
      "by lines: coffee | milk + bread",
      { method: "by-lines", checks: [["line-1"], ["line-2", "line-3"]] },
      ["42.87", "11.54"],
    ],
  ] as const)("%s", (_title, plan, expected) => {
    expect(totals(splitSale(sale, price(sale), plan as SplitPlan))).toEqual(expected);
  });

  it("by seat: seat 1 coffee, seat 2 milk, bread shared → 42.87 + 1.84 / 7.86 + 1.84", () => {
    const seated = withSeats(sale, [1, 2, undefined]);
    const checks = splitSale(seated, price(seated), { method: "by-seat" });
    expect(checks.map((check) => [check.seat, check.total.toString(), check.lineIds])).toEqual([
      [1, "44.71", ["line-1", "line-3"]],
      [2, "9.70", ["line-2", "line-3"]],
    ]);
  });

  it.each([
    [
      "a line in two checks",
      {
        method: "by-lines",
        checks: [
          ["line-1", "line-2"],
          ["line-2", "line-3"],
        ],
      },
      "SPLIT_INVALID",
    ],
    ["a line in no check", { method: "by-lines", checks: [["line-1"], ["line-2"]] }, "SPLIT_INVALID"],
    [
      "an unknown line",
      { method: "by-lines", checks: [["line-1", "line-2", "line-3"], ["line-8"]] },
      "UNKNOWN_LINE",
    ],
    ["by seat with no seats", { method: "by-seat" }, "SPLIT_INVALID"],
    ["one part", { method: "evenly", parts: 1 }, "INVALID_INPUT"],
  ] as const)("rejects %s", (_title, plan, code) => {
    try {
      splitSale(sale, price(sale), plan as SplitPlan);
      expect.unreachable();
    } catch (error) {
      expect(isTillError(error) && error.code).toBe(code);
    }
  });
});

describe("split property", () => {
  const lineArb = fc.tuple(
    fc.constantFrom("COFFEE", "MILK", "BREAD", "PEN"),
    fc.integer({ min: 1, max: 9 }).map(String),
  );
  it("the checks sum to the original in total, tax and discount", () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 2, max: 7 }),
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), {
          minLength: 6,
          maxLength: 6,
        }),
        (lines, parts, percent, seats) => {
          let sale = saleWith(lines);
          if (percent > 0) {
            sale = applySaleAction(sale, {
              type: "addManualDiscount",
              discount: {
                discountId: "d",
                scope: { kind: "basket" },
                value: { kind: "percent", percent: String(percent) },
                reason: "r",
                addedBy: "e",
                at: NOW,
              },
              at: NOW,
            });
          }
          const seated = withSeats(sale, [1, 2, ...seats]);
          const priced = price(seated);
          const plans: SplitPlan[] = [
            { method: "evenly", parts },
            { method: "by-seat" },
            {
              method: "by-lines",
              checks: [[priced.lines[0]!.lineId], priced.lines.slice(1).map((line) => line.lineId)],
            },
          ];
          for (const plan of plans) {
            const checks = splitSale(seated, priced, plan);
            const add = (pick: (check: SplitCheck) => bigint) =>
              checks.reduce((total, check) => total + pick(check), 0n);
            expect(add((check) => check.total.minor)).toBe(priced.total.minor);
            expect(add((check) => check.taxTotal.minor)).toBe(priced.taxTotal.minor);
            expect(add((check) => check.discountTotal.minor)).toBe(priced.discountTotal.minor);
            for (const check of checks)
              expect(check.total.minor).toBe(check.net.minor + check.taxTotal.minor);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
