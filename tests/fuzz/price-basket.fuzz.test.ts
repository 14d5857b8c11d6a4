import fc from "fast-check";
import { describe, it } from "vitest";
import { type PriceBasketInput, type PricingStage, priceBasket } from "../../src/core";
import {
  applyBasketPromotions,
  applyItemPromotions,
  applyManualDiscounts,
  applyPriceLists,
  computeTotals,
  PRICING_RULE_KEYS,
  previewLoyalty,
  redeemPoints,
  resolvePrices,
} from "../../src/pricing";
import { basketArbitrary, promotionRulesArbitrary } from "../../src/testing";
import {
  adversarialValue,
  expectOnlyTillError,
  FUZZ_OPTIONS,
  fuzzInputs,
  mutatedFrom,
  nastyString,
  sampled,
} from "./fuzz-harness";

/** The default pipeline, in DESIGN.md's phase order (tax has no pipeline stage yet). */
const STAGES: readonly PricingStage[] = [
  resolvePrices,
  applyPriceLists,
  applyItemPromotions,
  applyBasketPromotions,
  applyManualDiscounts,
  redeemPoints,
  computeTotals,
  previewLoyalty,
];

const price = (input: unknown) => priceBasket(input as PriceBasketInput, STAGES);

/** A few fixed small baskets (seeded), so the rules run spends its time on the rules, not on baskets. */
const SMALL_BASKETS = sampled(
  basketArbitrary({ size: { min: 1, max: 3 }, catalog: { size: { min: 1, max: 3 } } }),
  20,
);

const ruleKey = fc.constantFrom(...Object.values(PRICING_RULE_KEYS));

/** Cheap wrong values for the many nested fields of a promotion (fc.anything there costs more than pricing). */
const wrongValue = fc.oneof(
  nastyString,
  fc.integer(),
  fc.bigInt(),
  fc.constantFrom(null, true, [], {}),
  fc.array(fc.string(), { maxLength: 2 }),
);

const promotionLike = fc.record({
  id: fc.constantFrom("P1", "__proto__", "constructor"),
  name: fc.string(),
  reward: fc.oneof(
    fc.record({
      type: fc.constantFrom("percent", "amount", "fixed-price", "free-units"),
      percent: fc.string(),
      amount: wrongValue,
    }),
    wrongValue,
  ),
  conditions: wrongValue,
  selector: wrongValue,
});

describe("priceBasket fuzz", () => {
  it("should throw only TillError and leave its input untouched on adversarial baskets", () => {
    fc.assert(
      fc.property(fuzzInputs(sampled(basketArbitrary({ size: { min: 0, max: 4 } }))), (input) => {
        expectOnlyTillError(price, input);
      }),
      FUZZ_OPTIONS,
    );
  });

  it("should throw only TillError on adversarial pricing rules", () => {
    const rules = fc.oneof(
      fc.record({ promotions: mutatedFrom(sampled(promotionRulesArbitrary({ size: { min: 1, max: 4 } }))) }),
      fc.tuple(ruleKey, adversarialValue).map(([key, value]) => ({ [key]: value })),
      fc.dictionary(
        ruleKey,
        mutatedFrom(fc.record({ promotions: fc.array(promotionLike, { maxLength: 3 }) })),
      ),
      fc.record({ promotions: fc.record({ promotions: fc.array(promotionLike, { maxLength: 3 }) }) }),
    );
    fc.assert(
      fc.property(SMALL_BASKETS, rules, (basket, drawn) => {
        expectOnlyTillError(price, { ...basket, rules: drawn });
      }),
      FUZZ_OPTIONS,
    );
  });
});
