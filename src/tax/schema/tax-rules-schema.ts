import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { exemptionRuleSchema } from "./exemption-rule-schema";
import { taxDefinitionSchema } from "./tax-definition-schema";
import { taxRoundingPolicySchema } from "./tax-rounding-policy-schema";

/**
 * The fields of {@link taxRulesSchema}, shared with the one-call input schema.
 *
 * @internal
 */
export const taxRulesShape = {
  currency: currencyCodeSchema,
  /** Every product tax category lines and rules may name. */
  categories: z.array(z.object({ id: z.string().min(1), name: z.string().optional() })),
  taxes: z.array(taxDefinitionSchema),
  exemptionRules: z.array(exemptionRuleSchema).default([]),
  rounding: taxRoundingPolicySchema,
};

/**
 * zod schema for a tax rule set: the categories, the tax definitions, the exemption rules and the rounding
 * policy of one currency. Validated once by {@link compileTaxRules}; a pipeline stage keeps the result.
 *
 * @public
 */
export const taxRulesSchema = /* @__PURE__ */ z.object(taxRulesShape);

/**
 * A tax rule set as given.
 *
 * @public
 */
export type TaxRulesInput = z.input<typeof taxRulesSchema>;

/**
 * A tax rule set after validation.
 *
 * @public
 */
export type TaxRulesParsed = z.output<typeof taxRulesSchema>;
