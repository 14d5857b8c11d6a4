import { parseRule } from "../rules/parse-rule";
import { checkCoupon } from "./check-coupon";
import { type Coupon, type CouponInput, couponSchema, normalizeCouponCode } from "./coupon";
import type { CouponRedemption, CouponRegistry } from "./coupon-registry-port";

interface Record {
  readonly coupon: Coupon;
  readonly redemptions: Map<string, string | undefined>;
}

/**
 * An in-memory {@link CouponRegistry}. The check and the write of `redeem` happen in one synchronous step
 * (no await between them), which is what makes it atomic on one event loop.
 *
 * @param coupons - coupon definitions
 * @param clock - now, for schedules (default Date.now)
 * @param timeZone - the store's IANA time zone for coupon time windows
 * @returns the registry
 * @throws TillError INVALID_RULE for a malformed coupon
 * @public
 */
export function createMemoryCouponRegistry(
  coupons: readonly CouponInput[],
  clock: () => number = Date.now,
  timeZone = "UTC",
): CouponRegistry {
  const records = new Map<string, Record>();
  coupons.forEach((input, index) => {
    const coupon = parseRule(couponSchema, input, ["coupons", index]);
    records.set(normalizeCouponCode(coupon.code), { coupon, redemptions: new Map() });
  });
  const usageOf = (record: Record) => {
    const byCustomer: { [customerId: string]: number } = {};
    for (const customerId of record.redemptions.values())
      if (customerId !== undefined) byCustomer[customerId] = (byCustomer[customerId] ?? 0) + 1;
    return { uses: record.redemptions.size, byCustomer };
  };
  return {
    lookup: async (code) => {
      const record = records.get(normalizeCouponCode(code));
      return record === undefined ? undefined : { coupon: record.coupon, usage: usageOf(record) };
    },
    redeem: async (code, saleId, customerId): Promise<CouponRedemption> => {
      const normalized = normalizeCouponCode(code);
      const record = records.get(normalized);
      if (record?.redemptions.has(saleId)) return { status: "redeemed", code: normalized, saleId };
      const check = checkCoupon(
        code,
        record?.coupon,
        record === undefined ? { uses: 0, byCustomer: {} } : usageOf(record),
        {
          atMs: clock(),
          timeZone,
          customerId,
        },
      );
      if (check.status === "rejected" || record === undefined)
        return check.status === "rejected"
          ? check
          : { status: "rejected", code: normalized, reason: "unknown_code" };
      record.redemptions.set(saleId, customerId);
      return { status: "redeemed", code: normalized, saleId };
    },
    release: async (code, saleId) => {
      records.get(normalizeCouponCode(code))?.redemptions.delete(saleId);
    },
  };
}
