import type { PricingStage } from "../../core/pipeline/pricing-stage";
import { promotionPhase } from "./apply-item-promotions";

/**
 * The basket-promotion stage: percent or fixed off the basket, thresholds read on the subtotal after the
 * item promotions, each amount computed once and allocated by largest remainder over the eligible lines'
 * current nets. Lines with an overridden price count toward thresholds but receive no share. Pure.
 *
 * @throws TillError INVALID_RULE for malformed rules
 * @public
 */
export const applyBasketPromotions: PricingStage = {
  name: "applyBasketPromotions",
  run: (priced, context) => promotionPhase(priced, context, "basket"),
};
