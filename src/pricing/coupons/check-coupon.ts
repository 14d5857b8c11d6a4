import { scheduleStatus } from "../rules/schedule";
import { type Coupon, type CouponCheck, type CouponUsage, normalizeCouponCode } from "./coupon";

/**
 * The facts a coupon check reads.
 *
 * @public
 */
export interface CouponCheckContext {
  readonly atMs: number;
  readonly timeZone: string;
  readonly customerId?: string | undefined;
}

/**
 * Checks a coupon code against its definition and usage: advisory during pricing (the redemption at
 * completion is what counts), and a reasoned rejection instead of an error for every failure.
 *
 * @param code - the code as entered
 * @param coupon - the coupon with that code, or undefined when the code is unknown
 * @param usage - redemptions so far
 * @param context - instant, time zone, customer
 * @returns valid with its promotion, or rejected with a reason
 * @public
 */
export function checkCoupon(
  code: string,
  coupon: Coupon | undefined,
  usage: CouponUsage,
  context: CouponCheckContext,
): CouponCheck {
  const normalized = normalizeCouponCode(code);
  const reject = (reason: Extract<CouponCheck, { status: "rejected" }>["reason"]): CouponCheck => ({
    status: "rejected",
    code: normalized,
    reason,
  });
  if (coupon === undefined || normalizeCouponCode(coupon.code) !== normalized) return reject("unknown_code");
  const status = scheduleStatus(coupon.schedule, context.atMs, context.timeZone);
  if (status !== "active") return reject(status);
  if (coupon.usage === "single" && usage.uses > 0) return reject("already_redeemed");
  if (coupon.maxUses !== undefined && usage.uses >= coupon.maxUses) return reject("usage_limit_reached");
  const needsCustomer = coupon.requiresCustomer || coupon.maxUsesPerCustomer !== undefined;
  if (needsCustomer && context.customerId === undefined) return reject("customer_required");
  if (
    coupon.maxUsesPerCustomer !== undefined &&
    (usage.byCustomer[context.customerId ?? ""] ?? 0) >= coupon.maxUsesPerCustomer
  )
    return reject("customer_limit_reached");
  return { status: "valid", code: normalized, promotionId: coupon.promotionId };
}
