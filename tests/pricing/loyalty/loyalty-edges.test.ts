import { describe, expect, it } from "vitest";
import { parseMoney } from "../../../src/core";
import {
  computeEarnedPoints,
  type LoyaltyLedgerEntry,
  type LoyaltyLine,
  loyaltyProgramSchema,
  planRedemption,
  pointsToExpire,
  rollingSpend,
  saleLoyaltyEntries,
  tierForSpend,
} from "../../../src/pricing";

const eur = (amount: string) => parseMoney(amount, "EUR");
const DAY = 86_400_000;

const program = (extra: Record<string, unknown> = {}) =>
  loyaltyProgramSchema.parse({ id: "club", name: "Club", currency: "EUR", ...extra });

const line = (lineId: string, net: string, extra: Partial<LoyaltyLine> = {}): LoyaltyLine => ({
  lineId,
  sku: lineId,
  net: eur(net),
  units: 1,
  ...extra,
});

describe("earning at the edges", () => {
  it("excluded items earn nothing, and only an explicit exclusion list counts", () => {
    const club = program({ exclusions: { skus: ["tobacco"] } });
    const earned = computeEarnedPoints(club, [line("tobacco", "10.00"), line("bread", "5.00")]);
    expect(earned.perLine).toEqual([
      { lineId: "tobacco", points: 0 },
      { lineId: "bread", points: 5 },
    ]);
    const none = program({ exclusions: {} });
    expect(computeEarnedPoints(none, [line("tobacco", "10.00")]).points).toBe(10);
  });

  it("a line at or below zero earns nothing", () => {
    const earned = computeEarnedPoints(program(), [line("a", "0.00"), line("b", "-5.00"), line("c", "3.00")]);
    expect(earned.perLine.map((entry) => entry.points)).toEqual([0, 0, 3]);
  });

  it("an unknown tier earns like no tier; 2 points per 0.50 earns four per euro", () => {
    const club = program({
      earn: { points: 2, per: "0.50" },
      tiers: [{ id: "gold", name: "Gold", minSpend: "1", multiplier: "2" }],
    });
    expect(computeEarnedPoints(club, [line("a", "2.30")], "platinum").points).toBe(9);
    expect(computeEarnedPoints(club, [line("a", "2.30")], "gold").points).toBe(18);
  });

  it("nothing earned gives every line zero", () => {
    expect(computeEarnedPoints(program(), [line("a", "0.40"), line("b", "0.40")])).toEqual({
      points: 0,
      perLine: [
        { lineId: "a", points: 0 },
        { lineId: "b", points: 0 },
      ],
    });
  });
});

describe("redemption at the edges", () => {
  const club = program({ redemption: { pointValue: "0.01", minPoints: 100, maxShare: "50" } });

  it.each([
    [
      "exactly the minimum",
      100,
      1000,
      "30.00",
      { status: "accepted", points: 100, amount: "1.00", isCapped: false },
    ],
    [
      "one below the minimum",
      99,
      1000,
      "30.00",
      { status: "rejected", reason: "below_minimum", details: { minPoints: 100, requested: 99 } },
    ],
    [
      "exactly the balance",
      400,
      400,
      "30.00",
      { status: "accepted", points: 400, amount: "4.00", isCapped: false },
    ],
    [
      "one beyond the balance",
      401,
      400,
      "30.00",
      { status: "rejected", reason: "insufficient_balance", details: { balance: 400, requested: 401 } },
    ],
    [
      "exactly the cap",
      1500,
      5000,
      "30.00",
      { status: "accepted", points: 1500, amount: "15.00", isCapped: false },
    ],
    [
      "one over the cap",
      1501,
      5000,
      "30.00",
      { status: "accepted", points: 1500, amount: "15.00", isCapped: true },
    ],
    [
      "an empty basket",
      100,
      5000,
      "0.00",
      { status: "rejected", reason: "nothing_to_pay", details: { basket: "0.00" } },
    ],
  ] as const)("%s", (_title, requested, balance, basket, expected) => {
    const plan = planRedemption(club, balance, requested, eur(basket));
    expect(plan.status === "accepted" ? { ...plan, amount: plan.amount.toString() } : plan).toEqual(expected);
  });

  it("a program without redemption refuses every request", () => {
    expect(planRedemption(program(), 1000, 100, eur("30.00"))).toEqual({
      status: "rejected",
      reason: "no_redemption",
      details: {},
    });
  });

  it("points worth nothing pay nothing", () => {
    const free = program({ redemption: { pointValue: "0.00" } });
    expect(planRedemption(free, 1000, 100, eur("30.00"))).toMatchObject({
      status: "rejected",
      reason: "nothing_to_pay",
    });
  });
});

