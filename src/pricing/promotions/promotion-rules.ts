import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { ruleIdSchema } from "../rules/rule-primitives";
import { promotionSchema } from "./promotion";

/**
 * zod schema for the global stacking policy. `exclusivity`: "best_for_customer" (default) compares each
 * exclusive promotion alone with the stack of the others and keeps the better; "exclusive_overrides" lets
 * the highest-priority applicable exclusive promotion win outright. `compounding`: "compound" (default)
 * computes each percentage on the net after earlier promotions; "on_original" computes it on the net
 * before any promotion (still capped by the current net).
 *
 * @public
 */
export const stackingPolicySchema = /* @__PURE__ */ z.strictObject({
  exclusivity: z.enum(["best_for_customer", "exclusive_overrides"]).default("best_for_customer"),
  compounding: z.enum(["compound", "on_original"]).default("compound"),
});

/**
 * The stacking policy.
 *
 * @public
 */
export type StackingPolicy = z.output<typeof stackingPolicySchema>;

/**
 * zod schema for a best-in-group group: a named set of promotions of which only the best applies.
 *
 * @public
 */
export const promotionGroupSchema = /* @__PURE__ */ z.strictObject({
  id: ruleIdSchema,
  name: z.string().min(1).optional(),
  promotionIds: z.array(ruleIdSchema).min(1, { message: "A group must name at least one promotion" }),
});

/**
 * zod schema for a complete promotion rule set: currency, promotions, groups and the stacking policy.
 * Cross-references are checked: ids are unique, every best_in_group names a defined group, and every
 * group names only defined promotions.
 *
 * @public
 */
export const promotionRulesSchema = /* @__PURE__ */ z
  .strictObject({
    currency: currencyCodeSchema,
    promotions: z.array(promotionSchema),
    groups: z.array(promotionGroupSchema).default([]),
    policy: stackingPolicySchema.default({ exclusivity: "best_for_customer", compounding: "compound" }),
  })
  .superRefine((rules, context) => {
    const ids = new Set<string>();
    rules.promotions.forEach((promotion, index) => {
      if (ids.has(promotion.id))
        context.addIssue({
          code: "custom",
          message: `Duplicate promotion id ${promotion.id}`,
          path: ["promotions", index, "id"],
        });
      ids.add(promotion.id);
    });
    const groups = new Set(rules.groups.map((group) => group.id));
    rules.promotions.forEach((promotion, index) => {
      if (promotion.mode.kind === "best_in_group" && !groups.has(promotion.mode.group))
        context.addIssue({
          code: "custom",
          message: `Unknown group ${promotion.mode.group}`,
          path: ["promotions", index, "mode", "group"],
        });
    });
    rules.groups.forEach((group, groupIndex) => {
      group.promotionIds.forEach((id, index) => {
        if (!ids.has(id))
          context.addIssue({
            code: "custom",
            message: `Group names unknown promotion ${id}`,
            path: ["groups", groupIndex, "promotionIds", index],
          });
      });
    });
  });

/**
 * A promotion rule set (input form).
 *
 * @public
 */
export type PromotionRulesInput = z.input<typeof promotionRulesSchema>;

/**
 * A validated promotion rule set.
 *
 * @public
 */
export type PromotionRules = z.output<typeof promotionRulesSchema>;
