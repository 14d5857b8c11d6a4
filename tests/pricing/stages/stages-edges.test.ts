import { describe, expect, it } from "vitest";
import { parseMoney } from "../../../src/core";
import { priceSale } from "../../../src/core/pipeline/price-sale";
import type { PricedLine, PricedSale } from "../../../src/core/pipeline/priced-sale";
import type { PricingContext } from "../../../src/core/pipeline/pricing-context";
import type { SaleLine } from "../../../src/core/sale/sale-line";
import type { SaleTender } from "../../../src/core/sale/sale-records";
import {
  applyBasketPromotions,
  applyItemPromotions,
  applyManualDiscounts,
  applyPriceLists,
  computeTotals,
  previewLoyalty,
  redeemPoints,
  resolvePrices,
} from "../../../src/pricing";
import { nudgeMessage } from "../../../src/pricing/stages/apply-promotion-outcome";
import { tillErrorOf } from "../../support/till-error-of";
import { contextWith, type LineSpec, pricedSale } from "../manual/manual-stage-fixtures";
import { AT, saleLine, stageSale } from "./stage-sale-fixtures";

function tax(amount: string, included: boolean) {
  const money = parseMoney(amount, "EUR");
  return {
    taxId: "vat",
    name: "VAT",
    jurisdiction: "NL",
    rate: "0.21",
    base: money,
    amount: money,
    included,
  };
}

function tender(amount: string, status: SaleTender["status"]): SaleTender {
  return {
    tenderId: `t-${status}-${amount}`,
    kind: "cash",
    status,
    amount: parseMoney(amount, "EUR"),
    at: AT,
  };
}

/** A priced sale whose lines carry the given taxes, with the sale's tenders and cash rounding in the context. */
function totalsOf(
  lines: readonly (LineSpec & { taxes?: ReturnType<typeof tax>[] })[],
  tenders: SaleTender[] = [],
  roundingDifference?: string,
): PricedSale {
  const priced = pricedSale(lines);
  const withTaxes: PricedSale = {
    ...priced,
    lines: priced.lines.map((line, index): PricedLine => ({ ...line, taxes: lines[index]?.taxes ?? [] })),
  };
  const context = contextWith([]);
  const sale = {
    ...context.sale,
    tenders,
    ...(roundingDifference === undefined
      ? {}
      : {
          cashRounding: {
            difference: parseMoney(roundingDifference, "EUR"),
            policyId: "nl-5c",
            policyVersion: 1,
          },
        }),
  };
  return computeTotals.run(withTaxes, { ...context, sale } as PricingContext);
}

function figures(priced: PricedSale) {
  return {
    lineTotals: priced.lines.map((line) => line.total.toString()),
    subtotal: priced.subtotal.toString(),
    discountTotal: priced.discountTotal.toString(),
    taxTotal: priced.taxTotal.toString(),
    total: priced.total.toString(),
    tendered: priced.tendered.toString(),
    balanceDue: priced.balanceDue.toString(),
    change: priced.change.toString(),
  };
}

describe("computeTotals: line totals and document sums", () => {
  it("adds only the taxes outside the price to a line total, and counts every tax in the tax total", () => {
    // a: net 10.00 + 0.70 sales tax = 10.70; b: net 12.10 with 2.10 VAT inside stays 12.10 (gross 13.10, 1.00 off).
    const priced = totalsOf([
      { id: "a", net: "10.00", taxes: [tax("0.70", false)] },
      { id: "b", net: "12.10", promotion: "1.00", taxes: [tax("2.10", true)] },
    ]);
    expect(figures(priced)).toEqual({
      lineTotals: ["10.70", "12.10"],
      subtotal: "23.10",
      discountTotal: "1.00",
      taxTotal: "2.80",
      total: "22.80",
      tendered: "0.00",
      balanceDue: "22.80",
      change: "0.00",
    });
  });

  it("keeps a line object whose total does not move, and rebuilds one whose total does", () => {
    const before = pricedSale([{ id: "a", net: "5.00" }]);
    const same = computeTotals.run(before, contextWith([]));
    expect(same.lines[0]).toBe(before.lines[0]);
    const taxed = { ...before, lines: [{ ...(before.lines[0] as PricedLine), taxes: [tax("0.35", false)] }] };
    expect(computeTotals.run(taxed, contextWith([])).lines[0]?.total.toString()).toBe("5.35");
  });
});

