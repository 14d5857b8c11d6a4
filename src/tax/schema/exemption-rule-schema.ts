import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { effectiveRangeSchema, taxDecimalSchema } from "./tax-decimal-schema";

/**
 * zod schema for an exemption rule: lines in `categories` are exempt from the named `taxes`, optionally
 * only while the unit price is strictly below `unitPriceBelow` (New York: clothing and footwear under
 * 110.00 per item) and only inside `effective` (a tax holiday).
 *
 * @public
 */
export const exemptionRuleSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  taxes: z.array(z.string().min(1)).min(1),
  categories: z.array(z.string().min(1)).min(1),
  unitPriceBelow: z.object({ amount: taxDecimalSchema, currency: currencyCodeSchema }).optional(),
  effective: effectiveRangeSchema.optional(),
});

/**
 * An exemption rule.
 *
 * @public
 */
export type ExemptionRule = z.infer<typeof exemptionRuleSchema>;
