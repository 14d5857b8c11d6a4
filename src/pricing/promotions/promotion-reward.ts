import { z } from "zod";
import { itemSelectorSchema } from "../rules/item-selector";
import { ruleAmountSchema, rulePercentSchema } from "../rules/rule-primitives";

const countSchema = /* @__PURE__ */ z.number().int().positive();

/**
 * How an item reward shares units with other item rewards: "exclusive" (default) means a unit taken by
 * this deal serves no other exclusive deal, and the best-deal solver decides which deal gets it; "shared"
 * means the reward compounds on top of whatever the solver chose.
 *
 * @public
 */
export const unitUseSchema = /* @__PURE__ */ z.enum(["exclusive", "shared"]);

/**
 * zod schema for a promotion's reward, a union discriminated on `type`. Item rewards act on the lines the
 * promotion's `items` selector picks; basket rewards are computed once and allocated over those lines.
 *
 * @public
 */
export const promotionRewardSchema = /* @__PURE__ */ z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("percent_off_items"),
    percent: rulePercentSchema,
    unitUse: unitUseSchema.optional(),
  }),
  z.strictObject({ type: z.literal("fixed_off_items"), amount: ruleAmountSchema }),
  z.strictObject({
    type: z.literal("fixed_off_each_unit"),
    amount: ruleAmountSchema,
    unitUse: unitUseSchema.optional(),
  }),
  z.strictObject({ type: z.literal("percent_off_cheapest_unit"), percent: rulePercentSchema }),
  z.strictObject({ type: z.literal("percent_off_basket"), percent: rulePercentSchema }),
  z.strictObject({ type: z.literal("fixed_off_basket"), amount: ruleAmountSchema }),
  z.strictObject({
    type: z.literal("buy_x_get_y"),
    buy: countSchema,
    get: countSchema,
    percent: rulePercentSchema.default("100"),
    maxApplications: countSchema.optional(),
    /** "cheapest": the cheapest eligible units of the whole basket are rewarded (default). */
    selection: z.enum(["cheapest", "grouped-descending"]).default("cheapest"),
  }),
  z.strictObject({
    type: z.literal("mix_and_match"),
    quantity: countSchema,
    price: ruleAmountSchema,
    maxApplications: countSchema.optional(),
  }),
  z.strictObject({
    type: z.literal("bundle_price"),
    components: z.array(itemSelectorSchema).min(2),
    price: ruleAmountSchema,
    maxApplications: countSchema.optional(),
  }),
  z.strictObject({
    type: z.literal("fixed_price_item"),
    price: ruleAmountSchema,
    unitUse: unitUseSchema.optional(),
  }),
  z.strictObject({ type: z.literal("free_item"), sku: z.string().min(1), quantity: countSchema.default(1) }),
]);

/**
 * A promotion's reward.
 *
 * @public
 */
export type PromotionReward = z.output<typeof promotionRewardSchema>;

/**
 * The reward types that act on the whole basket rather than on units.
 *
 * @public
 */
export const BASKET_REWARD_TYPES: readonly PromotionReward["type"][] = [
  "percent_off_basket",
  "fixed_off_basket",
];

/**
 * True for rewards computed once on the basket (phase "basket"); the rest are item rewards.
 *
 * @param reward - a reward
 * @returns whether the reward belongs to the basket phase
 * @public
 */
export function isBasketReward(reward: PromotionReward): boolean {
  return reward.type === "percent_off_basket" || reward.type === "fixed_off_basket";
}
