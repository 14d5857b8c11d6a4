import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { decimalStringSchema } from "../../core/numbers/decimal-input";
import { parseDecimal } from "../../core/numbers/parse-decimal";
import { unitsAtScale } from "../../core/numbers/scaled-decimal";
import { ruleAmountSchema, ruleIdSchema } from "../rules/rule-primitives";
import { scheduleSchema } from "../rules/schedule";

const tierQuantitySchema = /* @__PURE__ */ decimalStringSchema.refine(
  (text) => !text.startsWith("-") && /[1-9]/.test(text),
  {
    message: "A tier starts at a positive quantity",
  },
);

function compareDecimalText(a: string, b: string): number {
  const left = parseDecimal(a);
  const right = parseDecimal(b);
  const scale = Math.max(left.scale, right.scale);
  const difference = unitsAtScale(left, scale) - unitsAtScale(right, scale);
  return difference === 0n ? 0 : difference > 0n ? 1 : -1;
}

/**
 * zod schema for volume pricing. "all-units": the tier the quantity reaches prices every unit (10+ at
 * 0.90 makes 12 units cost 10.80). "graduated": each band is priced at its own tier (the first 9 at 1.00,
 * the rest at 0.90 makes 12 units cost 11.70). Tiers ascend strictly by `minQuantity`; below the first
 * tier the entry's own price applies.
 *
 * @public
 */
export const volumePricingSchema = /* @__PURE__ */ z
  .strictObject({
    mode: z.enum(["all-units", "graduated"]),
    tiers: z.array(z.strictObject({ minQuantity: tierQuantitySchema, price: ruleAmountSchema })).min(1),
  })
  .superRefine((volume, context) => {
    volume.tiers.forEach((tier, index) => {
      const previous = volume.tiers[index - 1];
      if (previous !== undefined && compareDecimalText(tier.minQuantity, previous.minQuantity) <= 0)
        context.addIssue({
          code: "custom",
          message: "Tiers must ascend by minQuantity",
          path: ["tiers", index, "minQuantity"],
        });
    });
  });

/**
 * zod schema for one price-list entry.
 *
 * @public
 */
export const priceListEntrySchema = /* @__PURE__ */ z.strictObject({
  sku: z.string().min(1),
  price: ruleAmountSchema,
  volume: volumePricingSchema.optional(),
});

/**
 * zod schema for a price list: prices by customer group, store and channel, optionally live only at
 * dated or recurring times (a happy-hour list). The highest priority applicable list holding the SKU wins;
 * ties by id.
 *
 * @public
 */
export const priceListSchema = /* @__PURE__ */ z.strictObject({
  id: ruleIdSchema,
  name: z.string().min(1),
  priority: z.number().int().default(0),
  customerGroups: z.array(z.string().min(1)).min(1).optional(),
  stores: z.array(z.string().min(1)).min(1).optional(),
  channels: z.array(z.string().min(1)).min(1).optional(),
  schedule: scheduleSchema.optional(),
  entries: z.array(priceListEntrySchema),
});

/**
 * zod schema for a dated sale price: applies when lower than the price otherwise resolved.
 *
 * @public
 */
export const salePriceSchema = /* @__PURE__ */ z.strictObject({
  id: ruleIdSchema,
  sku: z.string().min(1),
  price: ruleAmountSchema,
  schedule: scheduleSchema,
});

/**
 * zod schema for all price-resolution rules of a store.
 *
 * @public
 */
export const priceRulesSchema = /* @__PURE__ */ z.strictObject({
  currency: currencyCodeSchema,
  priceLists: z.array(priceListSchema).default([]),
  salePrices: z.array(salePriceSchema).default([]),
});

/**
 * Price rules (input form).
 *
 * @public
 */
export type PriceRulesInput = z.input<typeof priceRulesSchema>;

/**
 * Validated price rules.
 *
 * @public
 */
export type PriceRules = z.output<typeof priceRulesSchema>;

/**
 * A price list.
 *
 * @public
 */
export type PriceList = z.output<typeof priceListSchema>;

/**
 * Volume pricing of an entry.
 *
 * @public
 */
export type VolumePricing = z.output<typeof volumePricingSchema>;