describe("computeTotals: tenders, balance due and change", () => {
  it.each([
    {
      title: "entered and approved tenders count; pending, declined and unknown do not",
      net: "30.00",
      tenders: [
        tender("10.00", "entered"),
        tender("5.00", "approved"),
        tender("7.00", "pending"),
        tender("8.00", "declined"),
        tender("9.00", "unknown"),
      ],
      // 30.00 − (10.00 + 5.00) = 15.00 still due.
      expected: { tendered: "15.00", balanceDue: "15.00", change: "0.00" },
    },
    {
      title: "overpaying a sale gives change: 50.00 on 42.50 → 7.50",
      net: "42.50",
      tenders: [tender("50.00", "entered")],
      expected: { tendered: "50.00", balanceDue: "0.00", change: "7.50" },
    },
    {
      title: "paying a sale exactly leaves nothing due and no change",
      net: "42.50",
      tenders: [tender("42.50", "approved")],
      expected: { tendered: "42.50", balanceDue: "0.00", change: "0.00" },
    },
    {
      title: "a refund not yet paid out is still owed to the customer, never change",
      net: "-12.00",
      tenders: [],
      expected: { tendered: "0.00", balanceDue: "-12.00", change: "0.00" },
    },
    {
      title: "a refund partly paid out: −12.00 − (−5.00) = −7.00 still owed",
      net: "-12.00",
      tenders: [tender("-5.00", "entered")],
      expected: { tendered: "-5.00", balanceDue: "-7.00", change: "0.00" },
    },
    {
      title: "a refund paid out beyond its total owes nothing and gives no change",
      net: "-12.00",
      tenders: [tender("-15.00", "entered")],
      expected: { tendered: "-15.00", balanceDue: "0.00", change: "0.00" },
    },
  ])("$title", ({ net, tenders, expected }) => {
    const priced = totalsOf([{ id: "a", net }], tenders);
    const { tendered, balanceDue, change } = figures(priced);
    expect({ tendered, balanceDue, change }).toEqual(expected);
  });

  it("reads the balance on the cash-rounded amount: 48.32 rounded by −0.02, 48.30 paid, nothing due", () => {
    const priced = totalsOf([{ id: "a", net: "48.32" }], [tender("48.30", "entered")], "-0.02");
    expect(figures(priced)).toMatchObject({ total: "48.32", balanceDue: "0.00", change: "0.00" });
    // Without the rounding line the same 48.30 would leave 0.02 due.
    expect(figures(totalsOf([{ id: "a", net: "48.32" }], [tender("48.30", "entered")])).balanceDue).toBe(
      "0.02",
    );
  });
});

const club = {
  id: "club",
  name: "Club",
  currency: "EUR",
  tiers: [
    { id: "silver", name: "Silver", minSpend: "500.00", multiplier: "1.5" },
    { id: "gold", name: "Gold", minSpend: "1000.00", multiplier: "2" },
  ],
  redemption: { pointValue: "0.01", minPoints: 100, maxShare: "50" },
};

function loyaltyContext(rules: Record<string, unknown>, customer?: { customerId: string; tier?: string }) {
  const context = contextWith([]);
  return {
    ...context,
    sale: { ...context.sale, ...(customer === undefined ? {} : { customer }) },
    rules,
  } as PricingContext;
}

function ledger(priced: PricedSale): string[][] {
  return priced.lines.map((line) => line.adjustments.map((entry) => `${entry.source.kind}:${entry.amount}`));
}

