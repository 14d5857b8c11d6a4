import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError, moneyFromMinor, parseMoney } from "../../../src/core";
import {
  applyNegativeBalancePolicy,
  balanceOf,
  computeEarnedPoints,
  createMemoryLoyaltyLedger,
  type LoyaltyLedgerEntry,
  type LoyaltyLine,
  loyaltyProgramSchema,
  planRedemption,
  pointsForReturn,
  pointsToExpire,
  returnPointsEntries,
  rollingSpend,
  saleLoyaltyEntries,
  tierForSpend,
} from "../../../src/pricing";

const program = loyaltyProgramSchema.parse({
  id: "club",
  name: "Club",
  currency: "EUR",
  itemRules: [
    { items: { categories: ["coffee"] }, multiplier: "2" },
    { items: { skus: ["mug"] }, pointsPerUnit: 5 },
  ],
  tiers: [
    { id: "silver", name: "Silver", minSpend: "500.00", multiplier: "1.5" },
    { id: "gold", name: "Gold", minSpend: "1000.00", multiplier: "2" },
  ],
  redemption: { pointValue: "0.01", minPoints: 100, maxShare: "50" },
});

const eur = (amount: string) => parseMoney(amount, "EUR");
const loyaltyLine = (lineId: string, net: string, extra: Partial<LoyaltyLine> = {}): LoyaltyLine => ({
  lineId,
  sku: lineId,
  net: eur(net),
  units: 1,
  ...extra,
});

describe("earning", () => {
  it.each([
    {
      title: "12.50 at 1 point per 1.00 → 12",
      lines: [loyaltyLine("a", "12.50")],
      tier: undefined,
      points: 12,
    },
    {
      title: "12.50 with the silver 1.5 multiplier → floor(18.75) = 18",
      lines: [loyaltyLine("a", "12.50")],
      tier: "silver",
      points: 18,
    },
    {
      title: "coffee earns double: 3.40 → 6",
      lines: [loyaltyLine("a", "3.40", { category: "coffee" })],
      tier: undefined,
      points: 6,
    },
    {
      title: "a mug adds 5 per unit: 2 mugs at 8.00 → 16 + 10",
      lines: [loyaltyLine("mug", "16.00", { units: 2 })],
      tier: undefined,
      points: 26,
    },
    {
      title: "gift cards earn nothing",
      lines: [loyaltyLine("gc", "50.00", { tags: ["gift-card"] }), loyaltyLine("b", "1.99")],
      tier: undefined,
      points: 1,
    },
    {
      title: "floors after the multiplier, not per line: 0.60 + 0.60 → 1",
      lines: [loyaltyLine("a", "0.60"), loyaltyLine("b", "0.60")],
      tier: undefined,
      points: 1,
    },
  ])("$title", ({ lines, tier, points }) => {
    const earned = computeEarnedPoints(program, lines, tier);
    expect(earned.points).toBe(points);
    expect(earned.perLine.reduce((total, entry) => total + entry.points, 0)).toBe(points);
  });

  it.each([
    { spend: "499.99", tier: undefined },
    { spend: "500.00", tier: "silver" },
    { spend: "1200.00", tier: "gold" },
  ])("rolling spend $spend reaches tier $tier", ({ spend, tier }) => {
    expect(tierForSpend(program, eur(spend))).toBe(tier);
  });

  it("rolling spend counts only the last 365 days", () => {
    const now = Date.parse("2026-11-23T12:00:00Z");
    const purchases = [
      { atMs: now - 400 * 86_400_000, amount: eur("900.00") },
      { atMs: now - 10 * 86_400_000, amount: eur("120.00") },
    ];
    expect(rollingSpend(program, purchases, now).toString()).toBe("120.00");
  });
});

describe("redemption", () => {
  it.each([
    {
      title: "1,000 points on 30.00 → 10.00",
      balance: 5000,
      points: 1000,
      basket: "30.00",
      expected: "accepted:1000:10.00",
    },
    {
      title: "5,000 points capped at 50% of 30.00 → 1,500 points",
      balance: 5000,
      points: 5000,
      basket: "30.00",
      expected: "accepted:1500:15.00",
    },
    {
      title: "below the 100-point minimum",
      balance: 5000,
      points: 99,
      basket: "30.00",
      expected: "rejected:below_minimum",
    },
    {
      title: "beyond the balance: a reasoned rejection",
      balance: 500,
      points: 600,
      basket: "30.00",
      expected: "rejected:insufficient_balance",
    },
  ])("$title", ({ balance, points, basket, expected }) => {
    const plan = planRedemption(program, balance, points, eur(basket));
    expect(
      plan.status === "accepted" ? `accepted:${plan.points}:${plan.amount}` : `rejected:${plan.reason}`,
    ).toBe(expected);
  });
});

