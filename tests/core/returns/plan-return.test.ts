import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatScaled, isTillError } from "../../../src/core";
import {
  applySaleAction,
  type OriginalSale,
  type PricedSale,
  type PricingStage,
  planReturn,
  priceSale,
  redeemedPointsToRestore,
  type Sale,
} from "../../../src/core/checkout";
import { loyaltyStages, stages } from "../pipeline/test-stages";
import { contextFor, emptySale, NOW, price, rules, saleWith } from "../sale/sale-fixtures";

const eur = (amount: string) => ({ amount, currency: "EUR" });

function completedOriginal(
  sale: Sale,
  pipeline: readonly PricingStage[] = stages,
  pointsMinor = "0",
): OriginalSale {
  const priced = priceSale(
    sale,
    { ...contextFor(sale), rules: { ...rules, testPointsValue: pointsMinor } },
    pipeline,
  );
  return { sale: applySaleAction(sale, { type: "complete", receiptNumber: "R-1", at: NOW }), priced };
}

function withBasketDiscount(sale: Sale, amount: string): Sale {
  return applySaleAction(sale, {
    type: "addManualDiscount",
    discount: {
      discountId: "d-1",
      scope: { kind: "basket" },
      value: { kind: "amount", amount: eur(amount) },
      reason: "r",
      addedBy: "e",
      at: NOW,
    },
    at: NOW,
  });
}

let counter = 0;
const meta = () => ({ nextLineId: () => `r-${++counter}`, by: "emp-1", at: NOW });

/** A return sale holding the planned lines, priced. */
function returnSale(
  original: OriginalSale,
  request: { lineId: string; quantity: string }[],
  prior: Sale[] = [],
  pipeline = stages,
) {
  const reprice = (kept: Sale): PricedSale =>
    priceSale(kept, { ...contextFor(kept), catalog: { items: {} } }, pipeline);
  const lines = planReturn({
    original,
    request: { lines: request },
    priorReturns: prior,
    reprice,
    meta: meta(),
  });
  const sale = lines.reduce(
    (s: Sale, line) => applySaleAction(s, { type: "addLine", line, at: NOW }),
    emptySale(`ret-${++counter}`),
  );
  return {
    sale: applySaleAction(sale, { type: "complete", receiptNumber: `R-${counter}`, at: NOW }),
    priced: price(sale, pipeline),
  };
}

describe("returns against a receipt refund each unit's share, never re-prorated", () => {
  // 3 pens at 0.99 = 2.97 with 1.00 off the basket: discount 1.00 on the line, net 1.97, tax 10% 0.20.
  const pens = completedOriginal(withBasketDiscount(saleWith([["PEN", "3"]]), "1.00"));

  it.each([
    ["1 of 3 pens: −0.99 gross, +0.33 discount, −0.07 tax", [{ lineId: "line-1", quantity: "1" }], "-0.73"],
    ["2 of 3 pens", [{ lineId: "line-1", quantity: "2" }], "-1.44"],
    ["all 3 pens: exactly what was paid", [{ lineId: "line-1", quantity: "3" }], "-2.17"],
  ])("%s → refund %s", (_title, request, refund) => {
    expect(returnSale(pens, request).priced.total.toString()).toBe(refund);
  });

  it("1 then 2 pens refund what 3 at once would (cumulative shares)", () => {
    const first = returnSale(pens, [{ lineId: "line-1", quantity: "1" }]);
    const second = returnSale(pens, [{ lineId: "line-1", quantity: "2" }], [first.sale]);
    expect((first.priced.total.minor + second.priced.total.minor).toString()).toBe("-217");
    expect(pens.priced.total.toString()).toBe("2.17");
  });

  it.each([
    [
      "returning more than was sold",
      pens,
      [{ lineId: "line-1", quantity: "4" }],
      "RETURN_EXCEEDS_SOLD",
      ["lines", 0, "quantity"],
    ],
    ["an unknown line", pens, [{ lineId: "line-7", quantity: "1" }], "UNKNOWN_LINE", ["lines", 0, "lineId"]],
    [
      "half a pen",
      pens,
      [{ lineId: "line-1", quantity: "0.5" }],
      "QUANTITY_PRECISION",
      ["lines", 0, "quantity"],
    ],
    ["zero pens", pens, [{ lineId: "line-1", quantity: "0" }], "INVALID_QUANTITY", ["lines", 0, "quantity"]],
    ["a voided sale", { ...pens, sale: { ...pens.sale, status: "voided" as const } }, [], "SALE_VOIDED", []],
    [
      "an open sale",
      { ...pens, sale: { ...pens.sale, status: "open" as const } },
      [],
      "RETURN_NOT_ALLOWED",
      [],
    ],
  ])("rejects %s", (_title, original, request, code, path) => {
    try {
      planReturn({ original, request: { lines: request }, priorReturns: [], meta: meta() });
      expect.unreachable();
    } catch (error) {
      expect(isTillError(error) && { code: error.code, path: error.path }).toEqual({ code, path });
    }
  });

  it("quantities already returned cannot be returned again", () => {
    const first = returnSale(pens, [{ lineId: "line-1", quantity: "2" }]);
    expect(() =>
      planReturn({
        original: pens,
        request: { lines: [{ lineId: "line-1", quantity: "2" }] },
        priorReturns: [first.sale],
        meta: meta(),
      }),
    ).toThrowError(expect.objectContaining({ code: "RETURN_EXCEEDS_SOLD" }));
  });
});