describe("ledger facts of a sale", () => {
  const facts = {
    customerId: "c1",
    saleId: "s1",
    at: "2026-11-23T12:00:00.000Z",
    earnedPoints: 12,
    redeemedPoints: 100,
  };

  it("a redeem entry, then an earn entry expiring after the program's days", () => {
    expect(saleLoyaltyEntries(program({ expiry: { days: 30 } }), facts)).toEqual([
      {
        customerId: "c1",
        programId: "club",
        at: facts.at,
        saleId: "s1",
        entryId: "s1:redeem",
        kind: "redeem",
        points: -100,
      },
      {
        customerId: "c1",
        programId: "club",
        at: facts.at,
        saleId: "s1",
        entryId: "s1:earn",
        kind: "earn",
        points: 12,
        expiresAt: "2026-12-23T12:00:00.000Z",
      },
    ]);
  });

  it("no points, no entries", () => {
    expect(saleLoyaltyEntries(program(), { ...facts, earnedPoints: 0, redeemedPoints: 0 })).toEqual([]);
  });
});

describe("expiry", () => {
  const entry = (entryId: string, at: string, points: number, expiresAt?: string): LoyaltyLedgerEntry => ({
    entryId,
    customerId: "c1",
    programId: "club",
    kind: points < 0 ? "redeem" : "earn",
    points,
    at,
    ...(expiresAt === undefined ? {} : { expiresAt }),
  });

  it("debits use the oldest credits first, ties by entry id, and a credit expires at its instant", () => {
    const entries = [
      entry("b", "2026-01-01T00:00:00Z", 10, "2026-06-01T00:00:00Z"),
      entry("a", "2026-01-01T00:00:00Z", 10, "2026-07-01T00:00:00Z"),
      entry("c", "2026-02-01T00:00:00Z", 5),
      entry("r", "2026-03-01T00:00:00Z", -12),
    ];
    // a (10) is used up first, then 2 of b: 8 of b expire on 2026-06-01, a has nothing left.
    expect(pointsToExpire(entries, Date.parse("2026-06-01T00:00:00Z"))).toBe(8);
    expect(pointsToExpire(entries, Date.parse("2026-06-01T00:00:00Z") - 1)).toBe(0);
    expect(pointsToExpire(entries, Date.parse("2027-01-01T00:00:00Z"))).toBe(8);
  });
});

describe("tiers and rolling spend", () => {
  const club = program({
    tierWindowDays: 30,
    tiers: [
      { id: "gold", name: "Gold", minSpend: "1000.00", multiplier: "2" },
      { id: "silver", name: "Silver", minSpend: "500.00", multiplier: "1.5" },
    ],
  });

  it.each([
    ["499.99", undefined],
    ["500.00", "silver"],
    ["999.99", "silver"],
    ["1000.00", "gold"],
    ["5000.00", "gold"],
  ])("spend %s → %s", (spend, tier) => {
    expect(tierForSpend(club, eur(spend))).toBe(tier);
  });

  it("counts purchases after the window opens up to now", () => {
    const now = Date.parse("2026-11-23T12:00:00Z");
    const purchases = [
      { atMs: now - 30 * DAY, amount: eur("100.00") },
      { atMs: now - 30 * DAY + 1, amount: eur("20.00") },
      { atMs: now, amount: eur("3.00") },
      { atMs: now + 1, amount: eur("400.00") },
    ];
    expect(rollingSpend(club, purchases, now).toString()).toBe("23.00");
  });
});

describe("multipliers", () => {
  it.each([
    ["2", true],
    ["1.5", true],
    ["1.123456", true],
    ["0", true],
    ["1.1234567", false],
    ["-1", false],
    ["two", false],
  ])("a multiplier of %s is accepted: %s", (multiplier, accepted) => {
    const parsed = loyaltyProgramSchema.safeParse({
      id: "club",
      name: "Club",
      currency: "EUR",
      itemRules: [{ items: { skus: ["a"] }, multiplier }],
      tiers: [{ id: "t", name: "T", minSpend: "1.00", multiplier }],
    });
    expect(parsed.success).toBe(accepted);
    if (!parsed.success)
      expect(parsed.error.issues.map((issue) => issue.path.join("."))).toEqual([
        "itemRules.0.multiplier",
        "tiers.0.multiplier",
      ]);
  });
});