describe("redeemPoints: the points phase", () => {
  const basket: LineSpec[] = [
    { id: "a", net: "12.99" },
    { id: "b", net: "7.01" },
    { id: "locked", net: "5.00", isLocked: true },
    { id: "free", net: "0.00" },
  ];

  it("spreads the points over the payable lines only: 5.00 over 12.99 / 7.01 is 3.25 / 1.75", () => {
    const before = pricedSale(basket);
    const snapshots = { loyaltyAccount: { balance: 2000 }, pointsRedemption: { points: 500 } };
    const priced = redeemPoints.run(before, loyaltyContext({ loyalty: club, snapshots }));
    // The locked line and the line at zero weigh nothing: no entry, not even 0.00.
    expect(ledger(priced)).toEqual([["points:3.25"], ["points:1.75"], [], []]);
    expect(priced.explanation.applied).toEqual([
      {
        ruleId: "club",
        kind: "points",
        name: "500 points",
        amount: parseMoney("5.00", "EUR"),
        lineIds: ["a", "b"],
      },
    ]);
    expect(priced.notes).toEqual([]);
  });

  it("caps a request at the program's share of the basket and says so in a note", () => {
    // 50% of 20.00 = 10.00 = 1,000 points of 0.01; 1,500 asked, 2,000 held.
    const snapshots = { loyaltyAccount: { balance: 2000 }, pointsRedemption: { points: 1500 } };
    const priced = redeemPoints.run(pricedSale(basket), loyaltyContext({ loyalty: club, snapshots }));
    expect(ledger(priced)).toEqual([["points:6.50"], ["points:3.50"], [], []]);
    expect(priced.explanation.applied.map((rule) => [rule.name, rule.amount.toString()])).toEqual([
      ["1000 points", "10.00"],
    ]);
    expect(priced.notes).toEqual([
      { code: "POINTS_CAPPED", message: "Redemption capped at 1000 points (maximum share of the basket)" },
    ]);
  });

  it("rejects a request below the minimum with its facts, and touches no line", () => {
    const snapshots = { loyaltyAccount: { balance: 2000 }, pointsRedemption: { points: 50 } };
    const priced = redeemPoints.run(pricedSale(basket), loyaltyContext({ loyalty: club, snapshots }));
    expect(priced.explanation.rejected).toEqual([
      { ruleId: "club", kind: "points", reasonCode: "below_minimum", message: "minPoints=100, requested=50" },
    ]);
    expect(ledger(priced)).toEqual([[], [], [], []]);
  });

  it("takes a missing account as a zero balance", () => {
    const snapshots = { pointsRedemption: { points: 100 } };
    const priced = redeemPoints.run(pricedSale(basket), loyaltyContext({ loyalty: club, snapshots }));
    expect(priced.explanation.rejected.map((entry) => [entry.reasonCode, entry.message])).toEqual([
      ["insufficient_balance", "balance=0, requested=100"],
    ]);
  });

  it.each([
    {
      title: "a program that redeems points as a tender",
      rules: {
        loyalty: { ...club, redemption: { ...club.redemption, mode: "tender" } },
        snapshots: { loyaltyAccount: { balance: 2000 }, pointsRedemption: { points: 500 } },
      },
    },
    {
      title: "no redemption request",
      rules: { loyalty: club, snapshots: { loyaltyAccount: { balance: 2000 } } },
    },
    { title: "no program", rules: { snapshots: { pointsRedemption: { points: 500 } } } },
  ])("leaves pricing alone with $title", ({ rules }) => {
    const before = pricedSale(basket);
    expect(redeemPoints.run(before, loyaltyContext(rules))).toBe(before);
  });
});

describe("previewLoyalty: the points the sale would earn", () => {
  const lines: LineSpec[] = [{ id: "a", net: "15.00" }];

  it.each([
    // 15.00 × 1.5 = 22.5 → 22 points on the sale's own tier.
    { title: "the sale customer's tier", snapshots: {}, points: "22" },
    // The account snapshot's tier is newer than the one on the sale: 15.00 × 2 = 30.
    {
      title: "the account's tier over the sale's",
      snapshots: { loyaltyAccount: { balance: 0, tier: "gold" } },
      points: "30",
    },
  ])("earns on $title", ({ snapshots, points }) => {
    const context = loyaltyContext({ loyalty: club, snapshots }, { customerId: "c1", tier: "silver" });
    const priced = previewLoyalty.run(pricedSale(lines), context);
    expect(priced.notes).toEqual([{ code: "LOYALTY_PREVIEW", message: points }]);
  });

  it("writes nothing for an anonymous sale or without a program", () => {
    const before = pricedSale(lines);
    expect(previewLoyalty.run(before, loyaltyContext({ loyalty: club }))).toBe(before);
    expect(previewLoyalty.run(before, loyaltyContext({}, { customerId: "c1" }))).toBe(before);
  });
});

describe("nudgeMessage: the nudge as the explanation words it", () => {
  const base = { promotionId: "p", name: "Summer deal" };
  const eur = (text: string) => parseMoney(text, "EUR");
  it.each([
    {
      nudge: { kind: "spend_more", amount: eur("4.01"), reward: eur("10.00") },
      message: "spend 4.01 more for 10.00 off",
    },
    {
      nudge: { kind: "spend_more", amount: eur("0.50"), rewardPercent: "15" },
      message: "spend 0.50 more for 15% off",
    },
    { nudge: { kind: "spend_more", amount: eur("2.00") }, message: "spend 2.00 more for Summer deal" },
    {
      nudge: { kind: "add_quantity", quantity: 1, rewardPercent: "100" },
      message: "add 1 more for a free one",
    },
    { nudge: { kind: "add_quantity", quantity: 2, rewardPercent: "25" }, message: "add 2 more for 25% off" },
    { nudge: { kind: "add_quantity" }, message: "add 1 more for Summer deal" },
    { nudge: { kind: "add_item", sku: "mug", quantity: 1 }, message: "add mug for a free one" },
  ] as const)("$message", ({ nudge, message }) => {
    expect(nudgeMessage({ ...base, ...nudge })).toBe(message);
  });
});

