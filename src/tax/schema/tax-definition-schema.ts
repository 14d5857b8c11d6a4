import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { jurisdictionSchema } from "./jurisdiction-schema";
import { effectiveRangeSchema, taxDecimalSchema } from "./tax-decimal-schema";

/**
 * What a line is: goods, shipping, or a fee. Taxes name the kinds they reach, so shipping taxability is data.
 *
 * @public
 */
export const lineKindSchema = /* @__PURE__ */ z.enum(["item", "shipping", "fee"]);

/**
 * A line kind.
 *
 * @public
 */
export type LineKind = z.infer<typeof lineKindSchema>;

/**
 * The base a percent tax is computed on, one explicit mode per tax instead of two interacting flags:
 * "net" is the line net; "net-plus-prior-taxes" adds every tax earlier in sequence on the same line
 * (tax on tax, e.g. Québec's QST before 2013 on price plus GST).
 *
 * @public
 */
export const taxBaseModeSchema = /* @__PURE__ */ z.enum(["net", "net-plus-prior-taxes"]);

/**
 * The base mode of a percent or division tax.
 *
 * @public
 */
export type TaxBaseMode = z.infer<typeof taxBaseModeSchema>;

const common = {
  id: z.string().min(1),
  name: z.string().min(1),
  jurisdiction: jurisdictionSchema,
  /** Taxes apply in ascending sequence; ties go by id. */
  sequence: z.number().int().default(0),
  /** Product tax categories the tax reaches; omitted means every category. */
  categories: z.array(z.string().min(1)).optional(),
  /** Line kinds the tax reaches; omitted means items, shipping and fees. */
  lineKinds: z.array(lineKindSchema).optional(),
  effective: effectiveRangeSchema.optional(),
  /** The only way a negative rate is allowed. */
  withholding: z.boolean().default(false),
};

const percentLike = {
  rate: taxDecimalSchema,
  priceIncluded: z.boolean().default(false),
  base: taxBaseModeSchema.default("net"),
};

/**
 * zod schema for one tax definition, a union on `kind`. Rates are percent text ("9.975" is 9.975%).
 *
 * - percent: rate × base, price-excluded or price-included.
 * - fixed: an amount per unit; its sign follows quantity and price.
 * - division: the rate is of the gross ("included in the gross", Brazil's "por dentro").
 * - group: children applied one by one ("individual") or as one combined rate rounded once with the
 *   children as an informational split ("combined", the US combined-rate style).
 * - document-charge: a fixed amount for the whole document, spread over lines pro rata to net.
 * - percent-of-tax: a percent of another tax's amount on the same line.
 * - cumulative-base: a percent of the net plus the amounts of named earlier taxes.
 *
 * @public
 */
export const taxDefinitionSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.object({ ...common, kind: z.literal("percent"), ...percentLike }),
  z.object({ ...common, kind: z.literal("division"), ...percentLike }),
  z.object({
    ...common,
    kind: z.literal("fixed"),
    amount: taxDecimalSchema,
    currency: currencyCodeSchema,
    priceIncluded: z.boolean().default(false),
  }),
  z.object({
    ...common,
    kind: z.literal("group"),
    children: z.array(z.string().min(1)).min(1),
    mode: z.enum(["individual", "combined"]),
  }),
  z.object({
    ...common,
    kind: z.literal("document-charge"),
    amount: taxDecimalSchema,
    currency: currencyCodeSchema,
  }),
  z.object({ ...common, kind: z.literal("percent-of-tax"), rate: taxDecimalSchema, of: z.string().min(1) }),
  z.object({
    ...common,
    kind: z.literal("cumulative-base"),
    rate: taxDecimalSchema,
    cumulativeOf: z.array(z.string().min(1)).min(1),
  }),
]);

/**
 * A tax definition as given (input form).
 *
 * @public
 */
export type TaxDefinitionInput = z.input<typeof taxDefinitionSchema>;

/**
 * A tax definition after validation, defaults filled in.
 *
 * @public
 */
export type TaxDefinition = z.output<typeof taxDefinitionSchema>;
