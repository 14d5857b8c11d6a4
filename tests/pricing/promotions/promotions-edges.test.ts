import { describe, expect, it } from "vitest";
import { parseMoney, parseQuantity } from "../../../src/core";
import {
  compilePromotionRules,
  evaluatePromotions,
  type PromotionContextInput,
  type PromotionInput,
} from "../../../src/pricing";
import { tillErrorOf } from "../../support/till-error-of";
import { line, lineDiscounts, NOON_MS, promote } from "../fixtures";

const basket = [line("a", "10.00"), line("b", "20.00")];
const fiveOff: PromotionInput = {
  id: "five",
  name: "5.00 off",
  reward: { type: "fixed_off_basket", amount: "5.00" },
};
const member = {
  id: "c1",
  groups: ["staff", "vip"],
  tier: "gold",
  isFirstPurchase: true,
};

function rejectionOf(promotion: PromotionInput, context: Partial<PromotionContextInput>) {
  const outcome = promote([promotion], basket, context);
  return {
    total: outcome.totalDiscount.toString(),
    rejected: outcome.rejected,
  };
}

describe("eligibility: each condition, met and missed, with the condition named", () => {
  it.each([
    {
      condition: "store",
      conditions: { stores: ["s1", "s2"] },
      met: { storeId: "s2" },
      missed: { storeId: "s3" },
    },
    // No store in the context never matches a store list.
    {
      condition: "store",
      conditions: { stores: ["s1"] },
      met: { storeId: "s1" },
      missed: {},
    },
    {
      condition: "channel",
      conditions: { channels: ["web", "pos"] },
      met: { channel: "pos" },
      missed: { channel: "app" },
    },
    {
      condition: "channel",
      conditions: { channels: ["pos"] },
      met: { channel: "pos" },
      missed: {},
    },
    {
      condition: "customer_group",
      conditions: { customerGroups: ["wholesale", "vip"] },
      // One shared group is enough.
      met: { customer: member },
      missed: { customer: { ...member, groups: ["staff"] } },
    },
    {
      condition: "customer_group",
      conditions: { customerGroups: ["vip"] },
      met: { customer: member },
      missed: {},
    },
    {
      condition: "loyalty_tier",
      conditions: { loyaltyTiers: ["silver", "gold"] },
      met: { customer: member },
      missed: { customer: { ...member, tier: "bronze" } },
    },
    {
      condition: "loyalty_tier",
      conditions: { loyaltyTiers: ["gold"] },
      met: { customer: member },
      missed: {},
    },
    {
      condition: "first_purchase",
      conditions: { firstPurchaseOnly: true },
      met: { customer: member },
      missed: { customer: { ...member, isFirstPurchase: false } },
    },
    {
      condition: "first_purchase",
      conditions: { firstPurchaseOnly: true },
      met: { customer: member },
      missed: {},
    },
  ] satisfies {
    condition: string;
    conditions: PromotionInput["conditions"];
    met: Partial<PromotionContextInput>;
    missed: Partial<PromotionContextInput>;
  }[])("$condition: $conditions", ({ condition, conditions, met, missed }) => {
    const promotion = { ...fiveOff, conditions };
    expect(rejectionOf(promotion, met)).toEqual({
      total: "5.00",
      rejected: [],
    });
    expect(rejectionOf(promotion, missed)).toEqual({
      total: "0.00",
      rejected: [
        {
          promotionId: "five",
          name: "5.00 off",
          reason: "conditions_not_met",
          details: { condition },
        },
      ],
    });
  });

  it("firstPurchaseOnly false asks nothing of the customer", () => {
    const promotion = { ...fiveOff, conditions: { firstPurchaseOnly: false } };
    expect(rejectionOf(promotion, {}).total).toBe("5.00");
  });

  it("names the missing coupon code as the rules hold it, lower case", () => {
    const promotion = { ...fiveOff, conditions: { couponCode: "Save5" } };
    expect(rejectionOf(promotion, { couponCodes: ["SAVE6"] }).rejected).toEqual([
      {
        promotionId: "five",
        name: "5.00 off",
        reason: "coupon_missing",
        details: { couponCode: "save5" },
      },
    ]);
  });
});

