import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeOfflinePolicy, type OfflineRedemption } from "../../../src/adapters/sql";

const policy = makeOfflinePolicy({
  currency: "EUR",
  card: { perSaleLimit: "100.00", totalLimit: "500.00" },
  giftCard: { perSaleLimit: "200.00" },
  points: { perSaleLimit: "5000" },
});

describe("makeOfflinePolicy", () => {
  it.each<[string, OfflineRedemption, unknown]>([
    [
      "card 80.00 with 400.00 pending → allowed, 20.00 left",
      { kind: "card", amount: "80.00", pendingOfflineCard: "400.00" },
      { allowed: true, remainingMinor: 2000n },
    ],
    [
      "card 120.00 → over the 100.00 floor limit",
      { kind: "card", amount: "120.00", pendingOfflineCard: "0" },
      { allowed: false, reason: "per-sale-limit", limitMinor: 10000n },
    ],
    [
      "card 90.00 with 450.00 pending → over the 500.00 total",
      { kind: "card", amount: "90.00", pendingOfflineCard: "450.00" },
      { allowed: false, reason: "offline-total-limit", limitMinor: 5000n },
    ],
    [
      "gift card 20.00 on 50.00 cached − 35.00 pending → refused, 15.00 available",
      {
        kind: "gift-card",
        accountId: "G1",
        amount: "20.00",
        cachedBalance: "50.00",
        pendingRedemptions: "35.00",
      },
      { allowed: false, reason: "insufficient-cached-balance", limitMinor: 1500n },
    ],
    [
      "gift card 15.00 on 50.00 cached − 35.00 pending → allowed, 0 left",
      {
        kind: "gift-card",
        accountId: "G1",
        amount: "15.00",
        cachedBalance: "50.00",
        pendingRedemptions: "35.00",
      },
      { allowed: true, remainingMinor: 0n },
    ],
    [
      "gift card never cached → refused",
      { kind: "gift-card", accountId: "G2", amount: "1.00", pendingRedemptions: "0" },
      { allowed: false, reason: "no-cached-balance", limitMinor: 0n },
    ],
    [
      "gift card 250.00 → over the 200.00 per-sale cap",
      {
        kind: "gift-card",
        accountId: "G1",
        amount: "250.00",
        cachedBalance: "900.00",
        pendingRedemptions: "0",
      },
      { allowed: false, reason: "per-sale-limit", limitMinor: 20000n },
    ],
    [
      "1,200 points on 1,500 cached − 200 pending → allowed, 100 left",
      { kind: "points", accountId: "C1", points: "1200", cachedBalance: "1500", pendingRedemptions: "200" },
      { allowed: true, remainingMinor: 100n },
    ],
    [
      "1,400 points on 1,500 cached − 200 pending → refused, 1,300 available",
      { kind: "points", accountId: "C1", points: "1400", cachedBalance: "1500", pendingRedemptions: "200" },
      { allowed: false, reason: "insufficient-cached-balance", limitMinor: 1300n },
    ],
  ])("%s", (_title, redemption, decision) => {
    expect(policy.canRedeemOffline(redemption)).toEqual(decision);
  });

  it("never allows more than the cached balance minus pending redemptions", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 7n }),
        fc.bigInt({ min: 0n, max: 10n ** 7n }),
        fc.bigInt({ min: 0n, max: 10n ** 7n }),
        (cached, pending, amount) => {
          const decision = policy.canRedeemOffline({
            kind: "points",
            accountId: "C1",
            points: String(amount),
            cachedBalance: String(cached),
            pendingRedemptions: String(pending),
          });
          expect(decision.allowed).toBe(amount <= 5000n && amount <= cached - pending);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it.each([
    [
      "a negative amount",
      { kind: "card", amount: "-1.00", pendingOfflineCard: "0" },
      ["redemption", "amount"],
    ],
    ["an unknown kind", { kind: "cheque", amount: "1.00" }, ["redemption", "kind"]],
  ])("refuses %s with INVALID_INPUT at its path", (_title, redemption, path) => {
    expect(() => policy.canRedeemOffline(redemption as OfflineRedemption)).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", path }),
    );
  });
});