/** A line whose sku is its id. */
function itemLine(lineId: string, price: string, quantity: number, extra: Partial<SaleLine> = {}): SaleLine {
  return saleLine(lineId, lineId, price, quantity, extra);
}

function promotionContext(
  lines: SaleLine[],
  rules: Record<string, unknown>,
  couponCodes: string[] = [],
  extra: { customer?: { customerId: string; tier?: string; groups?: string[] }; roundingMode?: string } = {},
) {
  return {
    sale: {
      ...stageSale(),
      lines,
      couponCodes,
      ...(extra.customer === undefined ? {} : { customer: extra.customer }),
    },
    catalog: { items: {} },
    rules,
    now: AT,
    policies: { roundingMode: extra.roundingMode ?? "half-up", refs: [] },
  } as PricingContext;
}

const tenOff = {
  id: "ten",
  name: "10% off",
  reward: { type: "percent_off_items", percent: "10" },
};
const fiveOffBasket = {
  id: "five",
  name: "5.00 off 20.00",
  conditions: { minSubtotal: "20.00" },
  reward: { type: "fixed_off_basket", amount: "5.00" },
};

describe("the promotion stages: which phase writes what", () => {
  it("writes the item phase in the item stage and the basket phase in the basket stage", () => {
    const lines = [itemLine("a", "12.00", 1), itemLine("b", "13.00", 1)];
    const context = promotionContext(lines, {
      promotions: { currency: "EUR", promotions: [tenOff, fiveOffBasket] },
    });
    const afterItems = priceSale(context.sale, context, [applyItemPromotions]);
    // 10% of 12.00 and 13.00; the basket's 5.00 waits for its own stage.
    expect(ledger(afterItems)).toEqual([["promotion:1.20"], ["promotion:1.30"]]);
    expect(afterItems.explanation.applied.map((rule) => rule.ruleId)).toEqual(["ten"]);
    const afterBasket = applyBasketPromotions.run(afterItems, context);
    // 22.50 after items ≥ 20.00: 5.00 over nets 10.80 / 11.70 → 2.40 / 2.60.
    expect(ledger(afterBasket)).toEqual([
      ["promotion:1.20", "promotion:2.40"],
      ["promotion:1.30", "promotion:2.60"],
    ]);
    expect(afterBasket.explanation.applied.map((rule) => rule.ruleId)).toEqual(["ten", "five"]);
  });

  it("lists a missed basket threshold and its nudge in the basket stage only", () => {
    const lines = [itemLine("a", "12.00", 1)];
    const context = promotionContext(lines, {
      promotions: { currency: "EUR", promotions: [tenOff, fiveOffBasket] },
    });
    const afterItems = priceSale(context.sale, context, [applyItemPromotions]);
    expect([afterItems.explanation.rejected, afterItems.explanation.nudges]).toEqual([[], []]);
    const afterBasket = applyBasketPromotions.run(afterItems, context);
    // 12.00 − 1.20 = 10.80; 20.00 − 10.80 = 9.20 to go.
    expect(afterBasket.explanation.rejected).toEqual([
      {
        ruleId: "five",
        kind: "promotion",
        reasonCode: "threshold_not_met",
        message: "minSubtotal=20.00, subtotal=10.80",
      },
    ]);
    expect(afterBasket.explanation.nudges).toEqual([
      { ruleId: "five", message: "spend 9.20 more for 5.00 off", missing: parseMoney("9.20", "EUR") },
    ]);
  });

  it("skips the basket stage when no promotion rewards the basket", () => {
    const lines = [itemLine("a", "12.00", 1)];
    const context = promotionContext(lines, { promotions: { currency: "EUR", promotions: [tenOff] } });
    const afterItems = priceSale(context.sale, context, [applyItemPromotions]);
    expect(applyBasketPromotions.run(afterItems, context)).toBe(afterItems);
  });

  it("with no promotion at all still explains the rejected coupon codes, once, in the item stage", () => {
    const lines = [itemLine("a", "12.00", 1)];
    const context = promotionContext(lines, { promotions: { currency: "EUR", promotions: [] } }, ["NOPE"]);
    const afterItems = priceSale(context.sale, context, [applyItemPromotions]);
    expect(afterItems.explanation.rejected).toEqual([
      { ruleId: "nope", kind: "coupon", reasonCode: "unknown_code" },
    ]);
    expect(ledger(afterItems)).toEqual([[]]);
    expect(applyBasketPromotions.run(afterItems, context).explanation.rejected).toHaveLength(1);
  });

  it("refuses a line in another currency even with no promotion to apply", () => {
    const lines = [itemLine("a", "12.00", 1, { unitPrice: parseMoney("12.00", "USD") })];
    const context = promotionContext(lines, { promotions: { currency: "EUR", promotions: [] } });
    const sale = { ...context.sale, currency: "USD" };
    const error = tillErrorOf(() => priceSale(sale, { ...context, sale }, [applyItemPromotions]));
    expect(error.code).toBe("CURRENCY_MISMATCH");
  });
});

