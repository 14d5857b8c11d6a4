import { describe, expect, it } from "vitest";
import {
  applySaleAction,
  type PricedSale,
  type Sale,
  type SplitCheck,
  type SplitPlan,
  splitSale,
} from "../../../src/core/checkout";
import { tillErrorOf } from "../../support/till-error-of";
import { emptySale, NOW, price, saleWith } from "../sale/sale-fixtures";

// 3 × COFFEE 12.99 = 38.97 + 10% 3.90; MILK 7.49 + 5% 0.37; BREAD 3.50 + 5% 0.18.
const sale = saleWith([
  ["COFFEE", "3"],
  ["MILK", "1"],
  ["BREAD", "1"],
]);

const figures = (check: SplitCheck) => ({
  index: check.index,
  lineIds: check.lineIds,
  gross: check.gross.toString(),
  discount: check.discountTotal.toString(),
  net: check.net.toString(),
  // A check lists every tax of the sale; those none of its lines carry show 0.00.
  taxes: check.taxes
    .filter((tax) => tax.amount.minor !== 0n)
    .map((tax) => [tax.taxId, tax.included, tax.amount.toString()]),
  taxTotal: check.taxTotal.toString(),
  total: check.total.toString(),
});

function seated(seats: readonly (number | undefined)[]): Sale {
  return {
    ...sale,
    lines: sale.lines.map((line, index) => {
      const seat = seats[index];
      return seat === undefined ? line : { ...line, seat };
    }),
  };
}

describe("split checks: every figure of a check", () => {
  it("by lines, each check carries its lines' gross, net and taxes per tax", () => {
    const checks = splitSale(sale, price(sale), {
      method: "by-lines",
      checks: [["line-1"], ["line-3", "line-2"]],
    });
    expect(checks.map(figures)).toEqual([
      {
        index: 0,
        lineIds: ["line-1"],
        gross: "38.97",
        discount: "0.00",
        net: "38.97",
        taxes: [["tax-standard", false, "3.90"]],
        taxTotal: "3.90",
        total: "42.87",
      },
      {
        index: 1,
        lineIds: ["line-2", "line-3"],
        gross: "10.99",
        discount: "0.00",
        net: "10.99",
        taxes: [["tax-reduced", false, "0.55"]],
        taxTotal: "0.55",
        total: "11.54",
      },
    ]);
    expect(checks.some((check) => "seat" in check)).toBe(false);
  });

  it("a basket discount goes with the lines it was taken on", () => {
    const discounted = applySaleAction(sale, {
      type: "addManualDiscount",
      discount: {
        discountId: "d-1",
        scope: { kind: "basket" },
        value: { kind: "amount", amount: { amount: "5.00", currency: "EUR" } },
        reason: "r",
        addedBy: "e",
        at: NOW,
      },
      at: NOW,
    });
    const priced = price(discounted);
    const checks = splitSale(discounted, priced, {
      method: "by-lines",
      checks: [["line-1"], ["line-2", "line-3"]],
    });
    const lineDiscount = (id: string) => {
      const line = priced.lines.find((entry) => entry.lineId === id);
      return line === undefined ? 0n : line.gross.minor - line.net.minor;
    };
    expect(checks.map((check) => check.discountTotal.minor)).toEqual([
      lineDiscount("line-1"),
      lineDiscount("line-2") + lineDiscount("line-3"),
    ]);
    for (const check of checks) {
      expect(check.gross.minor - check.discountTotal.minor).toBe(check.net.minor);
      expect(check.discountTotal.minor).toBeGreaterThan(0n);
    }
  });

  it("a price-included tax stays inside the net", () => {
    const priced = price(sale);
    const included: PricedSale = {
      ...priced,
      lines: priced.lines.map((line) => ({
        ...line,
        taxes: line.taxes.map((tax) => ({ ...tax, included: true })),
        total: line.net,
      })),
    };
    const [check] = splitSale(sale, included, {
      method: "by-lines",
      checks: [["line-1"], ["line-2", "line-3"]],
    });
    expect(check && figures(check)).toMatchObject({
      net: "38.97",
      taxes: [["tax-standard", true, "3.90"]],
      taxTotal: "3.90",
      total: "38.97",
    });
  });

  it("evenly, every check lists every line", () => {
    const checks = splitSale(sale, price(sale), { method: "evenly", parts: 2 });
    expect(checks.map((check) => check.lineIds)).toEqual([
      ["line-1", "line-2", "line-3"],
      ["line-1", "line-2", "line-3"],
    ]);
    expect(checks.map((check) => check.taxes.map((tax) => [tax.taxId, tax.amount.toString()]))).toEqual([
      [
        ["tax-standard", "1.95"],
        ["tax-reduced", "0.28"],
      ],
      [
        ["tax-standard", "1.95"],
        ["tax-reduced", "0.27"],
      ],
    ]);
  });

  it("by seat, seats come in numeric order and shared lines go to every seat", () => {
    const checks = splitSale(seated([10, 2, undefined]), price(seated([10, 2, undefined])), {
      method: "by-seat",
    });
    expect(checks.map((check) => [check.seat, check.lineIds, check.total.toString()])).toEqual([
      [2, ["line-2", "line-3"], "9.70"],
      [10, ["line-1", "line-3"], "44.71"],
    ]);
  });

  it("by seat with three seats splits a shared line three ways", () => {
    const three = seated([1, 2, 3]);
    const shared: Sale = {
      ...three,
      lines: [
        ...three.lines,
        { ...(saleWith([["PEN", "3"]]).lines[0] as Sale["lines"][number]), lineId: "line-4" },
      ],
    };
    const checks = splitSale(shared, price(shared), { method: "by-seat" });
    // The pens, 2.97 + 0.30 tax, split 1.09 / 1.09 / 1.09.
    expect(checks.map((check) => [check.seat, check.lineIds.join()])).toEqual([
      [1, "line-1,line-4"],
      [2, "line-2,line-4"],
      [3, "line-3,line-4"],
    ]);
    expect(checks.map((check) => check.total.toString())).toEqual(["43.96", "8.95", "4.77"]);
  });
});

describe("split refusals and their paths", () => {
  it.each([
    ["one seat only", seated([1, 1, undefined]), { method: "by-seat" }, "SPLIT_INVALID", ["method"]],
    [
      "an unknown line",
      sale,
      { method: "by-lines", checks: [["line-1", "line-2"], ["line-9"]] },
      "UNKNOWN_LINE",
      ["checks", 1, 0],
    ],
    [
      "a line in two checks",
      sale,
      { method: "by-lines", checks: [["line-1", "line-2", "line-3"], ["line-3"]] },
      "SPLIT_INVALID",
      ["checks", 1, 0],
    ],
    [
      "a line in no check",
      sale,
      { method: "by-lines", checks: [["line-1"], ["line-3"]] },
      "SPLIT_INVALID",
      ["checks"],
    ],
    ["one part", sale, { method: "evenly", parts: 1 }, "INVALID_INPUT", ["plan", "parts"]],
  ] as const)("%s", (_title, value, plan, code, path) => {
    const error = tillErrorOf(() => splitSale(value, price(value), plan as SplitPlan));
    expect([error.code, error.path]).toEqual([code, path]);
  });

  it("an empty sale has nothing to split", () => {
    const empty = emptySale();
    const error = tillErrorOf(() => splitSale(empty, price(empty), { method: "evenly", parts: 2 }));
    expect([error.code, error.path]).toEqual(["EMPTY_SALE", ["lines"]]);
  });
});
