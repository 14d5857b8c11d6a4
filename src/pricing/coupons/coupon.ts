import { z } from "zod";
import type { CouponRejectionReason } from "../../core/ports/coupon-registry-port";
import { scheduleSchema } from "../rules/schedule";

export {
  COUPON_REJECTION_REASONS,
  type CouponRejectionReason,
  type CouponUsage,
} from "../../core/ports/coupon-registry-port";

/**
 * Normalises a coupon code as entered: trimmed and lower-cased, so " SAVE10 " and "save10" are one code.
 *
 * @param code - the code as typed or scanned
 * @returns the normalised code
 * @public
 */
export function normalizeCouponCode(code: string): string {
  return code.trim().toLowerCase();
}

/**
 * zod schema for a coupon: its code, the promotion it unlocks, its usage (single-use: once ever;
 * multi-use: up to `maxUses`, or unlimited) and an optional per-customer limit and schedule.
 *
 * @public
 */
export const couponSchema = /* @__PURE__ */ z.strictObject({
  code: z.string().trim().min(1),
  promotionId: z.string().min(1),
  usage: z.enum(["single", "multi"]),
  maxUses: z.number().int().positive().optional(),
  maxUsesPerCustomer: z.number().int().positive().optional(),
  /** True when the coupon needs an identified customer (per-customer limits imply it). */
  requiresCustomer: z.boolean().default(false),
  schedule: scheduleSchema.optional(),
});

/**
 * A coupon (input form).
 *
 * @public
 */
export type CouponInput = z.input<typeof couponSchema>;

/**
 * A coupon.
 *
 * @public
 */
export type Coupon = z.output<typeof couponSchema>;

/**
 * The answer to a coupon check.
 *
 * @public
 */
export type CouponCheck =
  | { readonly status: "valid"; readonly code: string; readonly promotionId: string }
  | { readonly status: "rejected"; readonly code: string; readonly reason: CouponRejectionReason };