describe("eligibility: usage limits", () => {
  it.each([
    // 9 of 10 uses: one left.
    { limits: { maxUses: 10 }, usage: { uses: 9 }, details: undefined },
    {
      limits: { maxUses: 10 },
      usage: { uses: 10 },
      details: { limit: 10, uses: 10 },
    },
    {
      limits: { maxUsesPerCustomer: 2 },
      usage: { customerUses: 1 },
      details: undefined,
    },
    {
      limits: { maxUsesPerCustomer: 2 },
      usage: { customerUses: 2 },
      details: { customerLimit: 2, customerUses: 2 },
    },
    // A customer limit left is no help once the campaign's own limit is used up.
    {
      limits: { maxUses: 5, maxUsesPerCustomer: 2 },
      usage: { uses: 5, customerUses: 0 },
      details: { limit: 5, uses: 5 },
    },
    {
      limits: { maxUses: 5, maxUsesPerCustomer: 2 },
      usage: { uses: 4, customerUses: 3 },
      details: { customerLimit: 2, customerUses: 3 },
    },
  ])("limits $limits with usage $usage", ({ limits, usage, details }) => {
    const outcome = rejectionOf({ ...fiveOff, limits }, { usage: { five: usage } });
    if (details === undefined) expect(outcome).toEqual({ total: "5.00", rejected: [] });
    else
      expect(outcome).toEqual({
        total: "0.00",
        rejected: [
          {
            promotionId: "five",
            name: "5.00 off",
            reason: "usage_limit_reached",
            details,
          },
        ],
      });
  });

  it("reads no usage for a promotion without limits, and no limits without usage", () => {
    expect(rejectionOf(fiveOff, { usage: { five: { uses: 99 } } }).total).toBe("5.00");
    expect(rejectionOf({ ...fiveOff, limits: { maxUses: 1 } }, {}).total).toBe("5.00");
  });

  it.each([
    // 20.00 budget, 15.00 spent: 5.00 exactly fits.
    { spentMinor: 1500n, total: "5.00", rejected: [] },
    {
      spentMinor: 1501n,
      total: "0.00",
      rejected: [
        {
          promotionId: "five",
          name: "5.00 off",
          reason: "campaign_budget_exceeded",
          details: { budget: "20.00", spent: "15.01", wouldGive: "5.00" },
        },
      ],
    },
  ])("a budget of 20.00 with $spentMinor minor spent", ({ spentMinor, total, rejected }) => {
    const promotion = { ...fiveOff, limits: { budget: "20.00" } };
    expect(rejectionOf(promotion, { usage: { five: { spentMinor } } })).toEqual({ total, rejected });
  });
});

const exclusive = (
  id: string,
  amount: string,
  priority = 0,
  extra: Partial<PromotionInput> = {},
): PromotionInput => ({
  id,
  name: id,
  priority,
  mode: { kind: "exclusive" },
  reward: { type: "fixed_off_basket", amount },
  ...extra,
});
/** An exclusive whose items are not in the basket: alone it gives nothing. */
const idleExclusive = (id: string, priority: number) =>
  exclusive(id, "9.00", priority, {
    conditions: { items: { skus: ["absent"] } },
  });

function decided(
  promotions: PromotionInput[],
  policy: Parameters<typeof promote>[3] = {},
  groups: Parameters<typeof promote>[4] = [],
) {
  const outcome = promote(promotions, basket, {}, policy, groups);
  return {
    applied: outcome.applied.map((entry) => `${entry.promotionId} ${entry.amount.toString()}`),
    rejected: outcome.rejected.map((entry) => ({
      id: entry.promotionId,
      reason: entry.reason,
      details: entry.details,
    })),
  };
}

