import { z } from "zod";
import { itemSelectorSchema } from "../rules/item-selector";
import { ruleAmountSchema, ruleIdSchema } from "../rules/rule-primitives";
import { scheduleSchema } from "../rules/schedule";
import { promotionRewardSchema } from "./promotion-reward";

/**
 * zod schema for the conditions of a promotion. All given conditions must hold.
 *
 * @public
 */
export const promotionConditionsSchema = /* @__PURE__ */ z.strictObject({
  /** The items that qualify and are rewarded (default: every item). */
  items: itemSelectorSchema.optional(),
  /** Minimum count of qualifying whole units. */
  minQuantity: z.number().int().positive().optional(),
  /** Minimum sale subtotal, evaluated on the nets after the discounts already applied. */
  minSubtotal: ruleAmountSchema.optional(),
  customerGroups: z.array(z.string().min(1)).min(1).optional(),
  loyaltyTiers: z.array(z.string().min(1)).min(1).optional(),
  /** A coupon code the sale must carry (matched trimmed and case-insensitively). */
  couponCode: z.string().trim().min(1).optional(),
  schedule: scheduleSchema.optional(),
  stores: z.array(z.string().min(1)).min(1).optional(),
  channels: z.array(z.string().min(1)).min(1).optional(),
  firstPurchaseOnly: z.boolean().optional(),
});

/**
 * zod schema for a promotion's stacking mode.
 *
 * @public
 */
export const stackingModeSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("stackable") }),
  z.strictObject({ kind: z.literal("exclusive") }),
  z.strictObject({ kind: z.literal("stop_after") }),
  z.strictObject({ kind: z.literal("best_in_group"), group: ruleIdSchema }),
]);

/**
 * zod schema for usage limits and a campaign budget.
 *
 * @public
 */
export const promotionLimitsSchema = /* @__PURE__ */ z.strictObject({
  maxUses: z.number().int().positive().optional(),
  maxUsesPerCustomer: z.number().int().positive().optional(),
  /** The most this campaign may give away in total; a sale that would exceed it drops the promotion. */
  budget: ruleAmountSchema.optional(),
});

/**
 * zod schema for one promotion: data a back office authors and ships to tills.
 *
 * @public
 */
export const promotionSchema = /* @__PURE__ */ z.strictObject({
  id: ruleIdSchema,
  name: z.string().min(1),
  /** Higher first; ties by id. */
  priority: z.number().int().default(0),
  mode: stackingModeSchema.default({ kind: "stackable" }),
  conditions: promotionConditionsSchema.default({}),
  reward: promotionRewardSchema,
  limits: promotionLimitsSchema.optional(),
});

/**
 * One promotion (input form: defaults may be omitted).
 *
 * @public
 */
export type PromotionInput = z.input<typeof promotionSchema>;

/**
 * One validated promotion.
 *
 * @public
 */
export type Promotion = z.output<typeof promotionSchema>;
