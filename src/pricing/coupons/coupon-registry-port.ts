import type { Coupon, CouponCheck, CouponUsage } from "./coupon";

/**
 * The outcome of redeeming a coupon at completion.
 *
 * @public
 */
export type CouponRedemption =
  | { readonly status: "redeemed"; readonly code: string; readonly saleId: string }
  | Extract<CouponCheck, { status: "rejected" }>;

/**
 * The coupon registry the host keeps. `redeem` is the atomic commit at completion: when two tills redeem
 * the same single-use code at once, exactly one gets "redeemed" and the other a reasoned rejection, so
 * its sale can complete without the coupon. Redeeming again for the same sale is idempotent.
 *
 * @public
 */
export interface CouponRegistry {
  /** The coupon for a code (trimmed, case-insensitive) and its usage, or undefined. */
  lookup(code: string): Promise<{ readonly coupon: Coupon; readonly usage: CouponUsage } | undefined>;
  /** Atomically checks and records a redemption. */
  redeem(code: string, saleId: string, customerId?: string): Promise<CouponRedemption>;
  /** Releases a sale's redemption (a post-void), so the code can be used again. */
  release(code: string, saleId: string): Promise<void>;
}