describe("the promotion stages: the engine's context from the sale, the store and the snapshots", () => {
  const lines = [itemLine("a", "10.05", 1)];
  const tenOn = (conditions: Record<string, unknown>) => ({
    currency: "EUR",
    promotions: [{ ...tenOff, conditions }],
  });
  /** The discount the item stage gives, and the conditions it reports as not met. */
  function itemStage(context: PricingContext) {
    const priced = priceSale(context.sale, context, [applyItemPromotions]);
    return {
      off: priced.explanation.applied.map((rule) => rule.amount.toString()),
      rejected: priced.explanation.rejected.map((rule) => `${rule.reasonCode} ${rule.message ?? ""}`),
    };
  }
  const applied = { off: ["1.01"], rejected: [] };
  const missed = (condition: string) => ({
    off: [],
    rejected: [`conditions_not_met condition=${condition}`],
  });

  it.each([
    {
      title: "the store's channel",
      rules: { store: { channel: "web" } },
      conditions: { channels: ["web"] },
      expected: applied,
    },
    {
      title: "no channel without one in the store settings",
      rules: {},
      conditions: { channels: ["web"] },
      expected: missed("channel"),
    },
    { title: "the sale's store", rules: {}, conditions: { stores: ["store-1"] }, expected: applied },
    {
      title: "the first purchase from the snapshots",
      rules: { snapshots: { isFirstPurchase: true } },
      conditions: { firstPurchaseOnly: true },
      expected: applied,
    },
    {
      title: "not a first purchase by default",
      rules: {},
      conditions: { firstPurchaseOnly: true },
      expected: missed("first_purchase"),
    },
    {
      title: "the customer's tier on the sale",
      rules: {},
      conditions: { loyaltyTiers: ["silver"] },
      expected: applied,
    },
    {
      title: "the account's tier over the sale's",
      rules: { snapshots: { loyaltyAccount: { balance: 0, tier: "gold" } } },
      conditions: { loyaltyTiers: ["silver"] },
      expected: missed("loyalty_tier"),
    },
    {
      title: "the customer's groups",
      rules: {},
      conditions: { customerGroups: ["staff"] },
      expected: applied,
    },
  ])("reads $title", ({ rules, conditions, expected }) => {
    const context = promotionContext(lines, { ...rules, promotions: tenOn(conditions) }, [], {
      customer: { customerId: "c1", tier: "silver", groups: ["staff"] },
    });
    expect(itemStage(context)).toEqual(expected);
  });

  it("a customer without groups is in none", () => {
    const context = promotionContext(lines, { promotions: tenOn({ customerGroups: ["staff"] }) }, [], {
      customer: { customerId: "c1" },
    });
    expect(itemStage(context)).toEqual(missed("customer_group"));
  });

  it("reads promotion usage from the snapshots", () => {
    const promotions = { currency: "EUR", promotions: [{ ...tenOff, limits: { maxUses: 3 } }] };
    const context = promotionContext(lines, {
      promotions,
      snapshots: { promotionUsage: { ten: { uses: 3 } } },
    });
    expect(itemStage(context)).toEqual({ off: [], rejected: ["usage_limit_reached limit=3, uses=3"] });
  });

  it.each([
    // 10% of 10.05 = 1.005.
    { roundingMode: "half-up", off: "1.01" },
    { roundingMode: "half-even", off: "1.00" },
  ])("rounds percentages with the pricing policy's mode: $roundingMode → $off", ({ roundingMode, off }) => {
    const context = promotionContext(lines, { promotions: tenOn({}) }, [], { roundingMode });
    expect(itemStage(context).off).toEqual([off]);
  });
});

