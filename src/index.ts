import type { JsonOf } from "./core/pipeline/json-of";
import { type PriceBasketInput, priceBasket as priceCoreBasket } from "./core/pipeline/price-basket";
import type { PricedSale } from "./core/pipeline/priced-sale";
import type { PricingStage } from "./core/pipeline/pricing-stage";
import { createTill as createCoreTill, type Till } from "./core/till/create-till";
import type { TillConfig } from "./core/till/till-config";
import {
  applyBasketPromotions,
  applyItemPromotions,
  applyManualDiscounts,
  computeTotals,
  makeLoyaltyAccrual,
  redeemPoints,
  resolvePrices,
} from "./pricing";
import { computeTax } from "./tax";

export * from "./core";
export * from "./core/commit";

/**
 * The default pricing pipeline, in DESIGN.md's phase order: resolvePrices, applyItemPromotions,
 * applyBasketPromotions, applyManualDiscounts, redeemPoints, computeTax, computeTotals. Each stage reads
 * its own rules from `rules` (`promotions`, `loyalty`, `snapshots`, `tax`, ...) and leaves the sale alone
 * when they are absent, so a till with no rules prices end to end. Replace or add stages with
 * `insertStage`.
 *
 * @public
 */
export const defaultStages: readonly PricingStage[] = [
  resolvePrices,
  applyItemPromotions,
  applyBasketPromotions,
  applyManualDiscounts,
  redeemPoints,
  computeTax,
  computeTotals,
];

/**
 * Configuration of the package's till: the core till's, with `stages` optional (default
 * {@link defaultStages}).
 *
 * @public
 */
export type DefaultTillConfig = Omit<TillConfig, "stages"> & { readonly stages?: readonly PricingStage[] };

/**
 * Creates a till with the default pricing stages unless `stages` is given, and the loyalty accrual of
 * `rules.loyalty` (points earned and redeemed are booked at completion, reversed and restored on returns)
 * unless `loyalty` is given.
 *
 * @param config - store, register, currency, ports, rules, policies, tender policy
 * @returns the till
 * @throws TillError INVALID_INPUT for a bad configuration (with its path)
 * @public
 */
export function createTill(config: DefaultTillConfig): Till {
  const loyalty = config.loyalty ?? makeLoyaltyAccrual(config.rules ?? {});
  return createCoreTill({
    ...config,
    stages: [...(config.stages ?? defaultStages)],
    ...(loyalty === undefined ? {} : { loyalty }),
  });
}

/**
 * Prices a basket with no till through the default stages: JSON in, JSON out.
 *
 * @param input - see `priceBasketInputSchema`
 * @returns the PricedSale as JSON
 * @throws TillError INVALID_INPUT (with the field path), UNKNOWN_SKU, or a stage's code
 * @public
 */
export function priceBasket(input: PriceBasketInput): JsonOf<PricedSale> {
  return priceCoreBasket(input, defaultStages);
}
