import { describe, expect, it } from "vitest";
import type { PromotionInput } from "../../../src/pricing";
import { line, promote } from "../fixtures";

const basket = [line("a", "10.00"), line("b", "20.00"), line("c", "30.00")];
const tenPercent: PromotionInput = {
  id: "ten",
  name: "10% off",
  priority: 1,
  reward: { type: "percent_off_items", percent: "10", unitUse: "shared" },
};
const fiveOff: PromotionInput = {
  id: "five",
  name: "5.00 off",
  reward: { type: "fixed_off_basket", amount: "5.00" },
};

function reasons(outcome: ReturnType<typeof promote>): Record<string, string> {
  return Object.fromEntries(outcome.rejected.map((entry) => [entry.promotionId, entry.reason]));
}

describe("stacking", () => {
  it.each([
    {
      title: "stackable item and basket promotions compound: 6.00 then 5.00 → 11.00",
      promotions: [tenPercent, fiveOff],
      policy: {},
      total: "11.00",
      rejected: {},
    },
    {
      title: "an exclusive 15.00 beats the stack of 11.00 under best_for_customer",
      promotions: [
        tenPercent,
        fiveOff,
        {
          id: "vip",
          name: "VIP 15 off",
          mode: { kind: "exclusive" },
          reward: { type: "fixed_off_basket", amount: "15.00" },
        },
      ],
      policy: {},
      total: "15.00",
      rejected: { ten: "blocked_by_exclusive", five: "blocked_by_exclusive" },
    },
    {
      title: "an exclusive 8.00 loses to the stack of 11.00 under best_for_customer",
      promotions: [
        tenPercent,
        fiveOff,
        {
          id: "vip",
          name: "VIP 8 off",
          mode: { kind: "exclusive" },
          reward: { type: "fixed_off_basket", amount: "8.00" },
        },
      ],
      policy: {},
      total: "11.00",
      rejected: { vip: "lost_best_deal" },
    },
    {
      title: "exclusive_overrides lets the 8.00 exclusive win outright",
      promotions: [
        tenPercent,
        fiveOff,
        {
          id: "vip",
          name: "VIP 8 off",
          mode: { kind: "exclusive" },
          reward: { type: "fixed_off_basket", amount: "8.00" },
        },
      ],
      policy: { exclusivity: "exclusive_overrides" as const },
      total: "8.00",
      rejected: { ten: "blocked_by_exclusive", five: "blocked_by_exclusive" },
    },
    {
      title: "stop_after at priority 1 blocks the lower-priority basket promotion",
      promotions: [{ ...tenPercent, mode: { kind: "stop_after" as const } }, fiveOff],
      policy: {},
      total: "6.00",
      rejected: { five: "blocked_by_stop_after" },
    },
    {
      title: "compound-on-original: 10% then 10% on 60.00 is 6.00 + 6.00 (compounding gives 6.00 + 5.40)",
      promotions: [tenPercent, { ...tenPercent, id: "ten2", priority: 0 }],
      policy: { compounding: "on_original" as const },
      total: "12.00",
      rejected: {},
    },
    {
      title: "compounding: 10% then 10% on 60.00 is 6.00 + 5.40",
      promotions: [tenPercent, { ...tenPercent, id: "ten2", priority: 0 }],
      policy: {},
      total: "11.40",
      rejected: {},
    },
  ])("$title", ({ promotions, policy, total, rejected }) => {
    const outcome = promote(promotions as PromotionInput[], basket, {}, policy);
    expect(outcome.totalDiscount.toString()).toBe(total);
    expect(reasons(outcome)).toEqual(rejected);
  });

  it("best_in_group keeps only the better member (12.00 over 6.00)", () => {
    const group = { kind: "best_in_group" as const, group: "g" };
    const outcome = promote(
      [
        { ...tenPercent, mode: group },
        { id: "twenty", name: "20% off", mode: group, reward: { type: "percent_off_items", percent: "20" } },
      ],
      basket,
      {},
      undefined,
      [{ id: "g", promotionIds: ["ten", "twenty"] }],
    );
    expect(outcome.totalDiscount.toString()).toBe("12.00");
    expect(outcome.rejected[0]).toMatchObject({
      promotionId: "ten",
      reason: "better_in_group",
      details: { winner: "twenty" },
    });
  });
});

