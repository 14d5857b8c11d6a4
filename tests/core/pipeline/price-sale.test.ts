import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatScaled, isTillError, moneyFromMinor } from "../../../src/core";
import {
  applySaleAction,
  createPipeline,
  insertStage,
  type PricedSale,
  priceBasket,
  type Sale,
} from "../../../src/core/checkout";
import { computeTotals } from "../../../src/pricing/stages/compute-totals";
import { resolvePrices } from "../../../src/pricing/stages/resolve-prices";
import { NOW, price, saleWith, snapshot } from "../sale/sale-fixtures";
import { stages } from "./test-stages";

const eur = (amount: string) => ({ amount, currency: "EUR" });

function withDiscount(
  sale: Sale,
  scope: "basket" | string,
  value: { kind: "percent"; percent: string } | { kind: "amount"; amount: string },
  id = "d-1",
): Sale {
  return applySaleAction(sale, {
    type: "addManualDiscount",
    discount: {
      discountId: id,
      scope: scope === "basket" ? { kind: "basket" } : { kind: "line", lineId: scope },
      value: value.kind === "percent" ? value : { kind: "amount", amount: eur(value.amount) },
      reason: "test",
      addedBy: "emp-1",
      at: NOW,
    },
    at: NOW,
  });
}

function lineFigures(priced: PricedSale) {
  return priced.lines.map((line) => [line.gross.toString(), line.net.toString(), line.total.toString()]);
}

describe("priceSale with the default stages and a 10% / 5% test tax", () => {
  it.each([
    // title, lines, expected [gross, net, total] per line, document total
    ["one coffee 12.99 + 10% tax", [["COFFEE", "1"]], [["12.99", "12.99", "14.29"]], "14.29"],
    ["three pens 0.99 → 2.97 + 0.30", [["PEN", "3"]], [["2.97", "2.97", "3.27"]], "3.27"],
    [
      "0.350 kg apples at 3.99 → 1.3965 rounds to 1.40 + 5%",
      [["APPLES", "0.350"]],
      [["1.40", "1.40", "1.47"]],
      "1.47",
    ],
    [
      "coffee + milk + bread",
      [
        ["COFFEE", "1"],
        ["MILK", "1"],
        ["BREAD", "1"],
      ],
      [
        ["12.99", "12.99", "14.29"],
        ["7.49", "7.49", "7.86"],
        ["3.50", "3.50", "3.68"],
      ],
      "25.83",
    ],
  ] as const)("%s", (_title, lines, expected, total) => {
    const priced = price(saleWith(lines));
    expect(lineFigures(priced)).toEqual(expected);
    expect(priced.total.toString()).toBe(total);
  });

  it.each([
    [
      "basket 10.00 over 12.99 / 7.49 / 3.50 → 5.42 / 3.12 / 1.46",
      "basket",
      { kind: "amount", amount: "10.00" },
      ["5.42", "3.12", "1.46"],
    ],
    [
      "basket 10% → 2.40 spread 1.30 / 0.75 / 0.35",
      "basket",
      { kind: "percent", percent: "10" },
      ["1.30", "0.75", "0.35"],
    ],
    [
      "line 2 at 50% → 3.745 rounds to 3.75",
      "line-2",
      { kind: "percent", percent: "50" },
      ["0.00", "3.75", "0.00"],
    ],
    ["line 1 at 100% → free", "line-1", { kind: "percent", percent: "100" }, ["12.99", "0.00", "0.00"]],
  ] as const)("manual discount: %s", (_title, scope, value, expected) => {
    const sale = withDiscount(
      saleWith([
        ["COFFEE", "1"],
        ["MILK", "1"],
        ["BREAD", "1"],
      ]),
      scope,
      value,
    );
    const priced = price(sale);
    const discounts = priced.lines.map((line) =>
      line.adjustments.reduce((total, entry) => total + entry.amount.minor, 0n),
    );
    expect(discounts.map((minor) => moneyFromMinor(minor, "EUR").toString())).toEqual(expected);
    expect(priced.explanation.applied.map((rule) => rule.ruleId)).toEqual(["d-1"]);
  });

  it("resolvePrices keeps an override and takes the snapshot price for catalog lines", () => {
    const sale = applySaleAction(
      saleWith([
        ["COFFEE", "1"],
        ["MILK", "1"],
      ]),
      {
        type: "overridePrice",
        lineId: "line-1",
        unitPrice: eur("10.00"),
        reason: "damaged",
        by: "emp-1",
        at: NOW,
      },
    );
    const cheaperMilk = {
      ...snapshot,
      items: {
        ...snapshot.items,
        MILK: { ...snapshot.items.MILK!, unitPrice: snapshot.items.BREAD!.unitPrice },
      },
    };
    const priced = createPipeline([resolvePrices, computeTotals]).price(sale, {
      sale,
      catalog: cheaperMilk,
      rules: {},
      now: NOW,
      policies: { roundingMode: "half-up", refs: [] },
    });
    expect(priced.lines.map((line) => line.unitPrice.toString())).toEqual(["10.00", "3.50"]);
    expect(priced.total.toString()).toBe("13.50");
  });
});

