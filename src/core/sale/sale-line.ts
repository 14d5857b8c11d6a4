import { z } from "zod";
import { lockedPricingSchema } from "./ledger-entry";
import { idSchema, moneyValueSchema, quantityValueSchema, timestampSchema } from "./value-schemas";

/**
 * Where a line's unit price came from. `label` is a price printed in a price-embedded barcode; `return` and
 * `clawback` lines carry pricing frozen from the original sale.
 *
 * @public
 */
export const PRICE_SOURCE_KINDS = [
  "catalog",
  "price-list",
  "tier",
  "time-window",
  "sale-price",
  "label",
  "override",
  "receiptless-return",
  "return",
  "clawback",
] as const;

/**
 * zod schema for the source of a unit price.
 *
 * @public
 */
export const priceSourceSchema = /* @__PURE__ */ z.object({
  kind: z.enum(PRICE_SOURCE_KINDS),
  /** The price list, tier or rule that set the price, when there is one. */
  ref: z.string().optional(),
});

/**
 * The source of a unit price.
 *
 * @public
 */
export type PriceSource = z.output<typeof priceSourceSchema>;

/**
 * zod schema for a modifier on a line ("extra cheese +0.50"); its price adds to the unit price.
 *
 * @public
 */
export const lineModifierSchema = /* @__PURE__ */ z.object({
  modifierId: idSchema,
  name: z.string(),
  unitPrice: moneyValueSchema,
});

/**
 * A modifier on a line.
 *
 * @public
 */
export type LineModifier = z.output<typeof lineModifierSchema>;

/**
 * zod schema for who did something and when (voids, overrides).
 *
 * @public
 */
export const actionRecordSchema = /* @__PURE__ */ z.object({
  by: idSchema,
  at: timestampSchema,
  /** The employee who approved it, when approval was needed. */
  approvedBy: idSchema.optional(),
  reason: z.string().optional(),
});

/**
 * Who did something, when, why and who approved it.
 *
 * @public
 */
export type ActionRecord = z.output<typeof actionRecordSchema>;

/**
 * zod schema for one line of a sale (JSON in, values out).
 *
 * @public
 */
export const saleLineSchema = /* @__PURE__ */ z.object({
  lineId: idSchema,
  sku: idSchema,
  description: z.string(),
  /** Positive for goods sold, negative for goods returned. "each" quantities are whole numbers. */
  quantity: quantityValueSchema,
  /** Unit price before modifiers and discounts. */
  unitPrice: moneyValueSchema,
  priceSource: priceSourceSchema,
  taxCategory: z.string(),
  department: z.string().optional(),
  category: z.string().optional(),
  tags: z.array(z.string()),
  brand: z.string().optional(),
  modifiers: z.array(lineModifierSchema),
  serial: z.string().optional(),
  lot: z.string().optional(),
  note: z.string().optional(),
  /** Restaurant seat, for split checks by seat. */
  seat: z.number().int().min(1).optional(),
  /** Employee who added the line. */
  addedBy: idSchema,
  addedAt: timestampSchema,
  /** Channel partner credited with the line. */
  partnerId: idSchema.optional(),
  /** Present once the line is voided: voided lines stay on the sale and are journaled, never erased. */
  voided: actionRecordSchema.optional(),
  /** Present when the unit price was overridden: the previous price, who, why, who approved. */
  override: actionRecordSchema.extend({ previousPrice: moneyValueSchema }).optional(),
  /** The original sale line this line returns (returns, exchanges, clawbacks). */
  returnOf: z.object({ saleId: idSchema, lineId: idSchema }).optional(),
  /** Frozen pricing: the pipeline uses these figures instead of pricing the line. */
  locked: lockedPricingSchema.optional(),
});

/**
 * One line of a sale.
 *
 * @public
 */
export type SaleLine = z.output<typeof saleLineSchema>;

/**
 * The JSON form of a {@link SaleLine}.
 *
 * @public
 */
export type SaleLineJson = z.input<typeof saleLineSchema>;
