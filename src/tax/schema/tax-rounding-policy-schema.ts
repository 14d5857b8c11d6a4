import { z } from "zod";
import { decimalStringSchema } from "../../core/numbers/decimal-input";

const named = {
  id: z.string().min(1),
  version: z.number().int().positive(),
  mode: z.enum(["half-up", "half-even"]),
  /** Step of every tax amount in major units ("0.01", "0.05", "1"); omitted means the currency's minor unit. */
  increment: decimalStringSchema.optional(),
};

/**
 * zod schema for a named, versioned tax rounding policy, a union on `scope`; each scope carries only its own
 * options.
 *
 * - line: round the line amount ("rounded", default) or keep it exact ("raw"), then round each tax as it is
 *   computed; the rounded value feeds later taxes.
 * - unit: round each unit's tax, then multiply by the quantity.
 * - document: sum the exact amounts per tax, round once, spread the difference over the lines with the
 *   allocation primitive. Line amounts are rounded first (EN 16931) unless `documentLineAmounts` is "raw";
 *   `untaxedFromRoundedGross` takes the untaxed total from the rounded gross when every non-zero tax of the
 *   document is price-included.
 *
 * @public
 */
export const taxRoundingPolicySchema = /* @__PURE__ */ z.discriminatedUnion("scope", [
  z.object({
    ...named,
    scope: z.literal("line"),
    lineAmounts: z.enum(["rounded", "raw"]).default("rounded"),
  }),
  z.object({ ...named, scope: z.literal("unit") }),
  z.object({
    ...named,
    scope: z.literal("document"),
    documentLineAmounts: z.enum(["rounded", "raw"]).default("rounded"),
    untaxedFromRoundedGross: z.boolean().default(false),
  }),
]);

/**
 * A tax rounding policy as given.
 *
 * @public
 */
export type TaxRoundingPolicyInput = z.input<typeof taxRoundingPolicySchema>;

/**
 * A tax rounding policy with defaults filled in.
 *
 * @public
 */
export type TaxRoundingPolicy = z.output<typeof taxRoundingPolicySchema>;
