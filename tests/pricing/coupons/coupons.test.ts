import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import {
  type CouponInput,
  checkCoupon,
  couponSchema,
  createMemoryCouponRegistry,
} from "../../../src/pricing";
import { NOON_MS } from "../fixtures";

const coupons: CouponInput[] = [
  { code: "ONCE", promotionId: "p1", usage: "single" },
  { code: "Many", promotionId: "p2", usage: "multi", maxUses: 2 },
  { code: "PERCUST", promotionId: "p3", usage: "multi", maxUsesPerCustomer: 1 },
  { code: "OLD", promotionId: "p4", usage: "multi", schedule: { validTo: "2026-01-01T00:00:00Z" } },
];

describe("coupon checks (advisory)", () => {
  it.each([
    {
      title: "unknown code",
      code: "NOPE",
      usage: { uses: 0, byCustomer: {} },
      customerId: undefined,
      expected: "unknown_code",
    },
    {
      title: "single-use already used",
      code: "once",
      usage: { uses: 1, byCustomer: {} },
      customerId: undefined,
      expected: "already_redeemed",
    },
    {
      title: "multi-use at its limit",
      code: "MANY",
      usage: { uses: 2, byCustomer: {} },
      customerId: undefined,
      expected: "usage_limit_reached",
    },
    {
      title: "per-customer limit without a customer",
      code: "percust",
      usage: { uses: 0, byCustomer: {} },
      customerId: undefined,
      expected: "customer_required",
    },
    {
      title: "per-customer limit reached",
      code: "percust",
      usage: { uses: 5, byCustomer: { c1: 1 } },
      customerId: "c1",
      expected: "customer_limit_reached",
    },
    {
      title: "expired",
      code: "old",
      usage: { uses: 0, byCustomer: {} },
      customerId: undefined,
      expected: "expired",
    },
    {
      title: "valid, trimmed and case-insensitive",
      code: "  many ",
      usage: { uses: 1, byCustomer: {} },
      customerId: undefined,
      expected: "valid",
    },
  ])("$title → $expected", ({ code, usage, customerId, expected }) => {
    const coupon = coupons
      .map((input) => couponSchema.parse(input))
      .find((entry) => entry.code.toLowerCase() === code.trim().toLowerCase());
    const check = checkCoupon(code, coupon, usage, { atMs: NOON_MS, timeZone: "UTC", customerId });
    expect(check.status === "valid" ? "valid" : check.reason).toBe(expected);
  });
});

describe("memory coupon registry", () => {
  it("exactly one of two concurrent redemptions of a single-use code succeeds", async () => {
    const registry = createMemoryCouponRegistry(coupons, () => NOON_MS);
    const results = await Promise.all([
      registry.redeem("ONCE", "sale-1"),
      registry.redeem(" once ", "sale-2"),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["redeemed", "rejected"]);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: "already_redeemed",
    });
  });

  it("redeeming again for the same sale is idempotent; release frees the code", async () => {
    const registry = createMemoryCouponRegistry(coupons, () => NOON_MS);
    expect((await registry.redeem("ONCE", "sale-1")).status).toBe("redeemed");
    expect((await registry.redeem("ONCE", "sale-1")).status).toBe("redeemed");
    expect((await registry.lookup("once"))?.usage.uses).toBe(1);
    await registry.release("ONCE", "sale-1");
    expect((await registry.redeem("ONCE", "sale-2")).status).toBe("redeemed");
  });

  it.each([
    { title: "unknown code", code: "NOPE", reason: "unknown_code" },
    { title: "expired code", code: "OLD", reason: "expired" },
  ])("redeem rejects an $title with a reason, never a crash", async ({ code, reason }) => {
    const registry = createMemoryCouponRegistry(coupons, () => NOON_MS);
    expect(await registry.redeem(code, "sale-1")).toMatchObject({ status: "rejected", reason });
  });

  it("per-customer limits hold across sales", async () => {
    const registry = createMemoryCouponRegistry(coupons, () => NOON_MS);
    expect((await registry.redeem("PERCUST", "s1", "c1")).status).toBe("redeemed");
    expect(await registry.redeem("PERCUST", "s2", "c1")).toMatchObject({ reason: "customer_limit_reached" });
    expect((await registry.redeem("PERCUST", "s3", "c2")).status).toBe("redeemed");
  });

  it("a malformed coupon is INVALID_RULE at its path", () => {
    let caught: unknown;
    try {
      createMemoryCouponRegistry([{ code: " ", promotionId: "p", usage: "single" }]);
    } catch (error) {
      caught = error;
    }
    expect(isTillError(caught) ? [caught.code, caught.path] : caught).toEqual([
      "INVALID_RULE",
      ["coupons", 0, "code"],
    ]);
  });
});
