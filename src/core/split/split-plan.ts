import { z } from "zod";
import type { Money } from "../money/money";
import { idSchema } from "../sale/value-schemas";

/**
 * zod schema for how to split a sale into checks: evenly into `parts`, by the seat on each line (lines
 * without a seat are shared evenly by all seats), or by chosen lines (every line in exactly one check).
 *
 * @public
 */
export const splitPlanSchema = /* @__PURE__ */ z.discriminatedUnion("method", [
  z.object({ method: z.literal("evenly"), parts: z.number().int().min(2).max(100) }),
  z.object({ method: z.literal("by-seat") }),
  z.object({ method: z.literal("by-lines"), checks: z.array(z.array(idSchema).min(1)).min(2) }),
]);

/**
 * A split plan (output form).
 *
 * @public
 */
export type SplitPlan = z.output<typeof splitPlanSchema>;

/**
 * One check of a split: its share of every figure. Across the checks each figure sums to the original.
 *
 * @public
 */
export interface SplitCheck {
  /** 0-based check number. */
  readonly index: number;
  /** The seat of a by-seat check. */
  readonly seat?: number;
  /** Lines with a share in this check. */
  readonly lineIds: readonly string[];
  readonly gross: Money;
  readonly discountTotal: Money;
  readonly net: Money;
  /** Tax per tax id (and whether it is inside the price). */
  readonly taxes: readonly { readonly taxId: string; readonly included: boolean; readonly amount: Money }[];
  readonly taxTotal: Money;
  /** Net plus the taxes not inside the price. */
  readonly total: Money;
}
