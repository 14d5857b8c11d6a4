import { z } from "zod";
import { decimalStringSchema } from "../numbers/decimal-input";
import { idSchema, moneyValueSchema, timestampSchema } from "./value-schemas";

/**
 * zod schema for what a manual discount applies to: one line, or the whole basket.
 *
 * @public
 */
export const discountScopeSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("line"), lineId: idSchema }),
  z.object({ kind: z.literal("basket") }),
]);

/**
 * zod schema for the size of a manual discount: a percentage ("10" is 10%) or an amount.
 *
 * @public
 */
export const discountValueSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("percent"), percent: decimalStringSchema }),
  z.object({ kind: z.literal("amount"), amount: moneyValueSchema }),
]);

/**
 * zod schema for a manual discount entered at the till.
 *
 * @public
 */
export const manualDiscountSchema = /* @__PURE__ */ z.object({
  discountId: idSchema,
  scope: discountScopeSchema,
  value: discountValueSchema,
  reason: z.string().min(1),
  addedBy: idSchema,
  at: timestampSchema,
  /** The manager who approved a discount above the cashier's limit. */
  approvedBy: idSchema.optional(),
});

/**
 * A manual discount (line or basket, percent or amount) with its reason and approver.
 *
 * @public
 */
export type ManualDiscount = z.output<typeof manualDiscountSchema>;
