import { z } from "zod";
import { idSchema, moneyValueSchema } from "./value-schemas";

/**
 * Where an adjustment on a line comes from. `clawback` marks the part of a refund kept back because the
 * goods a customer keeps no longer qualify for a deal.
 *
 * @public
 */
export const ADJUSTMENT_KINDS = ["promotion", "coupon", "manual", "points", "clawback"] as const;

/**
 * zod schema for the source of an allocation ledger entry.
 *
 * @public
 */
export const adjustmentSourceSchema = /* @__PURE__ */ z.object({
  /** The family of rule that made the adjustment. */
  kind: z.enum(ADJUSTMENT_KINDS),
  /** The rule, coupon, manual-discount or redemption id. */
  id: idSchema,
  /** Text for receipts and explanations. */
  name: z.string(),
});

/**
 * The source of an allocation ledger entry.
 *
 * @public
 */
export type AdjustmentSource = z.output<typeof adjustmentSourceSchema>;

/**
 * zod schema for one allocation ledger entry on a line.
 *
 * @public
 */
export const adjustmentSchema = /* @__PURE__ */ z.object({
  source: adjustmentSourceSchema,
  /**
   * The amount allocated to this line. Positive lowers what the customer pays (a discount); on a refund
   * line every amount is negated, so the sign always reads "positive = in the customer's favour".
   */
  amount: moneyValueSchema,
});

/**
 * One allocation ledger entry: what a promotion, coupon, manual discount or points burn took off a line.
 * Stages append entries and never change an entry they did not write; returns read them back per unit.
 *
 * @public
 */
export type Adjustment = z.output<typeof adjustmentSchema>;

/**
 * zod schema for one tax on a line.
 *
 * @public
 */
export const lineTaxSchema = /* @__PURE__ */ z.object({
  /** Tax id in the tax rules. */
  taxId: idSchema,
  /** Text for receipts. */
  name: z.string(),
  /** Jurisdiction code, e.g. "US-CA", "CA-QC", "NL". */
  jurisdiction: z.string(),
  /** The rate as a fraction of one ("0.07"), or the text of a fixed amount rule. */
  rate: z.string(),
  /** The amount the tax was computed on. */
  base: moneyValueSchema,
  /** The tax amount (negative on a refund line). */
  amount: moneyValueSchema,
  /** True when the tax is inside the price (VAT style) and so already part of the line net. */
  included: z.boolean(),
});

/**
 * One tax on a line, with its jurisdiction, base and amount.
 *
 * @public
 */
export type LineTax = z.output<typeof lineTaxSchema>;

/**
 * zod schema for pricing frozen onto a line: a return against a receipt refunds exactly what was charged
 * at sale time, so its line carries the figures and the pipeline does not price it again.
 *
 * @public
 */
export const lockedPricingSchema = /* @__PURE__ */ z.object({
  gross: moneyValueSchema,
  adjustments: z.array(adjustmentSchema),
  taxes: z.array(lineTaxSchema),
});

/**
 * Pricing frozen onto a line (returns against a receipt, deal clawbacks).
 *
 * @public
 */
export type LockedPricing = z.output<typeof lockedPricingSchema>;
