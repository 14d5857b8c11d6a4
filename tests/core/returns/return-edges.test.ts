import { describe, expect, it } from "vitest";
import { multiply, parseRate } from "../../../src/core";
import {
  applySaleAction,
  type LineTax,
  type OriginalSale,
  type PricedLine,
  type PricedSale,
  type PricingStage,
  planReturn,
  pointsForReturn,
  priceSale,
  redeemedPointsToRestore,
  returnedQuantities,
  type Sale,
  type SaleLine,
} from "../../../src/core/checkout";
import { tillErrorOf } from "../../support/till-error-of";
import { bogoStages, loyaltyStages, stages } from "../pipeline/test-stages";
import { contextFor, emptySale, NOW, rules, saleWith } from "../sale/sale-fixtures";

function completed(sale: Sale, pipeline: readonly PricingStage[] = stages, pointsMinor = "0"): OriginalSale {
  const priced = priceSale(
    sale,
    { ...contextFor(sale), rules: { ...rules, testPointsValue: pointsMinor } },
    pipeline,
  );
  return { sale: applySaleAction(sale, { type: "complete", receiptNumber: "R-1", at: NOW }), priced };
}

let counter = 0;
const meta = () => ({ nextLineId: () => `r-${++counter}`, by: "emp-1", at: NOW });

function repriceWith(pipeline: readonly PricingStage[]) {
  return (kept: Sale): PricedSale => priceSale(kept, contextFor(kept), pipeline);
}

/** The planned lines of a return, as a completed return sale. */
function returnOf(
  original: OriginalSale,
  request: { lineId: string; quantity: string }[],
  prior: Sale[] = [],
  pipeline: readonly PricingStage[] = stages,
): Sale {
  const lines = planReturn({
    original,
    request: { lines: request },
    priorReturns: prior,
    reprice: repriceWith(pipeline),
    meta: meta(),
  });
  const sale = lines.reduce(
    (s: Sale, line) => applySaleAction(s, { type: "addLine", line, at: NOW }),
    emptySale(`ret-${++counter}`),
  );
  return applySaleAction(sale, { type: "complete", receiptNumber: `R-${counter}`, at: NOW });
}

const quantities = (lines: readonly SaleLine[]) =>
  lines.map((line) => [line.returnOf?.lineId, line.priceSource.kind, line.quantity.toString()]);

