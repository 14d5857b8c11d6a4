import fc from "fast-check";
import type { PriceBasketInput } from "../core/pipeline/price-basket";
import { type CatalogConstraints, catalogArbitrary } from "./catalog-arbitrary";
import { customerArbitrary } from "./customer-arbitrary";

/**
 * Knobs of {@link basketArbitrary}.
 *
 * @public
 */
export interface BasketConstraints {
  /** ISO 4217 code. Default: "EUR". */
  readonly currency?: string;
  /** Number of basket lines, inclusive bounds. Default: { min: 0, max: 10 }. */
  readonly size?: { readonly min: number; readonly max: number };
  /** Catalog knobs (the currency above wins). Default: {}. */
  readonly catalog?: CatalogConstraints;
}

const entryDraw = fc.record({
  pick: fc.nat(),
  count: fc.integer({ min: 1, max: 12 }),
  grams: fc.integer({ min: 1, max: 9_999 }),
  discountPercent: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
});

/**
 * JSON baskets for `priceBasket`: a generated catalog, lines that name its SKUs (pieces or a scale weight),
 * maybe a customer and maybe a basket percent discount. Every value passes `priceBasketInputSchema` and
 * prices without error.
 *
 * @param constraints - see {@link BasketConstraints}
 * @returns an arbitrary of `PriceBasketInput`
 * @example
 * ```ts
 * fc.assert(fc.property(basketArbitrary(), (basket) => {
 *   priceBasket(basket, [resolvePrices, computeTotals]);
 * }));
 * ```
 * @public
 */
export function basketArbitrary(constraints: BasketConstraints = {}): fc.Arbitrary<PriceBasketInput> {
  const currency = constraints.currency ?? "EUR";
  const size = constraints.size ?? { min: 0, max: 10 };
  return fc
    .record({
      catalog: catalogArbitrary({ ...constraints.catalog, currency }),
      entries: fc.array(entryDraw, { minLength: size.min, maxLength: size.max }),
      customer: fc.option(customerArbitrary(), { nil: undefined }),
      basketPercent: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
    })
    .map(({ catalog, entries, customer, basketPercent }) => {
      const skus = Object.keys(catalog.items);
      const lines = entries.map((entry) => {
        const sku = skus[entry.pick % skus.length] ?? "";
        const isWeighed = catalog.items[sku]?.unit === "kg";
        const grams = String(entry.grams).padStart(4, "0");
        return isWeighed
          ? { sku, scaleWeight: `${grams.slice(0, -3)}.${grams.slice(-3)}` }
          : { sku, quantity: String(entry.count) };
      });
      const discount = {
        scope: { kind: "basket" as const },
        value: { kind: "percent" as const, percent: String(basketPercent) },
        reason: "generated",
      };
      return {
        currency,
        catalog,
        lines,
        ...(customer === undefined ? {} : { customer }),
        ...(basketPercent === undefined ? {} : { manualDiscounts: [discount] }),
        date: "2026-01-15T10:00:00Z",
      };
    });
}
