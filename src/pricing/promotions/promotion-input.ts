import { z } from "zod";
import { Money } from "../../core/money/money";
import { Quantity } from "../../core/quantity/quantity";

const moneySchema = /* @__PURE__ */ z.custom<Money>((value) => value instanceof Money, {
  message: "Expected Money",
});
const quantitySchema = /* @__PURE__ */ z.custom<Quantity>((value) => value instanceof Quantity, {
  message: "Expected a Quantity",
});

/**
 * zod schema for one line as the promotion engine sees it: identity, the facts selectors read, the unit
 * price, the quantity, and the current net (after price resolution and any earlier discounts).
 *
 * @public
 */
export const promotionLineSchema = /* @__PURE__ */ z.object({
  lineId: z.string().min(1),
  sku: z.string().min(1),
  category: z.string().optional(),
  tags: z.array(z.string()).default([]),
  brand: z.string().optional(),
  unitPrice: moneySchema,
  quantity: quantitySchema,
  net: moneySchema,
  /** An operator-overridden price: the line skips item promotions but counts toward basket thresholds. */
  isPriceOverridden: z.boolean().default(false),
});

/**
 * One line for the promotion engine (input form).
 *
 * @public
 */
export type PromotionLineInput = z.input<typeof promotionLineSchema>;

/**
 * One line for the promotion engine.
 *
 * @public
 */
export type PromotionLine = z.output<typeof promotionLineSchema>;

/**
 * zod schema for past use of a promotion, read from the host before pricing (pricing itself does no I/O).
 *
 * @public
 */
export const promotionUsageSchema = /* @__PURE__ */ z.object({
  uses: z.number().int().nonnegative().default(0),
  customerUses: z.number().int().nonnegative().default(0),
  /** Amount already given away by the campaign, in minor units. */
  spentMinor: z.bigint().nonnegative().default(0n),
});

/**
 * zod schema for the facts about the sale that promotion conditions read.
 *
 * @public
 */
export const promotionContextSchema = /* @__PURE__ */ z.object({
  /** The pricing instant, milliseconds since the epoch (from the clock port). */
  atMs: z.number().int(),
  timeZone: z.string().min(1).default("UTC"),
  storeId: z.string().optional(),
  channel: z.string().optional(),
  customer: z
    .object({
      id: z.string().min(1),
      groups: z.array(z.string()).default([]),
      tier: z.string().optional(),
      isFirstPurchase: z.boolean().default(false),
    })
    .optional(),
  couponCodes: z.array(z.string()).default([]),
  usage: z.record(z.string(), promotionUsageSchema).default({}),
  /** Rounding mode for percentages (default half-up, per DESIGN.md). */
  roundingMode: z
    .enum(["half-up", "half-down", "half-even", "up", "down", "ceiling", "floor"])
    .default("half-up"),
});

/**
 * Promotion context (input form).
 *
 * @public
 */
export type PromotionContextInput = z.input<typeof promotionContextSchema>;

/**
 * Promotion context.
 *
 * @public
 */
export type PromotionContext = z.output<typeof promotionContextSchema>;
