import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { ruleAmountSchema, rulePercentSchema } from "../rules/rule-primitives";

/**
 * zod schema for manual-discount rules: per role the largest percent and amount an operator may give
 * alone, optionally a higher ceiling reachable with a manager's approval, and the reason codes operators
 * pick from.
 *
 * @public
 */
export const manualDiscountRulesSchema = /* @__PURE__ */ z
  .strictObject({
    currency: currencyCodeSchema,
    roles: z
      .array(
        z.strictObject({
          role: z.string().min(1),
          maxPercent: rulePercentSchema,
          maxAmount: ruleAmountSchema,
          /** With approval the operator may go up to these (default: no ceiling but 100%). */
          approvedMaxPercent: rulePercentSchema.optional(),
          approvedMaxAmount: ruleAmountSchema.optional(),
        }),
      )
      .min(1),
    reasonCodes: z
      .array(
        z.strictObject({
          code: z.string().min(1),
          label: z.string().min(1),
          requiresApproval: z.boolean().default(false),
        }),
      )
      .min(1),
  })
  .superRefine((rules, context) => {
    const seen = new Set<string>();
    rules.roles.forEach((role, index) => {
      if (seen.has(role.role))
        context.addIssue({
          code: "custom",
          message: `Duplicate role ${role.role}`,
          path: ["roles", index, "role"],
        });
      seen.add(role.role);
    });
  });

/**
 * Manual-discount rules (input form).
 *
 * @public
 */
export type ManualDiscountRulesInput = z.input<typeof manualDiscountRulesSchema>;

/**
 * Manual-discount rules.
 *
 * @public
 */
export type ManualDiscountRules = z.output<typeof manualDiscountRulesSchema>;