describe("the promotion stages: coupon codes", () => {
  const lines = [itemLine("a", "20.00", 1)];
  const coded = {
    currency: "EUR",
    promotions: [
      {
        id: "code",
        name: "Coupon 5%",
        conditions: { couponCode: "SAVE5" },
        reward: { type: "percent_off_basket", percent: "5" },
      },
    ],
  };
  function basketStage(context: PricingContext) {
    const priced = priceSale(context.sale, context, [applyItemPromotions, applyBasketPromotions]);
    return {
      off: priced.explanation.applied.map((rule) => `${rule.kind}:${rule.amount.toString()}`),
      coupons: priced.explanation.rejected
        .filter((rule) => rule.kind === "coupon")
        .map((rule) => `${rule.ruleId} ${rule.reasonCode}`),
    };
  }

  it("a code only a promotion names is valid without a coupon record", () => {
    expect(basketStage(promotionContext(lines, { promotions: coded }, [" save5 "]))).toEqual({
      off: ["coupon:1.00"],
      coupons: [],
    });
  });

  it("a single-use coupon already redeemed is rejected under its normalised code, and unlocks nothing", () => {
    const rules = {
      promotions: coded,
      coupons: [{ code: "SAVE5", promotionId: "code", usage: "single" }],
      snapshots: { couponUsage: { save5: { uses: 1 } } },
    };
    expect(basketStage(promotionContext(lines, rules, ["Save5 "]))).toEqual({
      off: [],
      coupons: ["save5 already_redeemed"],
    });
  });

  it("a per-customer limit is read for the sale's customer", () => {
    const rules = {
      promotions: coded,
      coupons: [{ code: "SAVE5", promotionId: "code", usage: "multi", maxUsesPerCustomer: 1 }],
      snapshots: { couponUsage: { save5: { uses: 4, byCustomer: { c1: 1 } } } },
    };
    expect(
      basketStage(promotionContext(lines, rules, ["SAVE5"], { customer: { customerId: "c1" } })),
    ).toEqual({
      off: [],
      coupons: ["save5 customer_limit_reached"],
    });
    expect(
      basketStage(promotionContext(lines, rules, ["SAVE5"], { customer: { customerId: "c2" } })),
    ).toEqual({
      off: ["coupon:1.00"],
      coupons: [],
    });
  });
});

describe("price stages: the catalog and price lists", () => {
  const catalogItem = (sku: string, price: string) => ({
    sku,
    description: sku,
    barcodes: [],
    unitPrice: parseMoney(price, "EUR"),
    unit: "each" as const,
    taxCategory: "standard",
    tags: [],
    isSellable: true,
  });
  const bulk = {
    currency: "EUR",
    priceLists: [{ id: "bulk", name: "Bulk", entries: [{ sku: "soap", price: "3.50" }] }],
  };
  function pricesContext(
    lines: SaleLine[],
    rules: Record<string, unknown>,
    customer?: { customerId: string; groups?: string[] },
  ) {
    const context = promotionContext(lines, rules, [], customer === undefined ? {} : { customer });
    // The catalog has moved on since the lines were keyed in: soap is now 4.20.
    return {
      ...context,
      catalog: { items: { soap: catalogItem("soap", "4.20"), towel: catalogItem("towel", "9.99") } },
    };
  }
  const figures = (priced: PricedSale) =>
    priced.lines.map(
      (line) =>
        `${line.lineId} ${line.unitPrice} × ${line.quantity.toString()} = ${line.gross} (${line.priceSource.kind})`,
    );
  const modifier = { modifierId: "m1", name: "gift wrap", unitPrice: parseMoney("0.50", "EUR") };

  it("resolvePrices takes today's catalog price plus modifiers, and keeps what it cannot reprice", () => {
    const lines = [
      itemLine("soap", "4.00", 2, { sku: "soap", modifiers: [modifier] }),
      itemLine("gone", "2.00", 1, { sku: "discontinued" }),
      itemLine("towel", "5.00", 1, { sku: "towel", priceSource: { kind: "override" } }),
    ];
    const context = pricesContext(lines, {});
    // (4.20 + 0.50) × 2 = 9.40; the discontinued and the overridden lines keep their price.
    expect(figures(priceSale(context.sale, context, [resolvePrices]))).toEqual([
      "soap 4.70 × 2 = 9.40 (catalog)",
      "gone 2.00 × 1 = 2.00 (catalog)",
      "towel 5.00 × 1 = 5.00 (override)",
    ]);
  });

  it("resolvePrices returns the very same sale when no price moved", () => {
    const context = pricesContext([itemLine("towel", "9.99", 1, { sku: "towel" })], {});
    const seeded = priceSale(context.sale, context, []);
    expect(resolvePrices.run(seeded, context)).toBe(seeded);
  });

  it("applyPriceLists prices from the list and adds the modifiers on top", () => {
    const lines = [
      itemLine("soap", "4.00", 2, { sku: "soap", modifiers: [modifier] }),
      itemLine("towel", "9.99", 1, { sku: "towel" }),
    ];
    const context = pricesContext(lines, { prices: bulk });
    // (3.50 + 0.50) × 2 = 8.00; the towel is on no list and keeps the catalog price.
    expect(figures(priceSale(context.sale, context, [resolvePrices, applyPriceLists]))).toEqual([
      "soap 4.00 × 2 = 8.00 (price-list)",
      "towel 9.99 × 1 = 9.99 (catalog)",
    ]);
  });

  it("applyPriceLists leaves overridden, locked and unknown lines, and returns the same sale when nothing moves", () => {
    const lines = [
      itemLine("over", "5.00", 1, { sku: "soap", priceSource: { kind: "override" } }),
      itemLine("gone", "2.00", 1, { sku: "discontinued" }),
    ];
    const context = pricesContext(lines, {
      prices: {
        ...bulk,
        priceLists: [
          {
            ...bulk.priceLists[0],
            entries: [
              { sku: "soap", price: "3.50" },
              { sku: "discontinued", price: "1.00" },
            ],
          },
        ],
      },
    });
    const seeded = priceSale(context.sale, context, []);
    const locked = {
      ...(seeded.lines[0] as PricedLine),
      lineId: "locked",
      priceSource: { kind: "catalog" as const },
      isLocked: true,
    };
    // A priced line the sale no longer holds (nothing to read its modifiers from).
    const orphan = {
      ...(seeded.lines[0] as PricedLine),
      lineId: "orphan",
      priceSource: { kind: "catalog" as const },
    };
    const before = { ...seeded, lines: [...seeded.lines, locked, orphan] };
    expect(applyPriceLists.run(before, context)).toBe(before);
  });

  it.each([
    {
      title: "a channel list in the store's channel",
      list: { channels: ["web"] },
      rules: { store: { channel: "web" } },
      customer: undefined,
      kind: "price-list",
    },
    {
      title: "a channel list without a store channel",
      list: { channels: ["web"] },
      rules: {},
      customer: undefined,
      kind: "catalog",
    },
    {
      title: "a group list for a member",
      list: { customerGroups: ["staff"] },
      rules: {},
      customer: { customerId: "c1", groups: ["staff"] },
      kind: "price-list",
    },
    {
      title: "a group list for a customer without groups",
      list: { customerGroups: ["staff"] },
      rules: {},
      customer: { customerId: "c1" },
      kind: "catalog",
    },
    {
      title: "a group list for an anonymous sale",
      list: { customerGroups: ["staff"] },
      rules: {},
      customer: undefined,
      kind: "catalog",
    },
  ])("applyPriceLists: $title → $kind", ({ list, rules, customer, kind }) => {
    const prices = { ...bulk, priceLists: [{ ...bulk.priceLists[0], ...list }] };
    const context = pricesContext(
      [itemLine("soap", "4.20", 1, { sku: "soap" })],
      { ...rules, prices },
      customer,
    );
    expect(
      priceSale(context.sale, context, [resolvePrices, applyPriceLists]).lines[0]?.priceSource.kind,
    ).toBe(kind);
  });
});

