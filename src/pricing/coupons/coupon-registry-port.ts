import type { CouponRegistryPort, CouponUsage } from "../../core/ports/coupon-registry-port";
import type { Coupon } from "./coupon";

export type { CouponRedemption } from "../../core/ports/coupon-registry-port";

/**
 * The coupon registry the host keeps: the core {@link CouponRegistryPort} (atomic `redeem`, `release`)
 * plus the lookup of a coupon's definition and usage, which pricing's advisory check reads. The
 * definition is pricing data (schedules, limits), so this extension lives here while the till depends
 * only on the core port.
 *
 * @public
 */
export interface CouponRegistry extends CouponRegistryPort {
  /** The coupon for a code (trimmed, case-insensitive) and its usage, or undefined. */
  lookup(code: string): Promise<{ readonly coupon: Coupon; readonly usage: CouponUsage } | undefined>;
}
