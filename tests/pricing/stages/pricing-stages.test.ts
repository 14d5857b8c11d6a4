import { describe, expect, it } from "vitest";
import { parseMoney } from "../../../src/core";
import { priceSale } from "../../../src/core/pipeline/price-sale";
import type { PricedSale } from "../../../src/core/pipeline/priced-sale";
import type { PricingContext, PricingRules } from "../../../src/core/pipeline/pricing-context";
import type { Sale } from "../../../src/core/sale/sale";
import type { SaleLine } from "../../../src/core/sale/sale-line";
import {
  applyBasketPromotions,
  applyItemPromotions,
  applyPriceLists,
  type PromotionRulesInput,
  previewLoyalty,
  redeemPoints,
  resolvePrices,
} from "../../../src/pricing";
import { AT, saleLine, stageSale } from "./stage-sale-fixtures";

function saleWith(lines: SaleLine[], extra: Partial<Sale> = {}): Sale {
  return { ...stageSale({ customerId: "c1", tier: "silver" }), lines, ...extra };
}

function contextFor(sale: Sale, rules: PricingRules): PricingContext {
  const items = Object.fromEntries(
    sale.lines.map((line) => [
      line.sku,
      {
        sku: line.sku,
        description: line.sku,
        barcodes: [],
        unitPrice: line.unitPrice,
        unit: "each" as const,
        taxCategory: "standard",
        tags: [],
        isSellable: true,
      },
    ]),
  );
  return { sale, catalog: { items }, rules, now: AT, policies: { roundingMode: "half-up", refs: [] } };
}

const STAGES = [
  resolvePrices,
  applyPriceLists,
  applyItemPromotions,
  applyBasketPromotions,
  redeemPoints,
  previewLoyalty,
];

function price(sale: Sale, rules: PricingRules): PricedSale {
  return priceSale(sale, contextFor(sale, rules), STAGES);
}

const promotions: PromotionRulesInput = {
  currency: "EUR",
  promotions: [
    {
      id: "any3",
      name: "Any 3 for 10.00",
      conditions: { items: { skus: ["soap"] } },
      reward: { type: "mix_and_match", quantity: 3, price: "10.00" },
    },
    {
      id: "bogo",
      name: "BOGO 25%",
      priority: 1,
      conditions: { items: { skus: ["soap"] } },
      reward: { type: "buy_x_get_y", buy: 1, get: 1, percent: "25" },
    },
    {
      id: "ten",
      name: "10.00 off 30.00",
      conditions: { minSubtotal: "30.00" },
      reward: { type: "fixed_off_basket", amount: "10.00" },
    },
    {
      id: "code",
      name: "Coupon 5%",
      conditions: { couponCode: "HELLO" },
      reward: { type: "percent_off_basket", percent: "5" },
    },
  ],
};