describe("conditions, limits and budgets", () => {
  it.each([
    {
      title: "expired",
      promotion: { ...fiveOff, conditions: { schedule: { validTo: "2026-11-01T00:00:00Z" } } },
      context: {},
      reason: "expired",
    },
    {
      title: "not started",
      promotion: { ...fiveOff, conditions: { schedule: { validFrom: "2026-12-01T00:00:00Z" } } },
      context: {},
      reason: "not_started",
    },
    {
      title: "outside a Monday-evening happy hour at noon",
      promotion: {
        ...fiveOff,
        conditions: { schedule: { timeWindows: [{ days: ["mon"], from: "17:00", to: "19:00" }] } },
      },
      context: {},
      reason: "outside_time_window",
    },
    {
      title: "usage limit reached",
      promotion: { ...fiveOff, limits: { maxUses: 10 } },
      context: { usage: { five: { uses: 10 } } },
      reason: "usage_limit_reached",
    },
    {
      title: "budget of 20.00 with 16.00 spent cannot give 5.00",
      promotion: { ...fiveOff, limits: { budget: "20.00" } },
      context: { usage: { five: { spentMinor: 1600n } } },
      reason: "campaign_budget_exceeded",
    },
    {
      title: "coupon missing",
      promotion: { ...fiveOff, conditions: { couponCode: "SAVE5" } },
      context: {},
      reason: "coupon_missing",
    },
    {
      title: "wrong customer group",
      promotion: { ...fiveOff, conditions: { customerGroups: ["staff"] } },
      context: {},
      reason: "conditions_not_met",
    },
    {
      title: "first purchase only",
      promotion: { ...fiveOff, conditions: { firstPurchaseOnly: true } },
      context: { customer: { id: "c1" } },
      reason: "conditions_not_met",
    },
    {
      title: "store mismatch",
      promotion: { ...fiveOff, conditions: { stores: ["s2"] } },
      context: { storeId: "s1" },
      reason: "conditions_not_met",
    },
  ])("rejects when $title → $reason", ({ promotion, context, reason }) => {
    const outcome = promote([promotion as PromotionInput], basket, context);
    expect(outcome.totalDiscount.minor).toBe(0n);
    expect(outcome.rejected[0]?.reason).toBe(reason);
  });

  it.each([
    {
      title: "inside the Monday happy hour (Amsterdam 17:30 = 16:30 UTC)",
      atMs: Date.parse("2026-11-23T16:30:00Z"),
      total: "5.00",
    },
    { title: "after it (Amsterdam 19:00)", atMs: Date.parse("2026-11-23T18:00:00Z"), total: "0.00" },
  ])("time windows read the store's wall time: $title → $total", ({ atMs, total }) => {
    const promotion = {
      ...fiveOff,
      conditions: { schedule: { timeWindows: [{ days: ["mon" as const], from: "17:00", to: "19:00" }] } },
    };
    expect(
      promote([promotion], basket, { atMs, timeZone: "Europe/Amsterdam" }).totalDiscount.toString(),
    ).toBe(total);
  });

  it.each([
    { code: " save5 ", total: "5.00" },
    { code: "SAVE5", total: "5.00" },
    { code: "SAVE6", total: "0.00" },
  ])("coupon code $code is trimmed and matched case-insensitively → $total", ({ code, total }) => {
    const promotion = { ...fiveOff, conditions: { couponCode: "Save5" } };
    expect(promote([promotion], basket, { couponCodes: [code] }).totalDiscount.toString()).toBe(total);
  });

  it("spend 4.01 more for 10.00 off: a structured nudge with both amounts", () => {
    const outcome = promote(
      [
        {
          id: "spend",
          name: "10 off 50",
          reward: { type: "fixed_off_basket", amount: "10.00" },
          conditions: { minSubtotal: "50.00" },
        },
      ],
      [line("a", "45.99")],
    );
    expect(outcome.rejected[0]?.reason).toBe("threshold_not_met");
    expect(
      outcome.nudges.map((nudge) => [nudge.kind, nudge.amount?.toString(), nudge.reward?.toString()]),
    ).toEqual([["spend_more", "4.01", "10.00"]]);
  });

  it("add 1 more for a free one: buy 2 get 1 with two units", () => {
    const outcome = promote(
      [{ id: "b2g1", name: "B2G1", reward: { type: "buy_x_get_y", buy: 2, get: 1 } }],
      [line("a", "2.00", 2)],
    );
    expect(outcome.rejected[0]?.reason).toBe("threshold_not_met");
    expect(outcome.nudges[0]).toMatchObject({ kind: "add_quantity", quantity: 1 });
  });

  it("no nudge for a quantity deal with none of its items in the basket: no_eligible_items", () => {
    const fruitDeal: PromotionInput = {
      id: "b2g1-fruit",
      name: "B2G1 fruit",
      reward: { type: "buy_x_get_y", buy: 2, get: 1 },
      conditions: { items: { skus: ["apple"] } },
    };
    const without = promote([fruitDeal], [line("bread", "2.00")]);
    expect(without.rejected[0]?.reason).toBe("no_eligible_items");
    expect(without.nudges).toEqual([]);
    const withOne = promote([fruitDeal], [line("bread", "2.00"), line("apple", "0.50")]);
    expect(withOne.rejected[0]).toMatchObject({
      reason: "threshold_not_met",
      details: { unitsNeeded: 3, unitsPresent: 1 },
    });
    expect(withOne.nudges[0]).toMatchObject({ kind: "add_quantity", quantity: 2 });
  });

  const spendFifty: PromotionInput = {
    id: "spend",
    name: "10 off 50",
    reward: { type: "fixed_off_basket", amount: "10.00" },
    conditions: { minSubtotal: "50.00" },
  };

  it("thresholds read the subtotal after item discounts: 55.00 less 10% is 49.50, 0.50 short of 50.00", () => {
    const outcome = promote(
      [tenPercent, spendFifty],
      [line("a", "55.00")],
      {},
      { exclusivity: "exclusive_overrides" },
    );
    expect(outcome.totalDiscount.toString()).toBe("5.50");
    expect(outcome.nudges[0]?.amount?.toString()).toBe("0.50");
  });

  it("best_for_customer drops an item deal that costs a larger basket reward: 10.00 off instead of 5.50", () => {
    const outcome = promote([tenPercent, spendFifty], [line("a", "55.00")]);
    expect(outcome.totalDiscount.toString()).toBe("10.00");
    expect(outcome.rejected).toEqual([
      {
        promotionId: "ten",
        name: "10% off",
        reason: "lost_best_deal",
        details: { chosenDiscount: "10.00", withItDiscount: "5.50" },
      },
    ]);
  });

  it("a free item is never added silently: missing reward item → reward_item_missing and an add_item nudge", () => {
    const promotion: PromotionInput = {
      id: "free",
      name: "Free socks",
      reward: { type: "free_item", sku: "socks" },
      conditions: { items: { skus: ["shoes"] } },
    };
    const without = promote([promotion], [line("shoes", "80.00")]);
    expect(without.rejected[0]?.reason).toBe("reward_item_missing");
    expect(without.nudges[0]).toMatchObject({ kind: "add_item", sku: "socks" });
    const withSocks = promote([promotion], [line("shoes", "80.00"), line("socks", "6.00")]);
    expect(withSocks.totalDiscount.toString()).toBe("6.00");
  });

  it("an overridden price skips item promotions but counts toward the basket threshold", () => {
    const outcome = promote(
      [
        tenPercent,
        {
          id: "spend",
          name: "10 off 50",
          reward: { type: "fixed_off_basket", amount: "10.00" },
          conditions: { minSubtotal: "50.00" },
        },
      ],
      [line("a", "40.00", 1, { isPriceOverridden: true }), line("b", "20.00")],
    );
    expect(
      outcome.lines.map((entry) =>
        entry.adjustments.map((adjustment) => `${adjustment.promotionId}:${adjustment.amount}`),
      ),
    ).toEqual([[], ["ten:2.00", "spend:10.00"]]);
  });

  it.each([
    {
      title: "fixed off each unit is capped at the unit price",
      reward: { type: "fixed_off_each_unit", amount: "3.00" },
      lines: [line("a", "2.00", 2), line("b", "5.00")],
      total: "7.00",
    },
    {
      title: "fixed-price item never raises a price",
      reward: { type: "fixed_price_item", price: "4.00" },
      lines: [line("a", "2.00"), line("b", "5.00")],
      total: "1.00",
    },
    {
      title: "percent off the cheapest unit",
      reward: { type: "percent_off_cheapest_unit", percent: "50" },
      lines: [line("a", "2.00"), line("b", "5.00")],
      total: "1.00",
    },
    {
      title: "bundle: one of each component for 8.00",
      reward: { type: "bundle_price", components: [{ skus: ["a"] }, { skus: ["b"] }], price: "8.00" },
      lines: [line("a", "2.00", 2), line("b", "7.00")],
      total: "1.00",
    },
    {
      title: "fixed 100.00 off items never pushes nets below zero",
      reward: { type: "fixed_off_items", amount: "100.00" },
      lines: [line("a", "2.00"), line("b", "5.00")],
      total: "7.00",
    },
  ])("$title → $total", ({ reward, lines, total }) => {
    const outcome = promote([{ id: "p", name: "p", reward } as PromotionInput], lines);
    expect(outcome.totalDiscount.toString()).toBe(total);
    for (const entry of outcome.lines) expect(entry.net.minor >= 0n).toBe(true);
  });
});
