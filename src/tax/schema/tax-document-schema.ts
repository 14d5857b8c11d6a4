import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { sourcingSchema, taxAddressSchema } from "./jurisdiction-schema";
import { isoDateSchema, taxDecimalSchema } from "./tax-decimal-schema";
import { lineKindSchema } from "./tax-definition-schema";

/**
 * zod schema for a discount already allocated to a line. `amount` reduces the line in its own direction
 * (positive on a sale line, negative on a return line). Store-funded discounts reduce the taxable base;
 * manufacturer-funded coupons do not (the manufacturer reimburses the store, so tax is due on the full
 * price) and are reported beside the totals.
 *
 * @public
 */
export const taxLineDiscountSchema = /* @__PURE__ */ z.object({
  source: z.string().min(1),
  amount: taxDecimalSchema,
  funding: z.enum(["store", "manufacturer"]).default("store"),
});

/**
 * zod schema for one line to tax. `unitPrice` and `quantity` are decimal text; a negative quantity is a
 * return and mirrors the sale exactly.
 *
 * @public
 */
export const taxLineSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  unitPrice: taxDecimalSchema,
  quantity: taxDecimalSchema,
  taxCategory: z.string().min(1),
  kind: lineKindSchema.default("item"),
  currency: currencyCodeSchema.optional(),
  discounts: z.array(taxLineDiscountSchema).default([]),
  shipTo: taxAddressSchema.optional(),
  sourcing: sourcingSchema.optional(),
});

/**
 * zod schema for the jurisdiction context: the store's address, the default ship-to, and the sourcing
 * rule (lines may override both). Without a context every tax is taken to be in reach.
 *
 * @public
 */
export const taxContextSchema = /* @__PURE__ */ z.object({
  store: taxAddressSchema.optional(),
  shipTo: taxAddressSchema.optional(),
  sourcing: sourcingSchema.default("destination"),
});

/**
 * zod schema for a customer's exemption: from every tax or from the taxes of some categories, always with
 * the certificate reference, which the result carries.
 *
 * @public
 */
export const taxExemptionSchema = /* @__PURE__ */ z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("all"), certificate: z.string().min(1) }),
  z.object({
    scope: z.literal("categories"),
    certificate: z.string().min(1),
    categories: z.array(z.string().min(1)).min(1),
  }),
]);

/**
 * The fields of {@link taxDocumentSchema}, shared with the one-call input schema.
 *
 * @internal
 */
export const taxDocumentShape = {
  currency: currencyCodeSchema,
  date: isoDateSchema,
  context: taxContextSchema.optional(),
  customer: z.object({ id: z.string().optional(), exemption: taxExemptionSchema.optional() }).optional(),
  lines: z.array(taxLineSchema),
};

/**
 * zod schema for a document to tax (JSON form).
 *
 * @public
 */
export const taxDocumentSchema = /* @__PURE__ */ z.object(taxDocumentShape);

/**
 * A document to tax as given.
 *
 * @public
 */
export type TaxDocumentInput = z.input<typeof taxDocumentSchema>;

/**
 * A document to tax after validation (amounts still text).
 *
 * @public
 */
export type TaxDocumentParsed = z.output<typeof taxDocumentSchema>;

/**
 * A customer exemption.
 *
 * @public
 */
export type TaxExemption = z.output<typeof taxExemptionSchema>;

/**
 * A jurisdiction context.
 *
 * @public
 */
export type TaxContext = z.output<typeof taxContextSchema>;
