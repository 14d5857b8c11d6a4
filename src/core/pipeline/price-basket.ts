import { z } from "zod";
import { type CatalogSnapshot, catalogSnapshotSchema } from "../catalog/catalog-snapshot";
import { currencyCodeSchema } from "../currency/currency";
import { parseWith } from "../errors/from-zod";
import { lineDetailsSchema } from "../sale/line-from-catalog";
import { discountScopeSchema, discountValueSchema } from "../sale/manual-discount";
import { saleCustomerSchema } from "../sale/sale-records";
import { idSchema, moneyValueSchema, timestampSchema } from "../sale/value-schemas";
import { basketSale } from "./basket-sale";
import { rememberValue, type SnapshotEntry, unchangedValue } from "./input-snapshot";
import type { JsonOf } from "./json-of";
import { priceSale } from "./price-sale";
import type { PricedSale } from "./priced-sale";
import { pricedSaleJson } from "./priced-sale-json";
import { pricingPoliciesSchema } from "./pricing-context";
import type { PricingStage } from "./pricing-stage";
import { areSimpleBasketLines } from "./simple-basket-lines";

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

/** Each catalog object the caller passed, validated, with a snapshot of the data it held then. */
const validCatalogs = /* @__PURE__ */ new WeakMap<object, SnapshotEntry<CatalogSnapshot>>();

/** The basket schema with the catalog taken as it is: used only for a catalog validated before. */
const basketWithValidCatalogSchema = /* @__PURE__ */ priceBasketInputSchema.extend({
  catalog: z.custom<CatalogSnapshot>(() => true),
});

type BasketLines = z.output<typeof priceBasketInputSchema>["lines"];

/** The same, with lines already found valid ({@link areSimpleBasketLines}) also taken as they are. */
const basketWithValidCatalogAndLinesSchema = /* @__PURE__ */ basketWithValidCatalogSchema.extend({
  lines: z.custom<BasketLines>(() => true),
});

function catalogObjectOf(input: unknown): object | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  const catalog: unknown = (input as { catalog?: unknown }).catalog;
  return typeof catalog === "object" && catalog !== null ? catalog : undefined;
}

/**
 * Validates a basket. A till prices many baskets against one catalog snapshot, and validating 100 catalog
 * items took about 15% of a 100-line call, so the validated catalog is kept per catalog object and reused
 * while that object still holds the same data (compared with a snapshot taken at validation, about a
 * tenth of the validation's cost; a catalog changed in place is validated again). The rest of the basket
 * is validated on every call, and any failure goes through the full schema, so errors are exactly its
 * errors.
 */
function parseBasket(input: PriceBasketInput): z.output<typeof priceBasketInputSchema> {
  const catalog = catalogObjectOf(input);
  const known = catalog === undefined ? undefined : unchangedValue(validCatalogs, catalog, catalog);
  if (known !== undefined) {
    const lines: unknown = (input as { lines?: unknown }).lines;
    const isSimple = areSimpleBasketLines(lines);
    const schema = isSimple ? basketWithValidCatalogAndLinesSchema : basketWithValidCatalogSchema;
    const rest = schema.safeParse(input);
    if (rest.success) return { ...rest.data, catalog: known };
  }
  const valid = parseWith(priceBasketInputSchema, input);
  if (catalog !== undefined) rememberValue(validCatalogs, catalog, catalog, valid.catalog);
  return valid;
}

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
  const valid = parseBasket(input);
  const sale = basketSale(valid);
  const context = {
    sale,
    catalog: valid.catalog,
    rules: valid.rules,
    now: valid.date,
    policies: valid.policies,
  };
  return pricedSaleJson(priceSale(sale, context, stages));
}