describe("exclusive promotions", () => {
  it("best_for_customer: an exclusive that only ties the stack loses to it", () => {
    expect(decided([fiveOff, exclusive("vip", "5.00")])).toEqual({
      applied: ["five 5.00"],
      rejected: [
        {
          id: "vip",
          reason: "lost_best_deal",
          details: { aloneDiscount: "5.00", chosenDiscount: "5.00" },
        },
      ],
    });
  });

  it("best_for_customer: of two equal exclusives the higher priority wins; a bigger one wins whatever its priority", () => {
    expect(decided([exclusive("x1", "8.00", 2), exclusive("x2", "8.00", 1)])).toEqual({
      applied: ["x1 8.00"],
      rejected: [
        {
          id: "x2",
          reason: "lost_best_deal",
          details: { aloneDiscount: "8.00", chosenDiscount: "8.00" },
        },
      ],
    });
    expect(decided([exclusive("x1", "8.00", 2), exclusive("x2", "8.01", 1)]).applied).toEqual(["x2 8.01"]);
  });

  it("best_for_customer: an exclusive that gives nothing alone keeps its own reason, not lost_best_deal", () => {
    expect(decided([fiveOff, idleExclusive("idle", 1)])).toEqual({
      applied: ["five 5.00"],
      rejected: [{ id: "idle", reason: "no_eligible_items", details: {} }],
    });
  });

  it("exclusive_overrides: the first exclusive that gives something wins and blocks every other promotion", () => {
    const policy = { exclusivity: "exclusive_overrides" as const };
    expect(
      decided(
        [fiveOff, idleExclusive("idle", 3), exclusive("x1", "3.00", 2), exclusive("x2", "8.00", 1)],
        policy,
      ),
    ).toEqual({
      applied: ["x1 3.00"],
      rejected: [
        {
          id: "idle",
          reason: "blocked_by_exclusive",
          details: { blockedBy: "x1" },
        },
        {
          id: "x2",
          reason: "blocked_by_exclusive",
          details: { blockedBy: "x1" },
        },
        {
          id: "five",
          reason: "blocked_by_exclusive",
          details: { blockedBy: "x1" },
        },
      ],
    });
  });

  it("exclusive_overrides: with no exclusive giving anything the others apply as a stack", () => {
    const policy = { exclusivity: "exclusive_overrides" as const };
    expect(decided([fiveOff, idleExclusive("idle", 3)], policy)).toEqual({
      applied: ["five 5.00"],
      rejected: [{ id: "idle", reason: "no_eligible_items", details: {} }],
    });
  });
});

describe("best-in-group groups, stop_after and budgets", () => {
  const member = (id: string, amount: string, priority: number): PromotionInput => ({
    id,
    name: id,
    priority,
    mode: { kind: "best_in_group", group: "g" },
    reward: { type: "fixed_off_basket", amount },
  });
  const group = [{ id: "g", promotionIds: ["m1", "m2"] }];

  it("of two equal members the higher priority wins, with both discounts in the rejection", () => {
    expect(decided([member("m1", "4.00", 1), member("m2", "4.00", 2)], {}, group)).toEqual({
      applied: ["m2 4.00"],
      rejected: [
        {
          id: "m1",
          reason: "better_in_group",
          details: {
            group: "g",
            winner: "m2",
            winnerDiscount: "4.00",
            ownDiscount: "4.00",
          },
        },
      ],
    });
  });

  it("a lower-priority member that gives more wins", () => {
    expect(decided([member("m1", "4.01", 1), member("m2", "4.00", 2)], {}, group).applied).toEqual([
      "m1 4.01",
    ]);
  });

  it("a group with one eligible member applies it without a contest", () => {
    const outcome = promote([member("m1", "4.00", 1)], basket, {}, {}, [{ id: "g", promotionIds: ["m1"] }]);
    expect([outcome.totalDiscount.toString(), outcome.rejected]).toEqual(["4.00", []]);
  });

  it("a stop_after promotion that does not apply stops nothing", () => {
    const stop: PromotionInput = {
      id: "stop",
      name: "stop",
      priority: 5,
      mode: { kind: "stop_after" },
      conditions: { items: { skus: ["absent"] } },
      reward: { type: "percent_off_items", percent: "10" },
    };
    expect(decided([stop, fiveOff])).toEqual({
      applied: ["five 5.00"],
      rejected: [{ id: "stop", reason: "no_eligible_items", details: {} }],
    });
  });

  it("a promotion over its budget is dropped and the rest is decided again without it", () => {
    const capped = { ...fiveOff, limits: { budget: "20.00" } };
    const tenPercent: PromotionInput = {
      id: "ten",
      name: "ten",
      reward: { type: "percent_off_basket", percent: "10" },
    };
    // Without "five" the 10% reads the full 30.00: 3.00 (with it, 10% of 25.00 = 2.50).
    const outcome = promote([capped, tenPercent], basket, {
      usage: { five: { spentMinor: 1600n } },
    });
    expect(outcome.applied.map((entry) => `${entry.promotionId} ${entry.amount.toString()}`)).toEqual([
      "ten 3.00",
    ]);
    expect(outcome.rejected.map((entry) => entry.reason)).toEqual(["campaign_budget_exceeded"]);
  });
});

