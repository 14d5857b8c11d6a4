import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultStages } from "../../../src";
import { type PricedSale, type PricingStage, priceBasket, pricedSaleJson } from "../../../src/core";
import { basketArbitrary, promotionRulesArbitrary } from "../../../src/testing";

const viaText = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Prices with the default stages and keeps the PricedSale the last stage returned. */
function pricedWithDefaults(input: Parameters<typeof priceBasket>[0]): {
  json: ReturnType<typeof priceBasket>;
  priced: PricedSale;
} {
  let priced: PricedSale | undefined;
  const keep: PricingStage = {
    name: "keep",
    run: (sale) => {
      priced = sale;
      return sale;
    },
  };
  const json = priceBasket(input, [...defaultStages, keep]);
  if (priced === undefined) throw new Error("the keep stage did not run");
  return { json, priced };
}

const EUR = (amount: string) => ({ amount, currency: "EUR" });

describe("pricedSaleJson", () => {
  it("writes an override, a price list reference, promotions, manual discounts and included and added taxes as a JSON round trip does", () => {
    const { json, priced } = pricedWithDefaults({
      currency: "EUR",
      date: "2026-11-23T12:00:00Z",
      catalog: {
        items: {
          A: {
            sku: "A",
            description: "Apple",
            unitPrice: EUR("0.50"),
            taxCategory: "food",
            category: "fruit",
          },
          B: { sku: "B", description: "Bag", unitPrice: EUR("2.00"), taxCategory: "goods" },
        },
      },
      lines: [
        { sku: "A", quantity: "3", lineId: "l1" },
        { sku: "B", quantity: "1", lineId: "l2", unitPrice: EUR("1.80") },
      ],
      manualDiscounts: [
        {
          scope: { kind: "line", lineId: "l2" },
          value: { kind: "amount", amount: EUR("0.30") },
          reason: "dent",
        },
      ],
      rules: {
        promotions: {
          currency: "EUR",
          promotions: [
            {
              id: "fruit-10",
              name: "Fruit 10%",
              conditions: { items: { categories: ["fruit"] } },
              reward: { type: "percent_off_items", percent: "10" },
            },
          ],
        },
        tax: {
          currency: "EUR",
          categories: [{ id: "food" }, { id: "goods" }],
          taxes: [
            {
              id: "vat-9",
              name: "VAT 9%",
              kind: "percent",
              rate: "9",
              priceIncluded: true,
              categories: ["food"],
              jurisdiction: { id: "nl", level: "country", name: "NL", code: "NL" },
            },
            {
              id: "st-8",
              name: "Sales 8%",
              kind: "percent",
              rate: "8",
              priceIncluded: false,
              categories: ["goods"],
              jurisdiction: { id: "us", level: "state", name: "US", code: "US" },
            },
          ],
          rounding: { id: "line", version: 1, scope: "line", mode: "half-up" },
        },
      },
    });
    expect(pricedSaleJson(priced)).toStrictEqual(viaText(priced));
    expect(json).toStrictEqual(viaText(priced));
    // The worked figures: 3 × 0.50 = 1.50 less 10% = 1.35 (9% included: 0.11); 1.80 less 0.30 = 1.50 plus 8% = 0.12.
    expect(
      json.lines.map((line) => [line.net.amount, line.taxes[0]?.amount.amount, line.total.amount]),
    ).toEqual([
      ["1.35", "0.11", "1.35"],
      ["1.50", "0.12", "1.62"],
    ]);
    expect(json.lines[1]?.priceSource).toEqual({ kind: "override" });
    expect(json.total).toEqual(EUR("2.97"));
    // A price list's source carries its reference; an absent one is left out, as in a round trip.
    const listed = {
      ...priced,
      lines: priced.lines.map((line, index) => ({
        ...line,
        priceSource:
          index === 0
            ? { kind: "price-list" as const, ref: "PL-1" }
            : { kind: "tier" as const, ref: undefined },
      })),
    };
    expect(pricedSaleJson(listed)).toStrictEqual(viaText(listed));
    expect(pricedSaleJson(listed).lines.map((line) => line.priceSource)).toEqual([
      { kind: "price-list", ref: "PL-1" },
      { kind: "tier" },
    ]);
  });

  it("equals a JSON round trip of the PricedSale for generated baskets and promotions", () => {
    fc.assert(
      fc.property(
        basketArbitrary({ size: { min: 0, max: 6 } }),
        promotionRulesArbitrary(),
        (basket, promotions) => {
          const { json, priced } = pricedWithDefaults({ ...basket, rules: { promotions } });
          expect(json).toStrictEqual(viaText(priced));
        },
      ),
      { numRuns: 150 },
    );
  });
});
