import { addAdjustment } from "../../core/pipeline/priced-line-helpers";
import type { PricedSale, PricingNudge, RejectedRule } from "../../core/pipeline/priced-sale";
import type { CompiledPromotion, CompiledPromotionRules } from "../promotions/compile-promotion-rules";
import type { PromotedLine, PromotionNudge, PromotionOutcome } from "../promotions/promotion-outcome";
import { isBasketReward } from "../promotions/promotion-reward";

/**
 * Text for a structured nudge: "add 1 more for a free one", "spend 4.01 more for 10.00 off".
 *
 * @param nudge - the nudge
 * @returns the message
 * @internal
 */
export function nudgeMessage(nudge: PromotionNudge): string {
  const reward =
    nudge.reward !== undefined
      ? `${nudge.reward.toString()} off`
      : nudge.rewardPercent === "100"
        ? "a free one"
        : nudge.rewardPercent !== undefined
          ? `${nudge.rewardPercent}% off`
          : nudge.name;
  if (nudge.kind === "spend_more") return `spend ${nudge.amount?.toString() ?? ""} more for ${reward}`;
  if (nudge.kind === "add_item") return `add ${nudge.sku ?? ""} for a free one`;
  return `add ${nudge.quantity ?? 1} more for ${reward}`;
}

/** Each compiled rule set's promotions by id: the rules are compiled once and shared between calls. */
const promotionsByRules = /* @__PURE__ */ new WeakMap<
  CompiledPromotionRules,
  ReadonlyMap<string, CompiledPromotion>
>();

function promotionsById(rules: CompiledPromotionRules): ReadonlyMap<string, CompiledPromotion> {
  let byId = promotionsByRules.get(rules);
  if (byId === undefined) {
    byId = new Map(rules.promotions.map((promotion) => [promotion.id, promotion]));
    promotionsByRules.set(rules, byId);
  }
  return byId;
}

/**
 * Writes one phase of a promotion outcome onto the priced sale: ledger entries on lines (kind "coupon"
 * for promotions unlocked by a code, "promotion" otherwise), and the phase's applied promotions,
 * rejections (reason code, facts in the message) and nudges in the explanation.
 *
 * @internal
 */
export function applyPromotionOutcome(
  priced: PricedSale,
  outcome: PromotionOutcome,
  rules: CompiledPromotionRules,
  phase: "item" | "basket",
  extraRejected: readonly RejectedRule[] = [],
): PricedSale {
  const byId = promotionsById(rules);
  const phaseOf = (id: string): "item" | "basket" => {
    const promotion = byId.get(id);
    return promotion !== undefined && isBasketReward(promotion.reward) ? "basket" : "item";
  };
  const kindOf = (id: string) =>
    byId.get(id)?.couponCode === undefined ? ("promotion" as const) : ("coupon" as const);
  const outcomeLines = new Map<string, PromotedLine>();
  for (const line of outcome.lines) outcomeLines.set(line.lineId, line);
  const lines = priced.lines.map((line) => {
    const adjustments = outcomeLines.get(line.lineId)?.adjustments;
    if (adjustments === undefined) return line;
    let current = line;
    for (const entry of adjustments) {
      if (entry.phase !== phase) continue;
      current = addAdjustment(current, {
        source: { kind: kindOf(entry.promotionId), id: entry.promotionId, name: entry.name },
        amount: entry.amount,
      });
    }
    return current;
  });
  const applied = outcome.applied
    .filter((entry) => entry.phase === phase)
    .map((entry) => ({
      ruleId: entry.promotionId,
      kind: kindOf(entry.promotionId),
      name: entry.name,
      amount: entry.amount,
      lineIds: entry.shares.map((share) => share.lineId),
    }));
  const rejected: RejectedRule[] = outcome.rejected
    .filter((entry) => phaseOf(entry.promotionId) === phase)
    .map((entry) => ({
      ruleId: entry.promotionId,
      kind: "promotion",
      reasonCode: entry.reason,
      message: Object.entries(entry.details)
        .map(([key, value]) => `${key}=${value}`)
        .join(", "),
    }));
  const nudges: PricingNudge[] = outcome.nudges
    .filter((nudge) => phaseOf(nudge.promotionId) === phase)
    .map((nudge) => ({
      ruleId: nudge.promotionId,
      message: nudgeMessage(nudge),
      ...(nudge.amount === undefined ? {} : { missing: nudge.amount }),
    }));
  const explanation = priced.explanation;
  return {
    ...priced,
    lines,
    explanation: {
      applied: [...explanation.applied, ...applied],
      rejected: [...explanation.rejected, ...extraRejected, ...rejected],
      nudges: [...explanation.nudges, ...nudges],
    },
  };
}