describe("basket-content conditions", () => {
  const tenOnA: PromotionInput = {
    id: "ten",
    name: "10% off a",
    conditions: { items: { skus: ["a"] }, minQuantity: 3 },
    reward: { type: "percent_off_items", percent: "10" },
  };

  it.each([
    // Only units of a count: 2 of a (and 5 of b) are 1 short of 3.
    {
      quantity: 2,
      total: "0.00",
      rejected: [
        {
          reason: "threshold_not_met",
          details: { minQuantity: 3, quantity: 2 },
        },
      ],
    },
    // 3 × 10.00 = 30.00, 10% = 3.00.
    { quantity: 3, total: "3.00", rejected: [] },
  ])("minQuantity 3 of a with $quantity of a", ({ quantity, total, rejected }) => {
    const outcome = promote([tenOnA], [line("a", "10.00", quantity), line("b", "1.00", 5)]);
    expect(outcome.totalDiscount.toString()).toBe(total);
    expect(outcome.rejected.map(({ reason, details }) => ({ reason, details }))).toEqual(rejected);
    expect(outcome.nudges).toEqual(
      quantity < 3
        ? [
            {
              promotionId: "ten",
              name: "10% off a",
              kind: "add_quantity",
              quantity: 1,
              rewardPercent: "10",
            },
          ]
        : [],
    );
  });

  it("an item promotion with a minimum subtotal nudges by the amount short and its percent", () => {
    const promotion: PromotionInput = {
      id: "ten",
      name: "10% from 40.00",
      conditions: { minSubtotal: "40.00" },
      reward: { type: "percent_off_items", percent: "10" },
    };
    const outcome = promote([promotion], basket);
    expect(outcome.rejected).toEqual([
      {
        promotionId: "ten",
        name: "10% from 40.00",
        reason: "threshold_not_met",
        details: { minSubtotal: "40.00", subtotal: "30.00" },
      },
    ]);
    expect(outcome.nudges).toEqual([
      {
        promotionId: "ten",
        name: "10% from 40.00",
        kind: "spend_more",
        amount: parseMoney("10.00", "EUR"),
        rewardPercent: "10",
      },
    ]);
    // Exactly at the minimum it applies: 10% of 40.00.
    expect(promote([promotion], [...basket, line("c", "10.00")]).totalDiscount.toString()).toBe("4.00");
  });

  it("a fixed basket reward's nudge carries the amount it would take off", () => {
    const promotion = { ...fiveOff, conditions: { minSubtotal: "30.01" } };
    expect(promote([promotion], basket).nudges).toEqual([
      {
        promotionId: "five",
        name: "5.00 off",
        kind: "spend_more",
        amount: parseMoney("0.01", "EUR"),
        reward: parseMoney("5.00", "EUR"),
      },
    ]);
  });
});

