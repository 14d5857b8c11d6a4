import { z } from "zod";
import type { PricingContext } from "../../core/pipeline/pricing-context";
import { couponSchema } from "../coupons/coupon";
import { type LoyaltyProgram, loyaltyProgramSchema } from "../loyalty/loyalty-program";
import { pointsRedemptionRequestSchema } from "../loyalty/plan-redemption";
import { type CompiledPriceRules, compilePriceRules } from "../prices/compile-price-rules";
import { type CompiledPromotionRules, compilePromotionRules } from "../promotions/compile-promotion-rules";
import { promotionUsageSchema } from "../promotions/promotion-input";
import { parseRule } from "../rules/parse-rule";

/**
 * zod schema for the store facts the pricing stages read from `context.rules.store`: the IANA time zone
 * of recurring windows and the sales channel.
 *
 * @public
 */
export const storeSettingsSchema = /* @__PURE__ */ z.object({
  timeZone: z.string().min(1).default("UTC"),
  channel: z.string().min(1).optional(),
});

/**
 * zod schema for the snapshots the host reads before pricing (pricing does no I/O), under
 * `context.rules.snapshots`: promotion usage and budgets spent, coupon usage, the customer's points
 * account, a points redemption request and whether this is the customer's first purchase.
 *
 * @public
 */
export const pricingSnapshotsSchema = /* @__PURE__ */ z.object({
  promotionUsage: z.record(z.string(), promotionUsageSchema).default({}),
  couponUsage: z
    .record(
      z.string(),
      z.object({
        uses: z.number().int().nonnegative(),
        byCustomer: z.record(z.string(), z.number().int()).default({}),
      }),
    )
    .default({}),
  loyaltyAccount: z.object({ balance: z.number().int(), tier: z.string().optional() }).optional(),
  pointsRedemption: pointsRedemptionRequestSchema.optional(),
  isFirstPurchase: z.boolean().default(false),
});

/**
 * The keys of `context.rules` that `tillkit/pricing` stages read. Each part is validated by its own
 * schema: promotions by {@link promotionRulesSchema}, prices by {@link priceRulesSchema}, coupons by
 * {@link couponSchema}, loyalty by {@link loyaltyProgramSchema}.
 *
 * @public
 */
export const PRICING_RULE_KEYS = {
  promotions: "promotions",
  prices: "prices",
  coupons: "coupons",
  loyalty: "loyalty",
  store: "store",
  snapshots: "snapshots",
} as const;

const promotionCache = /* @__PURE__ */ new WeakMap<object, CompiledPromotionRules>();
const priceCache = /* @__PURE__ */ new WeakMap<object, CompiledPriceRules>();

function cached<T>(cache: WeakMap<object, T>, input: unknown, compile: (input: unknown) => T): T {
  if (typeof input !== "object" || input === null) return compile(input);
  const hit = cache.get(input);
  if (hit !== undefined) return hit;
  const compiled = compile(input);
  cache.set(input, compiled);
  return compiled;
}

/**
 * The rule parts the stages use, validated (and compiled once per rules object).
 *
 * @internal
 */
export function readStageRules(context: Pick<PricingContext, "rules">) {
  const rules = context.rules;
  const promotionsInput = rules[PRICING_RULE_KEYS.promotions];
  const pricesInput = rules[PRICING_RULE_KEYS.prices];
  const loyaltyInput = rules[PRICING_RULE_KEYS.loyalty];
  return {
    promotions:
      promotionsInput === undefined
        ? undefined
        : cached(promotionCache, promotionsInput, compilePromotionRules),
    prices: pricesInput === undefined ? undefined : cached(priceCache, pricesInput, compilePriceRules),
    coupons: parseRule(z.array(couponSchema).default([]), rules[PRICING_RULE_KEYS.coupons], [
      PRICING_RULE_KEYS.coupons,
    ]),
    loyalty:
      loyaltyInput === undefined
        ? undefined
        : (parseRule(loyaltyProgramSchema, loyaltyInput, [PRICING_RULE_KEYS.loyalty]) as LoyaltyProgram),
    store: parseRule(storeSettingsSchema, rules[PRICING_RULE_KEYS.store] ?? {}, [PRICING_RULE_KEYS.store]),
    snapshots: parseRule(pricingSnapshotsSchema, rules[PRICING_RULE_KEYS.snapshots] ?? {}, [
      PRICING_RULE_KEYS.snapshots,
    ]),
  };
}

/**
 * The validated rule parts.
 *
 * @internal
 */
export type StageRules = ReturnType<typeof readStageRules>;
