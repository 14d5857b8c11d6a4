import { z } from "zod";
import { rememberValue, type SnapshotEntry, unchangedValue } from "../../core/pipeline/input-snapshot";
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

const couponsSchema = /* @__PURE__ */ z.array(couponSchema).default([]);

type Coupons = z.output<typeof couponsSchema>;
type StoreSettings = z.output<typeof storeSettingsSchema>;
type PricingSnapshots = z.output<typeof pricingSnapshotsSchema>;

/** Each rule part as validated, with a snapshot of the data its object held then. */
const promotionCache = /* @__PURE__ */ new WeakMap<object, SnapshotEntry<CompiledPromotionRules>>();
const priceCache = /* @__PURE__ */ new WeakMap<object, SnapshotEntry<CompiledPriceRules>>();
const couponCache = /* @__PURE__ */ new WeakMap<object, SnapshotEntry<Coupons>>();
const loyaltyCache = /* @__PURE__ */ new WeakMap<object, SnapshotEntry<LoyaltyProgram>>();
const storeCache = /* @__PURE__ */ new WeakMap<object, SnapshotEntry<StoreSettings>>();
const snapshotCache = /* @__PURE__ */ new WeakMap<object, SnapshotEntry<PricingSnapshots>>();

/**
 * Stands for an absent rule part in the caches: each stage of a call reads the rules again (a 100-line
 * basket read them four times), and an absent part always validates to the same defaults.
 */
const ABSENT: object = /* @__PURE__ */ Object.freeze({});

/**
 * Validates (compiles) a rule part once per object and reuses the result while the object still holds
 * the same data: a host that updates a part in place (usage counters in `snapshots`) gets it validated
 * again, since the object is compared with a snapshot of what it held when it was validated.
 */
function cached<T>(
  cache: WeakMap<object, SnapshotEntry<T>>,
  input: unknown,
  compile: (input: unknown) => T,
): T {
  const key = input === undefined ? ABSENT : input;
  if (typeof key !== "object" || key === null) return compile(input);
  const hit = unchangedValue(cache, key, input);
  if (hit !== undefined) return hit;
  const value = compile(input);
  rememberValue(cache, key, input, value);
  return value;
}

/**
 * The rule parts the stages use, validated (and compiled) once per rule-part object and data. The results
 * are shared between calls and never mutated.
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
    coupons: cached(couponCache, rules[PRICING_RULE_KEYS.coupons], (input) =>
      parseRule(couponsSchema, input, [PRICING_RULE_KEYS.coupons]),
    ),
    loyalty:
      loyaltyInput === undefined
        ? undefined
        : cached(
            loyaltyCache,
            loyaltyInput,
            (input) => parseRule(loyaltyProgramSchema, input, [PRICING_RULE_KEYS.loyalty]) as LoyaltyProgram,
          ),
    store: cached(storeCache, rules[PRICING_RULE_KEYS.store], (input) =>
      parseRule(storeSettingsSchema, input ?? {}, [PRICING_RULE_KEYS.store]),
    ),
    snapshots: cached(snapshotCache, rules[PRICING_RULE_KEYS.snapshots], (input) =>
      parseRule(pricingSnapshotsSchema, input ?? {}, [PRICING_RULE_KEYS.snapshots]),
    ),
  };
}

/**
 * The validated rule parts.
 *
 * @internal
 */
export type StageRules = ReturnType<typeof readStageRules>;