describe("evaluatePromotions: lines", () => {
  const rules = compilePromotionRules({
    currency: "EUR",
    promotions: [fiveOff],
  });

  it.each([
    {
      field: "net",
      lines: [line("a", "1.00"), { ...line("b", "1.00"), net: parseMoney("1.00", "USD") }],
    },
    {
      field: "unitPrice",
      lines: [line("a", "1.00"), { ...line("b", "1.00"), unitPrice: parseMoney("1.00", "USD") }],
    },
  ])("refuses a line whose $field is in another currency, at the line", ({ lines }) => {
    const error = tillErrorOf(() => evaluatePromotions(rules, lines, { atMs: NOON_MS }));
    expect(error.code).toBe("CURRENCY_MISMATCH");
    expect(error.path).toEqual(["lines", 1, "net"]);
    expect(error.details).toEqual({ expected: "EUR" });
  });

  it("returns the lines in the caller's order whatever order it evaluates them in", () => {
    // 5.00 over 20.00 / 10.00 by largest remainder: 3.33... → 3.33 / 1.67, whichever way the lines come.
    const outcome = evaluatePromotions(rules, [line("b", "20.00"), line("a", "10.00")], { atMs: NOON_MS });
    expect(outcome.lines.map((entry) => entry.lineId)).toEqual(["b", "a"]);
    expect(lineDiscounts(outcome)).toEqual([["3.33"], ["1.67"]]);
    expect(outcome.applied[0]?.shares.map((share) => share.lineId)).toEqual(["a", "b"]);
  });

  it("keeps two lines with the same id apart, each with its own share", () => {
    const outcome = evaluatePromotions(rules, [line("a", "20.00"), line("a", "10.00")], { atMs: NOON_MS });
    expect(lineDiscounts(outcome)).toEqual([["3.33"], ["1.67"]]);
  });

  it("counts a measured line as one unit", () => {
    const cheapest: PromotionInput = {
      id: "half",
      name: "half",
      reward: { type: "percent_off_cheapest_unit", percent: "50" },
    };
    const weighed = {
      ...line("cheese", "12.00"),
      quantity: parseQuantity("0.35", "kg"),
      net: parseMoney("4.20", "EUR"),
    };
    // The 4.20 of cheese is the cheapest unit next to a 10.00 unit: 50% = 2.10.
    const outcome = promote([cheapest], [weighed, line("wine", "10.00")]);
    expect(lineDiscounts(outcome)).toEqual([["2.10"], []]);
  });
});

