import type { PricedSale, RejectedRule } from "../../core/pipeline/priced-sale";
import type { PricingContext } from "../../core/pipeline/pricing-context";
import type { PricingStage } from "../../core/pipeline/pricing-stage";
import { decidePromotions } from "../promotions/evaluate-promotions";
import { isBasketReward } from "../promotions/promotion-reward";
import { applyPromotionOutcome } from "./apply-promotion-outcome";
import { checkSaleCoupons, promotionContextOf, promotionLinesOf } from "./promotion-stage-input";
import { readStageRules } from "./stage-rules";

/**
 * True when every line the promotion engine would read is in the rules' currency (otherwise the engine
 * runs, to fail with CURRENCY_MISMATCH as always).
 */
function isInCurrency(priced: PricedSale, context: PricingContext, currency: string): boolean {
  const saleLineIds = new Set(context.sale.lines.map((line) => line.lineId));
  return priced.lines.every(
    (line) =>
      line.isLocked ||
      line.quantity.millionths <= 0n ||
      !saleLineIds.has(line.lineId) ||
      (line.net.currency === currency && line.unitPrice.currency === currency),
  );
}

/**
 * What the engine's outcome writes when there is no promotion: nothing on the lines, and the rejected
 * coupon codes in the explanation (a 100-line basket otherwise went through the whole engine for nothing).
 */
function withRejectedCoupons(priced: PricedSale, rejected: readonly RejectedRule[]): PricedSale {
  const explanation = priced.explanation;
  return {
    ...priced,
    lines: priced.lines.slice(),
    explanation: {
      applied: [...explanation.applied],
      rejected: [...explanation.rejected, ...rejected],
      nudges: [...explanation.nudges],
    },
  };
}

/**
 * Runs the promotion engine on the sale and writes the item phase: what the best-deal solver chose and
 * the shared item rewards. Coupon codes are checked here (advisory) and rejected codes are explained.
 * Shared by the item and basket stages, which both run the same pure evaluation.
 *
 * @internal
 */
export function promotionPhase(
  priced: PricedSale,
  context: PricingContext,
  phase: "item" | "basket",
): PricedSale {
  const stageRules = readStageRules(context);
  const rules = stageRules.promotions;
  if (rules === undefined) return priced;
  const coupons = checkSaleCoupons(context, stageRules);
  // Only basket rewards take part in the basket phase: with none, evaluating again would add nothing
  // (a currency mismatch still goes through, to fail as before).
  const hasBasketReward = rules.promotions.some((promotion) => isBasketReward(promotion.reward));
  if (phase === "basket" && !hasBasketReward && rules.currency === priced.currency) return priced;
  if (rules.promotions.length === 0 && isInCurrency(priced, context, rules.currency))
    return phase === "item" ? withRejectedCoupons(priced, coupons.rejected) : priced;
  const lines = promotionLinesOf(priced, context, rules);
  const decided = decidePromotions(rules, lines, promotionContextOf(context, stageRules, coupons.valid));
  return applyPromotionOutcome(priced, decided, rules, phase, phase === "item" ? coupons.rejected : []);
}

/**
 * The item-promotion stage: promotions read from `context.rules.promotions` (see
 * {@link promotionRulesSchema}); item deals competing for units are settled by the best-deal solver;
 * lines with an overridden price are skipped. Pure.
 *
 * @throws TillError INVALID_RULE for malformed rules
 * @public
 */
export const applyItemPromotions: PricingStage = {
  name: "applyItemPromotions",
  run: (priced, context) => promotionPhase(priced, context, "item"),
};