describe("deal clawback (test buy-one-get-one stage)", () => {
  it.each([
    // Shirt 10.00 + socks 8.00, socks free: paid 10.00 + 1.00 tax.
    [
      "return the shirt, keep the free socks → refund covers only the difference",
      [{ lineId: "line-1", quantity: "1" }],
      "-2.20",
    ],
    [
      "return the free socks → nothing to refund, the deal is simply gone",
      [{ lineId: "line-2", quantity: "1" }],
      "0.00",
    ],
    ["return both → everything paid", [], "-11.00"],
  ])("%s: %s", (_title, request, refund) => {
    const original = completedOriginal(
      saleWith([
        ["BOGO-A", "1"],
        ["BOGO-B", "1"],
      ]),
      loyaltyStages,
    );
    expect(original.priced.total.toString()).toBe("11.00");
    expect(returnSale(original, request, [], loyaltyStages).priced.total.toString()).toBe(refund);
  });

  it("two shirts on one line, one free: returning one refunds nothing", () => {
    const original = completedOriginal(saleWith([["BOGO-A", "2"]]), loyaltyStages);
    const result = returnSale(original, [{ lineId: "line-1", quantity: "1" }], [], loyaltyStages);
    expect(result.priced.total.toString()).toBe("0.00");
    expect(result.sale.lines.map((line) => line.priceSource.kind)).toEqual(["return", "clawback"]);
  });
});

describe("a manual discount is the cashier's, not a deal: it is never clawed back", () => {
  it("0.50 off coffee, milk, bread and pen; returning the bread refunds its share and claws nothing back", () => {
    const original = completedOriginal(
      withBasketDiscount(
        saleWith([
          ["COFFEE", "1"],
          ["MILK", "2"],
          ["BREAD", "1"],
          ["PEN", "2"],
        ]),
        "0.50",
      ),
    );
    const result = returnSale(original, [{ lineId: "line-3", quantity: "1" }]);
    expect(result.sale.lines.map((line) => line.priceSource.kind)).toEqual(["return"]);
  });

  it("property: returning any one line of a basket with an amount off adds no clawback line", () => {
    const skus = fc.constantFrom("COFFEE", "MILK", "BREAD", "PEN");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(skus, fc.integer({ min: 1, max: 4 })), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 1, max: 500 }),
        fc.nat(),
        (entries, discountCents, pick) => {
          const lines = entries.map(([sku, quantity]): [string, string] => [sku, String(quantity)]);
          const original = completedOriginal(
            withBasketDiscount(saleWith(lines), formatScaled(BigInt(discountCents), 2)),
          );
          const index = pick % lines.length;
          const request = [{ lineId: `line-${index + 1}`, quantity: lines[index]?.[1] ?? "1" }];
          const kinds = returnSale(original, request).sale.lines.map((line) => line.priceSource.kind);
          expect(kinds).toEqual(["return"]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("returns property", () => {
  it("a full return, in any number of steps, nets to exactly zero in money, tax and points", () => {
    const lineArb = fc.tuple(
      fc.constantFrom("COFFEE", "MILK", "PEN", "BOGO-A", "BOGO-B"),
      fc.integer({ min: 1, max: 6 }).map(String),
    );
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 2000 }),
        (lines, discountCents, steps, pointsMinor) => {
          const original = completedOriginal(
            withBasketDiscount(saleWith(lines), formatScaled(BigInt(discountCents), 2)),
            loyaltyStages,
            String(pointsMinor),
          );
          const pointsRedeemed = original.priced.lines
            .flatMap((line) => line.adjustments)
            .filter((entry) => entry.source.kind === "points")
            .reduce((total, entry) => total + entry.amount.minor, 0n);
          let pointsRestored = 0n;
          const prior: Sale[] = [];
          let refund = 0n;
          let taxRefund = 0n;
          for (let step = 1; step <= steps; step++) {
            const request = original.priced.lines
              .map((line) => {
                const sold = line.quantity.millionths / 1_000_000n;
                const upTo = (sold * BigInt(step)) / BigInt(steps);
                const before = (sold * BigInt(step - 1)) / BigInt(steps);
                return { lineId: line.lineId, quantity: String(upTo - before) };
              })
              .filter((entry) => entry.quantity !== "0");
            if (request.length === 0) continue;
            const result = returnSale(original, request, prior, loyaltyStages);
            prior.push(result.sale);
            refund += result.priced.total.minor;
            pointsRestored += redeemedPointsToRestore(result.sale.lines)["burn-1"]?.minor ?? 0n;
            taxRefund += result.priced.taxTotal.minor;
          }
          expect(refund + original.priced.total.minor).toBe(0n);
          expect(taxRefund + original.priced.taxTotal.minor).toBe(0n);
          expect(pointsRestored).toBe(pointsRedeemed);
        },
      ),
      { numRuns: 150 },
    );
  });
});