describe("item deals: nudges and explanations", () => {
  const b2g1: PromotionInput = { id: "b2g1", name: "b2g1", reward: { type: "buy_x_get_y", buy: 2, get: 1 } };
  const any3: PromotionInput = {
    id: "any3",
    name: "any3",
    reward: { type: "mix_and_match", quantity: 3, price: "5.00" },
  };
  const nudgesOf = (promotion: PromotionInput, quantity: number) =>
    promote([promotion], [line("a", "2.00", quantity)]).nudges.map(
      ({ kind, quantity: count, rewardPercent }) => ({
        kind,
        count,
        rewardPercent,
      }),
    );

  it.each([
    // 5 units: one group of 3 and 2 more paid, so one more unit is free.
    { promotion: b2g1, quantity: 5, nudges: [{ kind: "add_quantity", count: 1, rewardPercent: "100" }] },
    // 4 units: one group and 1 more: 2 short of the next free one, no nudge.
    { promotion: b2g1, quantity: 4, nudges: [] },
    { promotion: b2g1, quantity: 6, nudges: [] },
    {
      promotion: { ...b2g1, reward: { ...b2g1.reward, maxApplications: 1 } } as PromotionInput,
      quantity: 5,
      nudges: [],
    },
    // any 3: one group of 3 and 1 more, 2 short of the next group.
    { promotion: any3, quantity: 4, nudges: [{ kind: "add_quantity", count: 2, rewardPercent: undefined }] },
    { promotion: any3, quantity: 3, nudges: [] },
  ])("$promotion.id on $quantity units", ({ promotion, quantity, nudges }) => {
    expect(nudgesOf(promotion, quantity)).toEqual(nudges);
  });

  it("a bundle with one component missing asks for the other", () => {
    const bundle: PromotionInput = {
      id: "bundle",
      name: "bundle",
      reward: {
        type: "bundle_price",
        components: [{ skus: ["a"] }, { skus: ["b"] }, { skus: ["c"] }],
        price: "5.00",
      },
    };
    const outcome = promote([bundle], [line("a", "4.00")]);
    expect(outcome.rejected.map(({ reason, details }) => ({ reason, details }))).toEqual([
      { reason: "threshold_not_met", details: { unitsNeeded: 3, unitsPresent: 1 } },
    ]);
    expect(outcome.nudges.map(({ kind, quantity }) => ({ kind, quantity }))).toEqual([
      { kind: "add_quantity", quantity: 2 },
    ]);
  });

  it("a per-unit offer that lost every unit is explained with what it gives alone, and listed as an alternative", () => {
    const ten: PromotionInput = {
      id: "ten",
      name: "ten",
      reward: { type: "percent_off_items", percent: "10" },
    };
    const twenty: PromotionInput = {
      id: "twenty",
      name: "twenty",
      reward: { type: "percent_off_items", percent: "20" },
    };
    // 20% of 2 × 2.00 = 0.80 chosen; 10% alone would give 0.40.
    const outcome = promote([ten, twenty], [line("a", "2.00", 2)]);
    expect(outcome.totalDiscount.toString()).toBe("0.80");
    expect(outcome.rejected).toEqual([
      {
        promotionId: "ten",
        name: "ten",
        reason: "lost_best_deal",
        details: { aloneDiscount: "0.40", chosenDiscount: "0.80" },
      },
    ]);
    expect(
      outcome.solver?.alternatives.map((entry) => [
        entry.label,
        entry.discount.toString(),
        entry.applications,
      ]),
    ).toEqual([
      ["chosen", "0.80", [{ promotionId: "twenty", count: 1 }]],
      ["priority_greedy", "0.80", [{ promotionId: "twenty", count: 1 }]],
      ["alone", "0.40", [{ promotionId: "ten", count: 1 }]],
    ]);
  });

  it("a group deal that lost its units is explained with its applications alone", () => {
    const half: PromotionInput = {
      id: "half",
      name: "half",
      priority: 1,
      reward: { type: "percent_off_items", percent: "50" },
    };
    // 50% of 3 × 2.00 = 3.00 beats buy 2 get 1 (2.00 alone).
    const outcome = promote([half, b2g1], [line("a", "2.00", 3)]);
    expect(outcome.totalDiscount.toString()).toBe("3.00");
    expect(
      outcome.rejected.map(({ promotionId, reason, details }) => ({ promotionId, reason, details })),
    ).toEqual([
      {
        promotionId: "b2g1",
        reason: "lost_best_deal",
        details: { aloneDiscount: "2.00", chosenDiscount: "3.00" },
      },
    ]);
    expect(outcome.solver?.alternatives.find((entry) => entry.label === "alone")?.applications).toEqual([
      { promotionId: "b2g1", count: 1 },
    ]);
  });
});

describe("compilePromotionRules: amounts, order and paths", () => {
  it.each([
    {
      field: "price",
      promotion: { reward: { type: "mix_and_match", quantity: 2, price: "1.005" } },
      path: ["reward", "price"],
    },
    {
      field: "minSubtotal",
      promotion: {
        conditions: { minSubtotal: "10.001" },
        reward: { type: "fixed_off_basket", amount: "1.00" },
      },
      path: ["conditions", "minSubtotal"],
    },
    {
      field: "budget",
      promotion: { limits: { budget: "0.001" }, reward: { type: "fixed_off_basket", amount: "1.00" } },
      path: ["limits", "budget"],
    },
  ])(
    "refuses a $field finer than the currency at the promotion's place in the input",
    ({ promotion, path }) => {
      // The bad promotion sorts first (priority 5) but sits second in the input.
      const input = {
        currency: "EUR",
        promotions: [fiveOff, { id: "bad", name: "bad", priority: 5, ...promotion }],
      };
      const error = tillErrorOf(() => compilePromotionRules(input));
      expect(error.code).toBe("INVALID_RULE");
      expect(error.path).toEqual(["promotions", 1, ...path]);
    },
  );

  it("orders promotions by priority, then id, and compiles their amounts and codes", () => {
    const rules = compilePromotionRules({
      currency: "EUR",
      promotions: [
        {
          id: "b",
          name: "b",
          reward: { type: "fixed_off_basket", amount: "1.50" },
          conditions: { minSubtotal: "20.00" },
        },
        {
          id: "a",
          name: "a",
          reward: { type: "percent_off_items", percent: "12.5" },
          limits: { budget: "100.00" },
        },
        {
          id: "c",
          name: "c",
          priority: 2,
          reward: { type: "mix_and_match", quantity: 2, price: "3.00" },
          conditions: { couponCode: "SaVe" },
        },
      ],
    });
    expect(
      rules.promotions.map((promotion) => ({
        id: promotion.id,
        rank: promotion.rank,
        amountMinor: promotion.reward.amountMinor,
        priceMinor: promotion.reward.priceMinor,
        fraction: promotion.reward.fractionMillionths,
        minSubtotalMinor: promotion.minSubtotalMinor,
        budgetMinor: promotion.budgetMinor,
        couponCode: promotion.couponCode,
      })),
    ).toEqual([
      {
        id: "c",
        rank: 0,
        amountMinor: 0n,
        priceMinor: 300n,
        fraction: 0n,
        minSubtotalMinor: undefined,
        budgetMinor: undefined,
        couponCode: "save",
      },
      {
        id: "a",
        rank: 1,
        amountMinor: 0n,
        priceMinor: 0n,
        fraction: 125_000n,
        minSubtotalMinor: undefined,
        budgetMinor: 10_000n,
        couponCode: undefined,
      },
      {
        id: "b",
        rank: 2,
        amountMinor: 150n,
        priceMinor: 0n,
        fraction: 0n,
        minSubtotalMinor: 2_000n,
        budgetMinor: undefined,
        couponCode: undefined,
      },
    ]);
  });
});

