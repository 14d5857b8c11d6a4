import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { exemptionRuleSchema } from "../schema/exemption-rule-schema";
import { effectiveRangeSchema } from "../schema/tax-decimal-schema";
import { taxDefinitionSchema } from "../schema/tax-definition-schema";
import type { TaxRoundingPolicyInput } from "../schema/tax-rounding-policy-schema";
import type { TaxRulesInput } from "../schema/tax-rules-schema";

/**
 * zod schema for a ready tax configuration: the categories, taxes and exemption rules of one place, with the
 * dates it is valid for and the public sources its numbers come from.
 *
 * @public
 */
export const taxConfigurationSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  effective: effectiveRangeSchema,
  currency: currencyCodeSchema,
  sources: z.array(z.string()),
  categories: z.array(z.object({ id: z.string().min(1), name: z.string().optional() })),
  taxes: z.array(taxDefinitionSchema),
  exemptionRules: z.array(exemptionRuleSchema).default([]),
});

/**
 * A ready tax configuration (input form: plain JSON data).
 *
 * @public
 */
export type TaxConfiguration = z.input<typeof taxConfigurationSchema>;

/**
 * Makes a rule set from a ready configuration and a rounding policy.
 *
 * @param configuration - one of the ready configurations, or your own
 * @param rounding - the rounding policy to stamp on results
 * @returns rules for {@link compileTaxRules} or {@link computeTaxes}
 * @example
 * ```ts
 * const rules = compileTaxRules(taxRulesFromConfiguration(CANADA_QUEBEC, { id: "ca", version: 1, scope: "line", mode: "half-up" }));
 * ```
 * @public
 */
export function taxRulesFromConfiguration(
  configuration: TaxConfiguration,
  rounding: TaxRoundingPolicyInput,
): TaxRulesInput {
  return {
    currency: configuration.currency,
    categories: configuration.categories,
    taxes: configuration.taxes,
    exemptionRules: configuration.exemptionRules ?? [],
    rounding,
  };
}