describe("createPipeline and insertStage", () => {
  it.each([
    ["a stage without a name", [{ name: "", run: (p: PricedSale) => p }], ["stages", 0]],
    ["two stages with one name", [resolvePrices, resolvePrices], ["stages", 1, "name"]],
  ] as const)("rejects %s with INVALID_STAGE", (_title, list, path) => {
    expect(() => createPipeline(list as never)).toThrowError(
      expect.objectContaining({ code: "INVALID_STAGE", path }),
    );
  });

  it("inserts before, after and instead of a named stage", () => {
    const extra = { name: "extra", run: (p: PricedSale) => p };
    expect(
      insertStage(stages, { before: "computeTotals" }, extra)
        .map((s) => s.name)
        .slice(-2),
    ).toEqual(["extra", "computeTotals"]);
    expect(insertStage(stages, { after: "resolvePrices" }, extra)[1]?.name).toBe("extra");
    expect(insertStage(stages, { replace: "computeTax" }, extra).map((s) => s.name)).not.toContain(
      "computeTax",
    );
    expect(() => insertStage(stages, { before: "nope" }, extra)).toThrowError(
      expect.objectContaining({ code: "INVALID_STAGE" }),
    );
  });
});

describe("priceBasket (JSON in, JSON out)", () => {
  const catalog = {
    items: {
      A: { sku: "A", description: "Apple", unitPrice: eur("0.50") },
      K: { sku: "K", description: "Cheese", unitPrice: eur("9.99"), unit: "kg" as const },
    },
  };
  it.each([
    ["3 apples", [{ sku: "A", quantity: "3" }], [], "1.50"],
    ["0.250 kg cheese from the scale", [{ sku: "K", scaleWeight: "0.250" }], [], "2.50"],
    [
      "a cheese pack at its label price",
      [{ sku: "K", embedded: { kind: "price", amount: "4.12" } }],
      [],
      "4.12",
    ],
    [
      "3 apples less 0.20",
      [{ sku: "A", quantity: "3" }],
      [{ scope: { kind: "basket" }, value: { kind: "amount", amount: eur("0.20") }, reason: "r" }],
      "1.30",
    ],
  ] as const)("%s", (_title, lines, manualDiscounts, total) => {
    const result = priceBasket(
      {
        currency: "EUR",
        catalog,
        lines: [...lines] as never,
        manualDiscounts: [...manualDiscounts] as never,
        date: NOW,
      },
      stages,
    );
    expect(result.total).toEqual(eur(total));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it.each([
    ["unknown SKU", { lines: [{ sku: "Z" }] }, "UNKNOWN_SKU", ["lines", 0, "sku"]],
    [
      "1.5 pieces",
      { lines: [{ sku: "A", quantity: "1.5" }] },
      "QUANTITY_PRECISION",
      ["lines", 0, "quantity"],
    ],
    ["zero pieces", { lines: [{ sku: "A", quantity: "0" }] }, "INVALID_QUANTITY", ["lines", 0, "quantity"]],
    ["a float quantity", { lines: [{ sku: "A", quantity: 1.5 }] }, "INVALID_INPUT", ["lines", 0, "quantity"]],
    ["a bad date", { lines: [], date: "yesterday" }, "INVALID_INPUT", ["date"]],
  ] as const)("rejects %s", (_title, patch, code, path) => {
    try {
      priceBasket({ currency: "EUR", catalog, lines: [], date: NOW, ...(patch as object) } as never, stages);
      expect.unreachable();
    } catch (error) {
      expect(isTillError(error) && { code: error.code, path: error.path }).toEqual({ code, path });
    }
  });
});

const skus = ["COFFEE", "MILK", "BREAD", "PEN", "BOGO-A"] as const;
const lineArb = fc.tuple(fc.constantFrom(...skus), fc.integer({ min: 1, max: 20 }).map(String));
const discountArb = fc.option(
  fc.oneof(
    fc.integer({ min: 1, max: 100 }).map((p) => ({ kind: "percent" as const, percent: String(p) })),
    fc
      .integer({ min: 1, max: 50_000 })
      .map((c) => ({ kind: "amount" as const, amount: formatScaled(BigInt(c), 2) })),
  ),
  { nil: undefined },
);

function basketSale(
  lines: readonly (readonly [string, string])[],
  discount: Parameters<typeof withDiscount>[2] | undefined,
) {
  const sale = saleWith(lines);
  return discount === undefined ? sale : withDiscount(sale, "basket", discount);
}

describe("pricing properties", () => {
  const basket = fc.tuple(fc.array(lineArb, { minLength: 1, maxLength: 8 }), discountArb);

  it("total = Σ line totals, and no line goes below zero", () => {
    fc.assert(
      fc.property(basket, ([lines, discount]) => {
        const priced = price(basketSale(lines, discount));
        expect(priced.total.minor).toBe(priced.lines.reduce((total, line) => total + line.total.minor, 0n));
        for (const line of priced.lines) expect(line.net.minor >= 0n).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("line order does not change the totals", () => {
    fc.assert(
      fc.property(basket, ([lines, discount]) => {
        const forward = price(basketSale(lines, discount));
        const backward = price(basketSale([...lines].reverse(), discount));
        expect([backward.total, backward.taxTotal, backward.discountTotal].map(String)).toEqual(
          [forward.total, forward.taxTotal, forward.discountTotal].map(String),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("pricing is idempotent and never mutates the sale", () => {
    fc.assert(
      fc.property(basket, ([lines, discount]) => {
        const sale = basketSale(lines, discount);
        const before = JSON.stringify(sale);
        expect(JSON.stringify(price(sale))).toBe(JSON.stringify(price(sale)));
        expect(JSON.stringify(sale)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