describe("the outcome: applied promotions, line adjustments and the solver report", () => {
  it("lists each line's adjustments in effect order with their phase, and each promotion's shares", () => {
    const tenOnA: PromotionInput = {
      id: "ten",
      name: "10% a",
      conditions: { items: { skus: ["a"] } },
      reward: { type: "percent_off_items", percent: "10" },
    };
    // a: 10.00 − 1.00 = 9.00; b: 20.00. 5.00 over 9.00 / 20.00 → 1.55 / 3.45.
    const outcome = promote([tenOnA, fiveOff], basket);
    expect(
      outcome.lines.map((entry) => [
        entry.lineId,
        entry.net.toString(),
        entry.adjustments.map(
          (adjustment) => `${adjustment.promotionId} ${adjustment.phase} ${adjustment.amount}`,
        ),
      ]),
    ).toEqual([
      ["a", "7.45", ["ten item 1.00", "five basket 1.55"]],
      ["b", "16.55", ["five basket 3.45"]],
    ]);
    expect(
      outcome.applied.map((entry) => ({
        id: entry.promotionId,
        phase: entry.phase,
        amount: entry.amount.toString(),
        applications: entry.applications,
        shares: entry.shares.map((share) => `${share.lineId} ${share.amount}`),
      })),
    ).toEqual([
      { id: "ten", phase: "item", amount: "1.00", applications: 1, shares: ["a 1.00"] },
      { id: "five", phase: "basket", amount: "5.00", applications: 1, shares: ["a 1.55", "b 3.45"] },
    ]);
    expect(outcome.totalDiscount.toString()).toBe("6.00");
    expect(outcome.solver?.discount.toString()).toBe("1.00");
  });

  it("reports no solver when no item promotion competes for units", () => {
    expect(promote([fiveOff], basket).solver).toBeUndefined();
  });

  it("counts a repeating deal's applications", () => {
    const b2g1: PromotionInput = {
      id: "b2g1",
      name: "b2g1",
      reward: { type: "buy_x_get_y", buy: 2, get: 1 },
    };
    // Six 2.00 units: two groups, two units free.
    const outcome = promote([b2g1], [line("a", "2.00", 6)]);
    expect(outcome.applied.map((entry) => [entry.amount.toString(), entry.applications])).toEqual([
      ["4.00", 2],
    ]);
  });

  it("a shared reward compounds on the solver's choice", () => {
    const half: PromotionInput = {
      id: "half",
      name: "half",
      reward: { type: "percent_off_items", percent: "50" },
    };
    const shared: PromotionInput = {
      id: "shared",
      name: "shared",
      reward: { type: "percent_off_items", percent: "10", unitUse: "shared" },
    };
    // 50% of 10.00 = 5.00, then 10% of the 5.00 left = 0.50.
    expect(lineDiscounts(promote([half, shared], [line("a", "10.00")]))).toEqual([["5.00", "0.50"]]);
  });
});

