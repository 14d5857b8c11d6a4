/**
 * Why a coupon code was refused, stable codes shared by pricing's advisory check and the registry's
 * redemption.
 *
 * @public
 */
export const COUPON_REJECTION_REASONS = [
  "unknown_code",
  "not_started",
  "expired",
  "outside_time_window",
  "already_redeemed",
  "usage_limit_reached",
  "customer_limit_reached",
  "customer_required",
] as const;

/**
 * One rejection reason, see {@link COUPON_REJECTION_REASONS}.
 *
 * @public
 */
export type CouponRejectionReason = (typeof COUPON_REJECTION_REASONS)[number];

/**
 * How often a coupon has been used, in all and per customer.
 *
 * @public
 */
export interface CouponUsage {
  readonly uses: number;
  readonly byCustomer: Readonly<Record<string, number>>;
}

/**
 * The outcome of redeeming a coupon at completion.
 *
 * @public
 */
export type CouponRedemption =
  | { readonly status: "redeemed"; readonly code: string; readonly saleId: string }
  | { readonly status: "rejected"; readonly code: string; readonly reason: CouponRejectionReason };

/**
 * The part of the coupon registry the till needs at completion. `redeem` is atomic: when two tills redeem
 * the same single-use code at once, exactly one gets "redeemed" and the other a reasoned rejection, before
 * its sale completes, so that sale can complete without the coupon. Redeeming again for the same sale is
 * idempotent. Pricing's `CouponRegistry` adds the lookup of coupon definitions.
 *
 * @public
 */
export interface CouponRegistryPort {
  /** Atomically checks and records a redemption. */
  redeem(code: string, saleId: string, customerId?: string): Promise<CouponRedemption>;
  /** Releases a sale's redemption (a post-void), so the code can be used again. */
  release(code: string, saleId: string): Promise<void>;
}