describe("pricing stages in the pipeline", () => {
  it("item promotions go through the solver, basket promotions allocate on the nets after them", () => {
    const sale = saleWith([saleLine("l1", "soap", "4.00", 5), saleLine("l2", "towel", "9.99", 1)]);
    const priced = price(sale, { promotions });
    const ledger = priced.lines.map((line) =>
      line.adjustments.map((entry) => `${entry.source.kind}:${entry.source.id}:${entry.amount}`),
    );
    // soap: 20.00 − 3.00 (solver: one 3-for-10 and one pair) = 17.00; towel 9.99; subtotal 26.99 < 30.00.
    expect(ledger).toEqual([["promotion:bogo:1.00", "promotion:any3:2.00"], []]);
    expect(priced.explanation.nudges.find((nudge) => nudge.ruleId === "ten")).toEqual({
      ruleId: "ten",
      message: "spend 3.01 more for 10.00 off",
      missing: parseMoney("3.01", "EUR"),
    });
    expect(priced.lines.map((line) => line.net.toString())).toEqual(["17.00", "9.99"]);
  });

  it("a valid coupon unlocks its promotion as a coupon ledger entry; an unknown code is explained", () => {
    const sale = saleWith([saleLine("l1", "towel", "20.00", 1)], { couponCodes: [" hello ", "NOPE"] });
    const priced = price(sale, { promotions });
    expect(priced.lines[0]?.adjustments.map((entry) => `${entry.source.kind}:${entry.amount}`)).toEqual([
      "coupon:1.00",
    ]);
    expect(priced.explanation.rejected.find((entry) => entry.kind === "coupon")).toEqual({
      ruleId: "nope",
      kind: "coupon",
      reasonCode: "unknown_code",
    });
  });

  it("the pipeline is pure and idempotent: the same sale prices to the same JSON twice", () => {
    const sale = saleWith([saleLine("l1", "soap", "4.00", 6), saleLine("l2", "towel", "31.00", 1)]);
    expect(JSON.stringify(price(sale, { promotions }))).toBe(JSON.stringify(price(sale, { promotions })));
  });

  it("an overridden price skips item promotions but still counts toward the basket threshold", () => {
    const overridden = saleLine("l1", "soap", "9.00", 3, { priceSource: { kind: "override" } });
    const priced = price(saleWith([overridden, saleLine("l2", "towel", "5.00", 1)]), { promotions });
    expect(priced.lines.map((line) => line.adjustments.map((entry) => entry.source.id))).toEqual([
      [],
      ["ten"],
    ]);
  });

  it("price lists, volume tiers and the price source", () => {
    const prices = {
      currency: "EUR",
      priceLists: [
        {
          id: "bulk",
          name: "Bulk",
          entries: [
            {
              sku: "soap",
              price: "4.00",
              volume: { mode: "all-units", tiers: [{ minQuantity: "10", price: "3.50" }] },
            },
          ],
        },
      ],
    };
    const priced = price(saleWith([saleLine("l1", "soap", "4.20", 10)]), { prices });
    expect([priced.lines[0]?.gross.toString(), priced.lines[0]?.priceSource]).toEqual([
      "35.00",
      { kind: "tier", ref: "bulk" },
    ]);
  });

  const loyalty = {
    id: "club",
    name: "Club",
    currency: "EUR",
    tiers: [{ id: "silver", name: "Silver", minSpend: "500.00", multiplier: "1.5" }],
    redemption: { pointValue: "0.01", minPoints: 100, maxShare: "50" },
  };

  it("points redemption is a discount phase allocated over lines; the preview earns on the net after it", () => {
    const sale = saleWith([saleLine("l1", "towel", "12.99", 1), saleLine("l2", "mat", "7.01", 1)]);
    const priced = price(sale, {
      loyalty,
      snapshots: { loyaltyAccount: { balance: 2000 }, pointsRedemption: { points: 500 } },
    });
    expect(
      priced.lines.map((line) => line.adjustments.map((entry) => `${entry.source.kind}:${entry.amount}`)),
    ).toEqual([["points:3.25"], ["points:1.75"]]);
    // 15.00 net × 1.5 (silver) = 22.5 → 22 points.
    expect(priced.notes.find((note) => note.code === "LOYALTY_PREVIEW")?.message).toBe("22");
  });

  it("redeeming beyond the balance is a reasoned rejection, not a crash", () => {
    const priced = price(saleWith([saleLine("l1", "towel", "12.99", 1)]), {
      loyalty,
      snapshots: { loyaltyAccount: { balance: 100 }, pointsRedemption: { points: 500 } },
    });
    expect(priced.explanation.rejected).toEqual([
      {
        ruleId: "club",
        kind: "points",
        reasonCode: "insufficient_balance",
        message: "balance=100, requested=500",
      },
    ]);
    expect(priced.lines[0]?.adjustments).toEqual([]);
  });

  it("malformed promotion rules in the context are INVALID_RULE", () => {
    const sale = saleWith([saleLine("l1", "towel", "12.99", 1)]);
    expect(() =>
      price(sale, {
        promotions: {
          currency: "EUR",
          promotions: [{ id: "x", name: "x", reward: { type: "percent_off_items", percent: "150" } }],
        },
      }),
    ).toThrow(
      expect.objectContaining({ code: "INVALID_RULE", path: ["promotions", 0, "reward", "percent"] }),
    );
  });
});