describe("best_for_customer: item deals give way to a basket threshold they would break", () => {
  const mix = (quantity: number, price: string): PromotionInput => ({
    id: "mix",
    name: "mix",
    reward: { type: "mix_and_match", quantity, price },
  });
  const spend = (amount: string, threshold: string): PromotionInput => ({
    id: "spend",
    name: "spend",
    conditions: { minSubtotal: threshold },
    reward: { type: "fixed_off_basket", amount },
  });
  const summary = (outcome: ReturnType<typeof promote>) => ({
    applied: outcome.applied.map((entry) => `${entry.promotionId} ${entry.amount} ×${entry.applications}`),
    rejected: outcome.rejected.map(({ promotionId, reason, details }) => ({ promotionId, reason, details })),
  });

  it("drops the deal: 2.00 + 0.01 with any 2 for 1.00 (1.01 off) and 2.00 off from 2.00", () => {
    const outcome = promote([mix(2, "1.00"), spend("2.00", "2.00")], [line("a", "2.00"), line("b", "0.01")]);
    expect(summary(outcome)).toEqual({
      applied: ["spend 2.00 ×1"],
      rejected: [
        {
          promotionId: "mix",
          reason: "lost_best_deal",
          details: { chosenDiscount: "2.00", withItDiscount: "1.01" },
        },
      ],
    });
  });

  it("applies a repeating deal once less: 13 × 11.69 + 3.31 + 2 × 0.01, any 4 for 14.00, 2.00 off from 57.00", () => {
    // Four groups: 3 × 32.76 + 1.02 = 99.30 off 155.30 leaves 56.00, under 57.00. Three: 98.28 off leaves
    // 57.02, and the 2.00 off follows: 100.28 in all.
    const outcome = promote(
      [spend("2.00", "57.00"), mix(4, "14.00")],
      [line("a", "3.31"), line("b", "11.69", 13), line("c", "0.01", 2)],
    );
    expect(summary(outcome)).toEqual({ applied: ["mix 98.28 ×3", "spend 2.00 ×1"], rejected: [] });
  });

  it("gives way twice: 16.00 b + 0.01 a, any 2 for 1.00, 1% off b, 16.00 off from 16.00", () => {
    const percentOffB: PromotionInput = {
      id: "pct",
      name: "pct",
      conditions: { items: { skus: ["b"] } },
      reward: { type: "percent_off_items", percent: "1" },
    };
    // With both: the mix takes both units (16.01 for 1.00: 15.01 off), the 1% competes for b and gets nothing.
    // Without the mix: 1% of 16.00 = 0.16, 15.85 left, still short. Without both: 16.00 off.
    const outcome = promote(
      [mix(2, "1.00"), percentOffB, spend("16.00", "16.00")],
      [line("b", "16.00"), line("a", "0.01")],
    );
    expect(summary(outcome)).toEqual({
      applied: ["spend 16.00 ×1"],
      rejected: [
        {
          promotionId: "mix",
          reason: "lost_best_deal",
          details: { chosenDiscount: "16.00", withItDiscount: "15.01" },
        },
        {
          promotionId: "pct",
          reason: "lost_best_deal",
          details: { chosenDiscount: "16.00", withItDiscount: "0.16" },
        },
      ],
    });
  });

  it("does not give way under exclusive_overrides", () => {
    const outcome = promote(
      [mix(2, "1.00"), spend("2.00", "2.00")],
      [line("a", "2.00"), line("b", "0.01")],
      {},
      {
        exclusivity: "exclusive_overrides",
      },
    );
    expect(summary(outcome).applied).toEqual(["mix 1.01 ×1"]);
  });

  it("leaves a threshold the undiscounted basket misses too", () => {
    // 2.01 never reaches 3.00: nothing to rescue, the deal stays.
    const outcome = promote([mix(2, "1.00"), spend("2.00", "3.00")], [line("a", "2.00"), line("b", "0.01")]);
    expect(summary(outcome).applied).toEqual(["mix 1.01 ×1"]);
  });
});
