import fc from "fast-check";
import { currencyExponent } from "../core/currency/get-currency";
import { formatScaled } from "../core/numbers/scaled-decimal";
import type { PromotionInput } from "../pricing/promotions/promotion";
import type { PromotionReward } from "../pricing/promotions/promotion-reward";
import type { PromotionRulesInput } from "../pricing/promotions/promotion-rules";

/**
 * Knobs of {@link promotionRulesArbitrary}.
 *
 * @public
 */
export interface PromotionRulesConstraints {
  /** ISO 4217 code of the rule set and its amounts. Default: "EUR". */
  readonly currency?: string;
  /** Number of promotions, inclusive bounds. Default: { min: 0, max: 5 }. */
  readonly size?: { readonly min: number; readonly max: number };
  /** SKUs the item selectors may name (a catalog's keys). Default: ["SKU-0001", "SKU-0002", "SKU-0003"]. */
  readonly skus?: readonly string[];
}

function rewardArbitrary(currency: string): fc.Arbitrary<PromotionReward> {
  const exponent = currencyExponent(currency);
  const amount = fc.bigInt({ min: 1n, max: 5_000n }).map((minor) => formatScaled(minor, exponent));
  const percent = fc.integer({ min: 1, max: 100 }).map(String);
  return fc.oneof(
    percent.map((value): PromotionReward => ({ type: "percent_off_items", percent: value })),
    amount.map((value): PromotionReward => ({ type: "fixed_off_items", amount: value })),
    percent.map((value): PromotionReward => ({ type: "percent_off_basket", percent: value })),
    amount.map((value): PromotionReward => ({ type: "fixed_off_basket", amount: value })),
    fc.record({ buy: fc.integer({ min: 1, max: 3 }), get: fc.integer({ min: 1, max: 2 }), percent }).map(
      ({ buy, get, percent: value }): PromotionReward => ({
        type: "buy_x_get_y",
        buy,
        get,
        percent: value,
        selection: "cheapest",
      }),
    ),
  );
}

/**
 * Promotion rule sets for the pricing stages (`rules.promotions`): percent and fixed item and basket
 * discounts and buy-X-get-Y, each on a few SKUs or the whole basket, with priorities and stacking modes.
 * Every value passes `promotionRulesSchema`.
 *
 * @param constraints - see {@link PromotionRulesConstraints}
 * @returns an arbitrary of promotion rule sets (JSON form)
 * @example
 * ```ts
 * fc.assert(fc.property(promotionRulesArbitrary(), (rules) => {
 *   promotionRulesSchema.parse(rules);
 * }));
 * ```
 * @public
 */
export function promotionRulesArbitrary(
  constraints: PromotionRulesConstraints = {},
): fc.Arbitrary<PromotionRulesInput> {
  const currency = constraints.currency ?? "EUR";
  const size = constraints.size ?? { min: 0, max: 5 };
  const skus = constraints.skus ?? ["SKU-0001", "SKU-0002", "SKU-0003"];
  const promotion = fc.record({
    reward: rewardArbitrary(currency),
    priority: fc.integer({ min: 0, max: 10 }),
    mode: fc.constantFrom(
      { kind: "stackable" as const },
      { kind: "exclusive" as const },
      { kind: "stop_after" as const },
    ),
    selected: fc.option(fc.subarray([...skus], { minLength: 1 }), { nil: undefined }),
  });
  return fc.array(promotion, { minLength: size.min, maxLength: size.max }).map((drawn) => ({
    currency,
    promotions: drawn.map(
      (draw, index): PromotionInput => ({
        id: `promo-${index + 1}`,
        name: `Promotion ${index + 1}`,
        priority: draw.priority,
        mode: draw.mode,
        conditions: draw.selected === undefined ? {} : { items: { skus: draw.selected } },
        reward: draw.reward,
      }),
    ),
  }));
}
