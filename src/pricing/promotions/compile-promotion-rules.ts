import { parseMoney } from "../../core/money/create-money";
import { convertRuleField, parseRule } from "../rules/parse-rule";
import { percentToMillionths } from "../rules/rule-primitives";
import type { Promotion } from "./promotion";
import type { PromotionReward } from "./promotion-reward";
import { type PromotionRules, promotionRulesSchema, type StackingPolicy } from "./promotion-rules";

/**
 * A reward with every amount in minor units and every percentage in millionths.
 *
 * @internal
 */
export type CompiledReward = PromotionReward & {
  readonly amountMinor: bigint;
  readonly priceMinor: bigint;
  readonly fractionMillionths: bigint;
};

/**
 * A promotion ready for the hot path: amounts in minor units, its place in priority order.
 *
 * @internal
 */
export interface CompiledPromotion {
  readonly source: Promotion;
  readonly id: string;
  readonly name: string;
  readonly priority: number;
  readonly rank: number;
  readonly reward: CompiledReward;
  readonly minSubtotalMinor: bigint | undefined;
  readonly budgetMinor: bigint | undefined;
  readonly couponCode: string | undefined;
}

/**
 * Promotion rules validated once and compiled for evaluation.
 *
 * @public
 */
export interface CompiledPromotionRules {
  readonly currency: string;
  readonly policy: StackingPolicy;
  /** In evaluation order: priority descending, then id ascending. */
  readonly promotions: readonly CompiledPromotion[];
}

function compileReward(reward: PromotionReward, currency: string, path: (string | number)[]): CompiledReward {
  const money = (field: "amount" | "price", text: string | undefined): bigint =>
    text === undefined ? 0n : convertRuleField([...path, field], () => parseMoney(text, currency).minor);
  const percentText = "percent" in reward ? reward.percent : undefined;
  return {
    ...reward,
    amountMinor: money("amount", "amount" in reward ? reward.amount : undefined),
    priceMinor: money("price", "price" in reward ? reward.price : undefined),
    fractionMillionths: percentText === undefined ? 0n : percentToMillionths(percentText),
  };
}

/** Priority descending, then id ascending: the one order every phase uses. */
export function comparePromotionOrder(a: Promotion, b: Promotion): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Validates promotion rules (the safe shell) and compiles them for evaluation.
 *
 * @param input - rule data (JSON)
 * @returns the compiled rules
 * @throws TillError INVALID_RULE with the field path: unknown reward type, percentage above 100, negative
 *   amount, amount finer than the currency, a group naming no promotions, a time window ending before it
 *   starts, duplicate ids
 * @example
 * ```ts
 * compilePromotionRules({ currency: "EUR", promotions: [{ id: "p1", name: "10% off",
 *   reward: { type: "percent_off_items", percent: "10" } }] });
 * ```
 * @public
 */
export function compilePromotionRules(input: unknown): CompiledPromotionRules {
  const rules: PromotionRules = parseRule(promotionRulesSchema, input);
  const indexed = rules.promotions.map((promotion, index) => ({ promotion, index }));
  indexed.sort((a, b) => comparePromotionOrder(a.promotion, b.promotion));
  const promotions = indexed.map(({ promotion, index }, rank): CompiledPromotion => {
    const path = ["promotions", index];
    const minSubtotal = promotion.conditions.minSubtotal;
    const budget = promotion.limits?.budget;
    return {
      source: promotion,
      id: promotion.id,
      name: promotion.name,
      priority: promotion.priority,
      rank,
      reward: compileReward(promotion.reward, rules.currency, [...path, "reward"]),
      minSubtotalMinor:
        minSubtotal === undefined
          ? undefined
          : convertRuleField(
              [...path, "conditions", "minSubtotal"],
              () => parseMoney(minSubtotal, rules.currency).minor,
            ),
      budgetMinor:
        budget === undefined
          ? undefined
          : convertRuleField([...path, "limits", "budget"], () => parseMoney(budget, rules.currency).minor),
      couponCode: promotion.conditions.couponCode?.toLowerCase(),
    };
  });
  return { currency: rules.currency, policy: rules.policy, promotions };
}
