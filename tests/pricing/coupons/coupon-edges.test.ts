import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CouponInput,
  type CouponUsage,
  checkCoupon,
  couponSchema,
  createMemoryCouponRegistry,
} from "../../../src/pricing";
import { NOON_MS } from "../fixtures";

const LUNCH: CouponInput = {
  code: "LUNCH",
  promotionId: "p-lunch",
  usage: "multi",
  // Monday 11:00–13:00 local time; NOON_MS is Monday 12:00 UTC.
  schedule: { timeWindows: [{ days: ["mon"], from: "11:00", to: "13:00" }] },
};

const outcome = (check: ReturnType<typeof checkCoupon>): string =>
  check.status === "valid" ? `valid:${check.promotionId}` : check.reason;

describe("checkCoupon at its edges", () => {
  const usage = (uses: number, byCustomer: Record<string, number> = {}): CouponUsage => ({
    uses,
    byCustomer,
  });

  it.each([
    {
      title: "a coupon record for another code does not make the entered code valid",
      code: "OTHER",
      coupon: { code: "ONCE", promotionId: "p1", usage: "single" as const },
      usage: usage(0),
      customerId: undefined,
      expected: "unknown_code",
    },
    {
      title: "a single-use code never used is valid",
      code: "once",
      coupon: { code: "ONCE", promotionId: "p1", usage: "single" as const },
      usage: usage(0),
      customerId: undefined,
      expected: "valid:p1",
    },
    {
      title: "a code that requires a customer, without one",
      code: "vip",
      coupon: { code: "VIP", promotionId: "p5", usage: "multi" as const, requiresCustomer: true },
      usage: usage(0),
      customerId: undefined,
      expected: "customer_required",
    },
    {
      title: "a code that requires a customer, with one",
      code: "vip",
      coupon: { code: "VIP", promotionId: "p5", usage: "multi" as const, requiresCustomer: true },
      usage: usage(0),
      customerId: "c1",
      expected: "valid:p5",
    },
    {
      title: "one use per customer: another customer's use does not count",
      code: "percust",
      coupon: { code: "PERCUST", promotionId: "p3", usage: "multi" as const, maxUsesPerCustomer: 1 },
      usage: usage(1, { c2: 1 }),
      customerId: "c1",
      expected: "valid:p3",
    },
    {
      title: "a coupon valid from 13:00 is not started at noon",
      code: "later",
      coupon: {
        code: "LATER",
        promotionId: "p6",
        usage: "multi" as const,
        schedule: { validFrom: "2026-11-23T13:00:00Z" },
      },
      usage: usage(0),
      customerId: undefined,
      expected: "not_started",
    },
  ])("$title → $expected", ({ code, coupon, usage: used, customerId, expected }) => {
    const check = checkCoupon(code, couponSchema.parse(coupon), used, {
      atMs: NOON_MS,
      timeZone: "UTC",
      customerId,
    });
    expect(outcome(check)).toBe(expected);
  });

  it("a multi-use code with a limit is valid exactly while uses < maxUses", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 25 }), (maxUses, uses) => {
        const coupon = couponSchema.parse({ code: "MANY", promotionId: "p2", usage: "multi", maxUses });
        const check = checkCoupon("many", coupon, usage(uses), { atMs: NOON_MS, timeZone: "UTC" });
        expect(outcome(check)).toBe(uses < maxUses ? "valid:p2" : "usage_limit_reached");
      }),
      { numRuns: 500 },
    );
  });
});

describe("memory coupon registry at its edges", () => {
  it.each([
    { title: "the default time zone, UTC (12:00)", timeZone: undefined, expected: "redeemed" },
    { title: "Europe/Berlin (13:00, the window's end)", timeZone: "Europe/Berlin", expected: "rejected" },
    { title: "America/New_York (07:00)", timeZone: "America/New_York", expected: "rejected" },
  ])(
    "a Monday 11:00–13:00 coupon at Monday 12:00 UTC in $title → $expected",
    async ({ timeZone, expected }) => {
      const registry =
        timeZone === undefined
          ? createMemoryCouponRegistry([LUNCH], () => NOON_MS)
          : createMemoryCouponRegistry([LUNCH], () => NOON_MS, timeZone);
      const result = await registry.redeem("lunch", "s1");
      expect(result.status === "rejected" ? [result.status, result.reason] : [result.status]).toEqual(
        expected === "redeemed" ? ["redeemed"] : ["rejected", "outside_time_window"],
      );
    },
  );

  it("looking up an unknown code finds nothing; releasing it does nothing", async () => {
    const registry = createMemoryCouponRegistry([LUNCH], () => NOON_MS);
    expect(await registry.lookup("NOPE")).toBeUndefined();
    await expect(registry.release("NOPE", "s1")).resolves.toBeUndefined();
    expect((await registry.lookup("lunch"))?.usage).toEqual({ uses: 0, byCustomer: {} });
  });

  it("usage counts every redemption, and per customer only those with a customer", async () => {
    const registry = createMemoryCouponRegistry([LUNCH], () => NOON_MS);
    await registry.redeem("LUNCH", "s1");
    await registry.redeem("LUNCH", "s2", "c1");
    await registry.redeem("LUNCH", "s3", "c1");
    await registry.redeem("LUNCH", "s4", "c2");
    expect((await registry.lookup("lunch"))?.usage).toEqual({ uses: 4, byCustomer: { c1: 2, c2: 1 } });
  });

  it("a limit of two uses: the third sale is refused, a release frees a use", async () => {
    const registry = createMemoryCouponRegistry(
      [{ code: "TWICE", promotionId: "p2", usage: "multi", maxUses: 2 }],
      () => NOON_MS,
    );
    const statuses = [];
    for (const saleId of ["s1", "s2", "s3"]) statuses.push((await registry.redeem("twice", saleId)).status);
    await registry.release("TWICE", "s1");
    statuses.push((await registry.redeem("twice", "s3")).status);
    expect(statuses).toEqual(["redeemed", "redeemed", "rejected", "redeemed"]);
  });
});
