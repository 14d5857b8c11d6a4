import { z } from "zod";
import { timeZoneSchema } from "./local-time";

const percentText = /* @__PURE__ */ z
  .string()
  .regex(/^\d{1,3}(\.\d{1,4})?$/, { message: "Expected a percentage with at most 4 decimals, e.g. 7.5" });
const amountText = /* @__PURE__ */ z
  .string()
  .regex(/^\d+(\.\d+)?$/, { message: "Expected an amount such as 1000.00" });

/**
 * zod schema of one partner's commission plan: a percent of net sales (tax excluded) per category with a
 * default, volume tiers that add a bonus percent once the partner's sales in the period reach a
 * threshold, and what a return does (`clawback`: the commission of returned goods is taken back at the
 * rate the sale earned; `keep`: returns do not change the commission).
 *
 * @public
 */
export const partnerPlanSchema = /* @__PURE__ */ z.object({
  partnerId: z.string().min(1),
  name: z.string().optional(),
  defaultPercent: percentText,
  categoryPercent: z.record(z.string(), percentText).default({}),
  tiers: z.array(z.object({ minSales: amountText, bonusPercent: percentText })).default([]),
  returns: z.enum(["clawback", "keep"]).default("clawback"),
});

/**
 * zod schema of the commission rules: partner plans and the referral codes that attribute a receipt to a
 * partner (a receipt's `partnerId` wins over its `referralCode`).
 *
 * @public
 */
export const commissionRulesSchema = /* @__PURE__ */ z.object({
  partners: z.array(partnerPlanSchema),
  referralCodes: z.record(z.string(), z.string().min(1)).default({}),
  timeZone: timeZoneSchema.default("UTC"),
  period: z.enum(["day", "month"]).default("month"),
});

/**
 * Commission rules as written (JSON form).
 *
 * @public
 */
export type CommissionRulesInput = z.input<typeof commissionRulesSchema>;

/**
 * Commission rules after validation.
 *
 * @public
 */
export type CommissionRules = z.output<typeof commissionRulesSchema>;

/**
 * One partner plan after validation.
 *
 * @public
 */
export type PartnerPlan = z.output<typeof partnerPlanSchema>;