describe("ledger", () => {
  const entry = (
    entryId: string,
    kind: LoyaltyLedgerEntry["kind"],
    points: number,
    at = "2026-01-01T00:00:00Z",
    expiresAt?: string,
  ): LoyaltyLedgerEntry => ({
    entryId,
    customerId: "c1",
    programId: "club",
    kind,
    points,
    at,
    ...(expiresAt === undefined ? {} : { expiresAt }),
  });

  it.each([
    { policy: "forbid" as const, expected: "INSUFFICIENT_BALANCE" },
    { policy: "clamp" as const, expected: -30 },
    { policy: "allow" as const, expected: -50 },
  ])("negative-balance policy $policy on a 50-point debit from 30 → $expected", ({ policy, expected }) => {
    let result: number | string;
    try {
      result = applyNegativeBalancePolicy({ negativeBalance: policy }, 30, -50);
    } catch (error) {
      result = isTillError(error) ? error.code : "other";
    }
    expect(result).toBe(expected);
  });

  it("the memory ledger books atomically, idempotently, and refuses to go negative", async () => {
    const ledger = createMemoryLoyaltyLedger();
    await ledger.append([entry("e1", "earn", 100), entry("e2", "redeem", -40)]);
    await ledger.append([entry("e1", "earn", 100)]);
    expect(await ledger.balance("c1")).toBe(60);
    await expect(ledger.append([entry("e3", "earn", 10), entry("e4", "redeem", -100)])).rejects.toMatchObject(
      { code: "INSUFFICIENT_BALANCE" },
    );
    expect(await ledger.balance("c1")).toBe(60);
    await expect(ledger.append([entry("e1", "earn", 99)])).rejects.toMatchObject({
      code: "IDEMPOTENCY_CONFLICT",
    });
  });

  it("expiry takes what is left of expired credits after debits consumed the oldest first", () => {
    const entries = [
      entry("e1", "earn", 100, "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
      entry("e2", "earn", 50, "2026-06-01T00:00:00Z", "2027-06-01T00:00:00Z"),
      entry("e3", "redeem", -70, "2025-06-01T00:00:00Z"),
    ];
    expect(pointsToExpire(entries, Date.parse("2026-11-23T12:00:00Z"))).toBe(30);
  });

  it("property: the ledger sums to the balance the memory ledger reports", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: -200, max: 300 }), { maxLength: 30 }), async (moves) => {
        const ledger = createMemoryLoyaltyLedger({ negativeBalance: "clamp" });
        for (const [index, points] of moves.entries())
          await ledger.append([entry(`e${index}`, points >= 0 ? "earn" : "redeem", points)]);
        const entries = await ledger.entries("c1");
        expect(await ledger.balance("c1")).toBe(balanceOf(entries));
        expect(balanceOf(entries) >= 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("completion", () => {
  it.each([
    {
      title: "earn with a 365-day expiry and a redeem",
      expiry: { days: 365 },
      earned: 22,
      redeemed: 500,
      expected: [
        ["s1:redeem", -500, undefined],
        ["s1:earn", 22, "2027-11-23T12:00:00.000Z"],
      ],
    },
    {
      title: "earn only, no expiry",
      expiry: undefined,
      earned: 7,
      redeemed: 0,
      expected: [["s1:earn", 7, undefined]],
    },
  ])("$title", ({ expiry, earned, redeemed, expected }) => {
    const withExpiry = expiry === undefined ? program : { ...program, expiry };
    const entries = saleLoyaltyEntries(withExpiry, {
      customerId: "c1",
      saleId: "s1",
      at: "2026-11-23T12:00:00Z",
      earnedPoints: earned,
      redeemedPoints: redeemed,
    });
    expect(entries.map((entry) => [entry.entryId, entry.points, entry.expiresAt])).toEqual(expected);
  });
});

describe("returns", () => {
  it("a full return reverses the earned points and restores the redeemed ones exactly", () => {
    const earned = [{ lineId: "a", points: 37, soldMillionths: 3_000_000n, returnedMillionths: 0n }];
    const redeemed = [{ lineId: "a", points: 500, soldMillionths: 3_000_000n, returnedMillionths: 0n }];
    expect(returnPointsEntries(earned, redeemed, new Map([["a", 3_000_000n]]))).toEqual({
      reverse: -37,
      restore: 500,
    });
  });

  it("property: any sequence of partial returns that ends in a full return moves the points exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 }),
        (points, parts) => {
          const sold = BigInt(parts.reduce((a, b) => a + b, 0)) * 1_000_000n;
          let returned = 0n;
          let moved = 0;
          for (const part of parts) {
            const now = BigInt(part) * 1_000_000n;
            moved += pointsForReturn(
              [{ lineId: "a", points, soldMillionths: sold, returnedMillionths: returned }],
              new Map([["a", now]]),
            );
            returned += now;
          }
          expect(moved).toBe(points);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("property: earned shares sum to the total, so a full return of every line restores it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 10 }),
        fc.constantFrom(undefined, "silver", "gold"),
        (nets, tier) => {
          const lines = nets.map((minor, index) => ({
            lineId: `l${index}`,
            sku: "x",
            net: moneyFromMinor(minor, "EUR"),
            units: 1,
          }));
          const earned = computeEarnedPoints(program, lines, tier);
          const records = earned.perLine.map((entry) => ({
            ...entry,
            soldMillionths: 1_000_000n,
            returnedMillionths: 0n,
          }));
          expect(pointsForReturn(records, new Map(lines.map((entry) => [entry.lineId, 1_000_000n])))).toBe(
            earned.points,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