describe("planReturn: what can be returned", () => {
  const pens = completed(
    saleWith([
      ["PEN", "3"],
      ["MILK", "1"],
    ]),
  );

  it("names the voided sale", () => {
    const voided = { ...pens, sale: { ...pens.sale, status: "voided" as const } };
    const error = tillErrorOf(() =>
      planReturn({ original: voided, request: { lines: [] }, priorReturns: [], meta: meta() }),
    );
    expect(error.code).toBe("SALE_VOIDED");
    expect(error.details).toEqual({ saleId: "sale-1" });
  });

  it("names the unknown line and a voided line alike", () => {
    const sale = applySaleAction(
      saleWith([
        ["PEN", "3"],
        ["MILK", "1"],
      ]),
      { type: "voidLine", lineId: "line-2", by: "emp-1", at: NOW },
    );
    const original = completed(sale);
    for (const lineId of ["line-9", "line-2"]) {
      const error = tillErrorOf(() =>
        planReturn({
          original,
          request: {
            lines: [
              { lineId: "line-1", quantity: "1" },
              { lineId, quantity: "1" },
            ],
          },
          priorReturns: [],
          meta: meta(),
        }),
      );
      expect(error.code).toBe("UNKNOWN_LINE");
      expect(error.path).toEqual(["lines", 1, "lineId"]);
      expect(error.details).toEqual({ lineId });
    }
  });

  it("says how much was sold and already returned when a return goes beyond it", () => {
    const first = returnOf(pens, [{ lineId: "line-1", quantity: "2" }]);
    const error = tillErrorOf(() =>
      planReturn({
        original: pens,
        request: { lines: [{ lineId: "line-1", quantity: "2" }] },
        priorReturns: [first],
        meta: meta(),
      }),
    );
    expect(error.code).toBe("RETURN_EXCEEDS_SOLD");
    expect(error.path).toEqual(["lines", 0, "quantity"]);
    expect(error.details).toEqual({ lineId: "line-1", sold: "3", alreadyReturned: "2000000" });
  });

  it("refuses a weighed quantity finer than its unit allows, at the quantity", () => {
    const apples = completed(saleWith([["APPLES", "1.5"]]));
    const error = tillErrorOf(() =>
      planReturn({
        original: apples,
        request: { lines: [{ lineId: "line-1", quantity: "0.1234567" }] },
        priorReturns: [],
        meta: meta(),
      }),
    );
    expect(error.path).toEqual(["lines", 0, "quantity"]);
  });

  it("refuses a malformed request under request", () => {
    const error = tillErrorOf(() =>
      planReturn({ original: pens, request: {} as never, priorReturns: [], meta: meta() }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.path).toEqual(["request", "lines"]);
  });

  it("an empty request returns what is left of each line, skipping lines already returned in full", () => {
    const first = returnOf(pens, [
      { lineId: "line-1", quantity: "1" },
      { lineId: "line-2", quantity: "1" },
    ]);
    const rest = planReturn({ original: pens, request: { lines: [] }, priorReturns: [first], meta: meta() });
    expect(quantities(rest)).toEqual([["line-1", "return", "-2"]]);
  });

  it("returns against a voided earlier return as if it had not happened", () => {
    const first = returnOf(pens, [{ lineId: "line-1", quantity: "3" }]);
    const voided = { ...first, status: "voided" as const };
    const rest = planReturn({ original: pens, request: { lines: [] }, priorReturns: [voided], meta: meta() });
    expect(quantities(rest)).toEqual([
      ["line-1", "return", "-3"],
      ["line-2", "return", "-1"],
    ]);
  });

  it("an exchange's return lines cannot be returned again; an empty request leaves them out", () => {
    const firstReturn = returnOf(pens, [{ lineId: "line-1", quantity: "1" }]);
    // The exchange: the returned pen plus a new coffee, completed as one sale.
    const exchangeSale = applySaleAction(
      { ...saleWith([["COFFEE", "1"]], "ex-1"), lines: [] },
      { type: "addLine", line: firstReturn.lines[0] as SaleLine, at: NOW },
    );
    const withCoffee = saleWith([["COFFEE", "1"]], "ex-1").lines[0] as SaleLine;
    const exchange = completed(
      applySaleAction(exchangeSale, { type: "addLine", line: { ...withCoffee, lineId: "new-1" }, at: NOW }),
    );
    const returnLineId = exchange.sale.lines[0]?.lineId as string;
    const error = tillErrorOf(() =>
      planReturn({
        original: exchange,
        request: { lines: [{ lineId: returnLineId, quantity: "1" }] },
        priorReturns: [],
        meta: meta(),
      }),
    );
    expect(error.code).toBe("RETURN_NOT_ALLOWED");
    expect(error.path).toEqual(["lines", 0, "lineId"]);
    const all = planReturn({ original: exchange, request: { lines: [] }, priorReturns: [], meta: meta() });
    expect(quantities(all)).toEqual([["new-1", "return", "-1"]]);
  });
});

describe("returnedQuantities counts only live return lines against this sale", () => {
  const pens = completed(saleWith([["PEN", "3"]]));

  it("ignores voided sales, voided lines, sale lines and returns against another sale", () => {
    const first = returnOf(pens, [{ lineId: "line-1", quantity: "1" }]);
    const second = returnOf(pens, [{ lineId: "line-1", quantity: "1" }], [first]);
    const returnLine = first.lines[0] as SaleLine;
    const mixed: Sale = {
      ...second,
      lines: [
        ...second.lines,
        { ...returnLine, lineId: "v", voided: { by: "emp-1", at: NOW } },
        { ...returnLine, lineId: "o", returnOf: { saleId: "other", lineId: "line-1" } },
        { ...returnLine, lineId: "s", priceSource: { kind: "catalog", ref: "PEN" } },
      ],
    };
    expect(returnedQuantities("sale-1", [first, mixed])).toEqual({ "line-1": 2_000_000n });
    expect(returnedQuantities("sale-1", [first, { ...mixed, status: "voided" }])).toEqual({
      "line-1": 1_000_000n,
    });
  });
});

describe("redeemedPointsToRestore", () => {
  it("sums the points share of live return lines per redemption, and nothing else", () => {
    const original = completed(
      saleWith([
        ["COFFEE", "2"],
        ["MILK", "1"],
      ]),
      loyaltyStages,
      "500",
    );
    const returned = returnOf(
      original,
      [
        { lineId: "line-1", quantity: "1" },
        { lineId: "line-2", quantity: "1" },
      ],
      [],
      loyaltyStages,
    );
    const [coffee, milk] = returned.lines as [SaleLine, SaleLine];
    const restored = redeemedPointsToRestore([coffee, milk]);
    // 5.00 of points over 25.98 + 7.49: coffee 3.88 (1.94 per unit), milk 1.12.
    expect(restored["burn-1"]?.toString()).toBe("3.06");
    expect(Object.keys(restored)).toEqual(["burn-1"]);
    const ignored = redeemedPointsToRestore([
      coffee,
      { ...milk, voided: { by: "emp-1", at: NOW } },
      { ...milk, lineId: "sold", priceSource: { kind: "catalog", ref: "MILK" } },
    ]);
    expect(ignored["burn-1"]?.toString()).toBe("1.94");
  });
});

describe("redeemedPointsToRestore beside other discounts", () => {
  it("a return line's manual discount share is not points to restore", () => {
    const discounted = applySaleAction(saleWith([["COFFEE", "1"]]), {
      type: "addManualDiscount",
      discount: {
        discountId: "d-1",
        scope: { kind: "basket" },
        value: { kind: "amount", amount: { amount: "1.00", currency: "EUR" } },
        reason: "r",
        addedBy: "e",
        at: NOW,
      },
      at: NOW,
    });
    const original = completed(discounted, loyaltyStages, "500");
    const returned = returnOf(original, [{ lineId: "line-1", quantity: "1" }], [], loyaltyStages);
    const restored = redeemedPointsToRestore(returned.lines);
    expect(Object.keys(restored)).toEqual(["burn-1"]);
    expect(restored["burn-1"]?.toString()).toBe("5.00");
  });
});

describe("deal clawback edges", () => {
  it("without a reprice hook nothing is clawed back, even when a deal is broken", () => {
    const original = completed(
      saleWith([
        ["BOGO-A", "1"],
        ["BOGO-B", "1"],
      ]),
      bogoStages,
    );
    const lines = planReturn({
      original,
      request: { lines: [{ lineId: "line-1", quantity: "1" }] },
      priorReturns: [],
      meta: meta(),
    });
    expect(quantities(lines)).toEqual([["line-1", "return", "-1"]]);
  });

  it("the clawback line is a locked line of one unit at zero naming the deal's line", () => {
    const original = completed(
      saleWith([
        ["BOGO-A", "1"],
        ["BOGO-B", "1"],
      ]),
      bogoStages,
    );
    const returned = returnOf(original, [{ lineId: "line-1", quantity: "1" }], [], bogoStages);
    const clawback = returned.lines[1];
    expect(clawback).toMatchObject({
      sku: "BOGO-B",
      description: "Clawback: Socks",
      taxCategory: "standard",
      tags: [],
      priceSource: { kind: "clawback", ref: "sale-1" },
      returnOf: { saleId: "sale-1", lineId: "line-2" },
    });
    expect(clawback?.quantity.toString()).toBe("1");
    expect(clawback?.unitPrice.toString()).toBe("0.00");
    // The socks were free; kept alone they cost 8.00 and 0.80 tax.
    expect(
      clawback?.locked?.adjustments.map((entry) => [entry.source.kind, entry.amount.toString()]),
    ).toEqual([["clawback", "-8.00"]]);
    expect(
      clawback?.locked?.taxes.map((tax) => [tax.taxId, tax.amount.toString(), tax.base.toString()]),
    ).toEqual([["tax-standard", "0.80", "8.00"]]);
  });

  it("a later clawback is not taken twice, and a voided clawback does not count", () => {
    const original = completed(
      saleWith([
        ["BOGO-A", "2"],
        ["BOGO-B", "2"],
      ]),
      bogoStages,
    );
    // Units 8, 8, 10, 10: both socks free. With one shirt returned one pair of socks is no longer free
    // (8.00 clawed back); with both returned still one of the two is, so nothing more is owed.
    const first = returnOf(original, [{ lineId: "line-1", quantity: "1" }], [], bogoStages);
    const second = returnOf(original, [{ lineId: "line-1", quantity: "1" }], [first], bogoStages);
    const clawed = (sales: Sale[]) =>
      sales
        .flatMap((sale) => sale.lines)
        .filter((line) => line.priceSource.kind === "clawback")
        .reduce((total, line) => total - (line.locked?.adjustments[0]?.amount.minor ?? 0n), 0n);
    expect(clawed([first])).toBe(800n);
    expect(clawed([first, second])).toBe(800n);
    const voidedFirst: Sale = {
      ...first,
      lines: first.lines.map((line) =>
        line.priceSource.kind === "clawback" ? { ...line, voided: { by: "emp-1", at: NOW } } : line,
      ),
    };
    const again = returnOf(original, [{ lineId: "line-1", quantity: "1" }], [voidedFirst], bogoStages);
    expect(clawed([again])).toBe(800n);
    const voidedSale: Sale = { ...first, status: "voided" };
    const afresh = returnOf(original, [{ lineId: "line-1", quantity: "1" }], [voidedSale], bogoStages);
    expect(clawed([afresh])).toBe(800n);
  });

  it("returning the free unit never makes the kept goods cheaper than they were charged", () => {
    // Socks 8.00 + two shirts at 10.00: the socks are free. Returned, the shirts alone would get one free.
    const original = completed(
      saleWith([
        ["BOGO-B", "1"],
        ["BOGO-A", "2"],
      ]),
      bogoStages,
    );
    const returned = returnOf(original, [{ lineId: "line-1", quantity: "1" }], [], bogoStages);
    expect(quantities(returned.lines)).toEqual([["line-1", "return", "-1"]]);
  });

  it("points paid for goods like a tender: keeping some of them claws nothing back", () => {
    const original = completed(saleWith([["COFFEE", "2"]]), loyaltyStages, "500");
    const returned = returnOf(original, [{ lineId: "line-1", quantity: "1" }], [], loyaltyStages);
    expect(quantities(returned.lines)).toEqual([["line-1", "return", "-1"]]);
  });
});

/** A second test tax: 2% on every line's net, so clawback lines carry two taxes. */
const levyStage: PricingStage = {
  name: "computeLevy",
  run(priced) {
    const lines = priced.lines.map((line): PricedLine => {
      if (line.isLocked) return line;
      const tax: LineTax = {
        taxId: "levy",
        name: "Levy",
        jurisdiction: "TEST",
        rate: "0.02",
        base: line.net,
        amount: multiply(line.net, parseRate("0.02"), "half-up"),
        included: false,
      };
      return { ...line, taxes: [...line.taxes, tax] };
    });
    return { ...priced, lines };
  },
};

describe("clawback taxes, tax by tax", () => {
  const [resolve, bogo, manual, tax, totals] = bogoStages as [
    PricingStage,
    PricingStage,
    PricingStage,
    PricingStage,
    PricingStage,
  ];
  const twoTaxes = [resolve, bogo, manual, tax, levyStage, totals];
  const taxesOf = (line: SaleLine | undefined) =>
    line?.locked?.taxes.map((entry) => [entry.taxId, entry.amount.toString(), entry.base.toString()]);

  it("claws back each tax of the deal, then gives each back once the kept goods come back too", () => {
    const original = completed(
      saleWith([
        ["BOGO-A", "1"],
        ["BOGO-B", "1"],
      ]),
      twoTaxes,
    );
    const first = returnOf(original, [{ lineId: "line-1", quantity: "1" }], [], twoTaxes);
    expect(taxesOf(first.lines[1])).toEqual([
      ["tax-standard", "0.80", "8.00"],
      ["levy", "0.16", "8.00"],
    ]);
    const second = returnOf(original, [{ lineId: "line-2", quantity: "1" }], [first], twoTaxes);
    expect(second.lines.map((line) => line.priceSource.kind)).toEqual(["return", "clawback"]);
    expect(second.lines[1]?.locked?.adjustments[0]?.amount.toString()).toBe("8.00");
    expect(taxesOf(second.lines[1])).toEqual([
      ["tax-standard", "-0.80", "-8.00"],
      ["levy", "-0.16", "-8.00"],
    ]);
  });

  it("claws back each tax by what the kept unit was charged for it", () => {
    // Two shirts on one line, one free: 10.00 net, 1.00 and 0.20 tax. Returning one keeps a shirt that
    // was charged 5.00 and 0.50 / 0.10, and now costs 10.00 and 1.00 / 0.20.
    const original = completed(saleWith([["BOGO-A", "2"]]), twoTaxes);
    const returned = returnOf(original, [{ lineId: "line-1", quantity: "1" }], [], twoTaxes);
    expect(returned.lines[1]?.locked?.adjustments[0]?.amount.toString()).toBe("-5.00");
    expect(taxesOf(returned.lines[1])).toEqual([
      ["tax-standard", "0.50", "5.00"],
      ["levy", "0.10", "5.00"],
    ]);
  });

  it("claws back a broken deal on untaxed goods too", () => {
    const untaxed = [resolve, bogo, manual, totals];
    const original = completed(
      saleWith([
        ["BOGO-A", "1"],
        ["BOGO-B", "1"],
      ]),
      untaxed,
    );
    const returned = returnOf(original, [{ lineId: "line-1", quantity: "1" }], [], untaxed);
    expect(returned.lines.map((line) => line.priceSource.kind)).toEqual(["return", "clawback"]);
    expect(returned.lines[1]?.locked?.adjustments[0]?.amount.toString()).toBe("-8.00");
    expect(taxesOf(returned.lines[1])).toEqual([]);
  });
});

describe("pointsForReturn at its edges", () => {
  const record = (points: number, sold: bigint, returned: bigint) => ({
    lineId: "a",
    points,
    soldMillionths: sold,
    returnedMillionths: returned,
  });

  it.each([
    ["a third of 10 points, then the rest", record(10, 3_000_000n, 1_000_000n), 2_000_000n, 7],
    ["more than is left is capped at what was sold", record(10, 3_000_000n, 2_000_000n), 2_000_000n, 4],
    ["nothing returned now moves nothing", record(10, 3_000_000n, 0n), 0n, 0],
    ["a line sold in no quantity moves nothing", record(10, 0n, 0n), 1_000_000n, 0],
  ])("%s", (_title, entry, now, points) => {
    expect(pointsForReturn([entry], new Map([["a", now]]))).toBe(points);
  });

  it("lines not in this return move nothing", () => {
    expect(pointsForReturn([record(10, 3_000_000n, 0n)], new Map([["b", 3_000_000n]]))).toBe(0);
  });
});
