import { z } from "zod";
import { catalogSnapshotSchema } from "../catalog/catalog-snapshot";
import { currencyCodeSchema } from "../currency/currency";
import { parseWith } from "../errors/from-zod";
import { lineDetailsSchema } from "../sale/line-from-catalog";
import { discountScopeSchema, discountValueSchema } from "../sale/manual-discount";
import { saleCustomerSchema } from "../sale/sale-records";
import { idSchema, moneyValueSchema, timestampSchema } from "../sale/value-schemas";
import { basketSale } from "./basket-sale";
import { type JsonOf, toJsonValue } from "./json-of";
import { priceSale } from "./price-sale";
import type { PricedSale } from "./priced-sale";
import { pricingPoliciesSchema } from "./pricing-context";
import type { PricingStage } from "./pricing-stage";

/**
 * zod schema for {@link priceBasket}: a basket as JSON, with everything pricing needs.
 *
 * @public
 */
export const priceBasketInputSchema = /* @__PURE__ */ z.object({
  currency: currencyCodeSchema,
  catalog: catalogSnapshotSchema,
  lines: z.array(
    lineDetailsSchema.extend({
      sku: idSchema,
      lineId: idSchema.optional(),
      /** A price override for this line. */
      unitPrice: moneyValueSchema.optional(),
    }),
  ),
  customer: saleCustomerSchema.optional(),
  couponCodes: z.array(z.string().min(1)).default([]),
  manualDiscounts: z
    .array(
      z.object({
        discountId: idSchema.optional(),
        scope: discountScopeSchema,
        value: discountValueSchema,
        reason: z.string().min(1),
      }),
    )
    .default([]),
  /** Rule data for the stages, see `PricingRules`. */
  rules: z.record(z.string(), z.unknown()).default({}),
  /** The clock value: the moment the basket is priced at. */
  date: timestampSchema,
  policies: pricingPoliciesSchema.default({ roundingMode: "half-up", refs: [] }),
});

/**
 * Input of {@link priceBasket} (JSON form).
 *
 * @public
 */
export type PriceBasketInput = z.input<typeof priceBasketInputSchema>;

/**
 * Prices a basket with no till: JSON in, JSON out. Validates the input, builds the sale from the catalog
 * snapshot, runs the stages and returns the PricedSale as plain JSON.
 *
 * @param input - catalog snapshot, lines, customer, coupons, manual discounts, rules, date, policies
 * @param stages - the pipeline (the package's `priceBasket` passes the default stages)
 * @returns the PricedSale in JSON form
 * @throws TillError INVALID_INPUT (with the field path), UNKNOWN_SKU, INVALID_QUANTITY, QUANTITY_PRECISION,
 *   INVALID_DISCOUNT, CURRENCY_MISMATCH, or a stage's code
 * @example
 * ```ts
 * priceBasket({ currency: "EUR", date: "2026-11-23T12:00:00Z",
 *   catalog: { items: { A: { sku: "A", description: "Apple", unitPrice: { amount: "0.50", currency: "EUR" } } } },
 *   lines: [{ sku: "A", quantity: "3" }] }, stages).total; // { amount: "1.50", currency: "EUR" }
 * ```
 * @public
 */
export function priceBasket(input: PriceBasketInput, stages: readonly PricingStage[]): JsonOf<PricedSale> {
  const valid = parseWith(priceBasketInputSchema, input);
  const sale = basketSale(valid);
  const context = {
    sale,
    catalog: valid.catalog,
    rules: valid.rules,
    now: valid.date,
    policies: valid.policies,
  };
  return toJsonValue(priceSale(sale, context, stages));
}