describe("stage rules: malformed parts", () => {
  it.each([
    { part: "store", value: "UTC", path: ["store"] },
    { part: "store", value: { timeZone: "" }, path: ["store", "timeZone"] },
    { part: "snapshots", value: "none", path: ["snapshots"] },
    { part: "snapshots", value: { isFirstPurchase: "yes" }, path: ["snapshots", "isFirstPurchase"] },
    { part: "coupons", value: null, path: ["coupons"] },
    {
      part: "coupons",
      value: [{ code: "X", promotionId: "p", usage: "twice" }],
      path: ["coupons", 0, "usage"],
    },
    { part: "loyalty", value: 7, path: ["loyalty"] },
  ])("a $part of $value is INVALID_RULE at $path", ({ part, value, path }) => {
    const context = promotionContext([itemLine("a", "1.00", 1)], {
      [part]: value,
      promotions: { currency: "EUR", promotions: [tenOff] },
    });
    const error = tillErrorOf(() => priceSale(context.sale, context, [applyItemPromotions, redeemPoints]));
    expect(error.code).toBe("INVALID_RULE");
    expect(error.path).toEqual(path);
  });
});

describe("stage rules: null parts", () => {
  it("reads a null store or snapshots as absent: defaults, no error", () => {
    const context = promotionContext([itemLine("a", "10.05", 1)], {
      store: null,
      snapshots: null,
      promotions: { currency: "EUR", promotions: [tenOff] },
    });
    const priced = priceSale(context.sale, context, [applyItemPromotions, redeemPoints]);
    expect(ledger(priced)).toEqual([["promotion:1.01"]]);
  });
});

describe("the promotion stages: the nets the engine starts from", () => {
  it("the basket stage adds back only this rule set's own promotions and coupons", () => {
    const rules = {
      promotions: {
        currency: "EUR",
        promotions: [
          { ...tenOff, id: "ten" },
          {
            id: "code",
            name: "code",
            conditions: { couponCode: "C" },
            reward: { type: "fixed_off_items", amount: "1.00" },
          },
          { id: "tenth", name: "10% basket", reward: { type: "percent_off_basket", percent: "10" } },
        ],
      },
    };
    const context = promotionContext([itemLine("a", "20.00", 1)], rules);
    const seeded = priceSale(context.sale, context, []);
    const entry = (kind: string, id: string, amount: string) => ({
      source: { kind, id, name: id },
      amount: parseMoney(amount, "EUR"),
    });
    // Gross 20.00 less 2.00 (ten), 1.00 (coupon "code"), 1.50 manual and 0.50 from another engine: net 15.00.
    const line = {
      ...(seeded.lines[0] as PricedLine),
      adjustments: [
        entry("promotion", "ten", "2.00"),
        entry("coupon", "code", "1.00"),
        entry("manual", "m", "1.50"),
        entry("promotion", "elsewhere", "0.50"),
      ],
      net: parseMoney("15.00", "EUR"),
      total: parseMoney("15.00", "EUR"),
    } as PricedLine;
    const afterBasket = applyBasketPromotions.run({ ...seeded, lines: [line] }, context);
    // The engine restarts from 15.00 + 2.00 + 1.00 = 18.00: 10% off 18.00 after "ten" (1.80) is 16.20 → 1.62.
    expect(afterBasket.explanation.applied.map((rule) => `${rule.ruleId} ${rule.amount}`)).toEqual([
      "tenth 1.62",
    ]);
  });

  it("leaves locked lines, returns and lines the sale does not hold to themselves", () => {
    const context = promotionContext([itemLine("a", "10.00", 1), itemLine("back", "10.00", -1)], {
      promotions: { currency: "EUR", promotions: [tenOff] },
    });
    const seeded = priceSale(context.sale, context, []);
    const locked = { ...(seeded.lines[0] as PricedLine), lineId: "locked", isLocked: true };
    const orphan = { ...(seeded.lines[0] as PricedLine), lineId: "orphan" };
    const priced = applyItemPromotions.run({ ...seeded, lines: [...seeded.lines, locked, orphan] }, context);
    expect(ledger(priced)).toEqual([["promotion:1.00"], [], [], []]);
  });

  it("keeps what earlier stages explained when no promotion applies", () => {
    const before = pricedSale(
      [{ id: "a", net: "10.00" }],
      [{ ruleId: "m", kind: "manual", name: "m", amount: parseMoney("1.00", "EUR"), lineIds: ["a"] }],
    );
    const withNudge = {
      ...before,
      explanation: { ...before.explanation, nudges: [{ ruleId: "x", message: "add 1 more" }] },
    };
    const context = promotionContext([], { promotions: { currency: "EUR", promotions: [] } }, ["NOPE"]);
    const priced = applyItemPromotions.run(withNudge, context);
    expect(priced.explanation).toEqual({
      applied: withNudge.explanation.applied,
      rejected: [{ ruleId: "nope", kind: "coupon", reasonCode: "unknown_code" }],
      nudges: [{ ruleId: "x", message: "add 1 more" }],
    });
  });

  it("explains a rejected coupon once across both stages", () => {
    const context = promotionContext(
      [itemLine("a", "25.00", 1)],
      { promotions: { currency: "EUR", promotions: [tenOff, fiveOffBasket] } },
      ["NOPE"],
    );
    const priced = priceSale(context.sale, context, [applyItemPromotions, applyBasketPromotions]);
    expect(priced.explanation.rejected).toEqual([
      { ruleId: "nope", kind: "coupon", reasonCode: "unknown_code" },
    ]);
  });

  it("the basket stage still refuses a sale in another currency than the rules", () => {
    const context = promotionContext([itemLine("a", "12.00", 1)], {
      promotions: { currency: "EUR", promotions: [tenOff] },
    });
    const seeded = priceSale(context.sale, context, []);
    const inDollars = {
      ...seeded,
      currency: "USD",
      lines: seeded.lines.map((line) => ({
        ...line,
        net: parseMoney("12.00", "USD"),
        unitPrice: parseMoney("12.00", "USD"),
      })),
    };
    expect(tillErrorOf(() => applyBasketPromotions.run(inDollars, context)).code).toBe("CURRENCY_MISMATCH");
  });
});

describe("applyManualDiscounts: lines it may not touch", () => {
  it("ignores a line discount on a locked line or a line at zero, and returns the same sale", () => {
    const before = pricedSale([
      { id: "a", net: "10.00", isLocked: true },
      { id: "b", net: "0.00", promotion: "5.00" },
    ]);
    const context = contextWith([
      { id: "d1", line: "a", value: "2.00" },
      { id: "d2", line: "b", value: "10%" },
    ]);
    expect(applyManualDiscounts.run(before, context)).toBe(before);
  });
});
