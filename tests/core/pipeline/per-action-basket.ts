/**
 * The reference way to build a basket's sale: one reducer call per customer, line, price override,
 * discount and coupon, exactly as a till would. `priceBasket` builds the same sale in one pass; the tests
 * and the pricing bench compare the two.
 */
import { catalogItemOf } from "../../../src/core/catalog/catalog-item-of";
import { parseWith } from "../../../src/core/errors/from-zod";
import { TillError } from "../../../src/core/errors/till-error";
import type { JsonOf } from "../../../src/core/pipeline/json-of";
import { type PriceBasketInput, priceBasketInputSchema } from "../../../src/core/pipeline/price-basket";
import { priceSale } from "../../../src/core/pipeline/price-sale";
import type { PricedSale } from "../../../src/core/pipeline/priced-sale";
import type { PricingStage } from "../../../src/core/pipeline/pricing-stage";
import { reduceSale } from "../../../src/core/sale/apply-sale-action";
import { createSale } from "../../../src/core/sale/create-sale";
import { lineFromCatalogItem } from "../../../src/core/sale/line-from-catalog";
import type { Sale } from "../../../src/core/sale/sale";

type BasketInput = ReturnType<typeof priceBasketInputSchema.parse>;

function withPath<T>(prefix: readonly (string | number)[], build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof TillError)) throw error;
    const inner = error.path[0] === "line" || error.path[0] === "discount" ? error.path.slice(1) : error.path;
    throw new TillError(error.code, {
      message: error.message,
      path: [...prefix, ...inner],
      details: error.details ?? {},
    });
  }
}

function addLines(start: Sale, input: BasketInput): Sale {
  const actor = { by: "basket", at: input.date };
  let sale = start;
  input.lines.forEach((entry, index) => {
    const item = catalogItemOf(input.catalog, entry.sku);
    if (item === undefined)
      throw new TillError("UNKNOWN_SKU", { path: ["lines", index, "sku"], details: { sku: entry.sku } });
    const lineId = entry.lineId ?? `line-${index + 1}`;
    const line = withPath(["lines", index], () => lineFromCatalogItem(item, entry, { ...actor, lineId }));
    sale = withPath(["lines", index], () => reduceSale(sale, { type: "addLine", line, at: input.date }));
    const unitPrice = entry.unitPrice;
    if (unitPrice !== undefined) {
      sale = withPath(["lines", index], () =>
        reduceSale(sale, { type: "overridePrice", lineId, unitPrice, reason: "basket", ...actor }),
      );
    }
  });
  return sale;
}

/**
 * Builds the sale of a basket one reducer call at a time.
 *
 * @param input - the validated basket
 * @returns the sale
 */
export function perActionBasketSale(input: BasketInput): Sale {
  const at = input.date;
  let sale = createSale({
    saleId: "basket",
    storeId: "basket",
    registerId: "basket",
    cashierId: "basket",
    currency: input.currency,
    at,
  });
  if (input.customer !== undefined)
    sale = reduceSale(sale, { type: "attachCustomer", customer: input.customer, at });
  sale = addLines(sale, input);
  input.manualDiscounts.forEach((discount, index) => {
    const manual = {
      ...discount,
      discountId: discount.discountId ?? `discount-${index + 1}`,
      addedBy: "basket",
      at,
    };
    sale = withPath(["manualDiscounts", index], () =>
      reduceSale(sale, { type: "addManualDiscount", discount: manual, at }),
    );
  });
  return input.couponCodes.reduce(
    (current, code) => reduceSale(current, { type: "addCouponCode", code, at }),
    sale,
  );
}

/**
 * `priceBasket` as it was first written: the sale built one reducer call at a time, the result turned into
 * JSON by writing and reading the text.
 *
 * @param input - the basket
 * @param stages - the pipeline
 * @returns the PricedSale as JSON
 */
export function priceBasketPerAction(
  input: PriceBasketInput,
  stages: readonly PricingStage[],
): JsonOf<PricedSale> {
  const valid = parseWith(priceBasketInputSchema, input);
  const sale = perActionBasketSale(valid);
  const context = {
    sale,
    catalog: valid.catalog,
    rules: valid.rules,
    now: valid.date,
    policies: valid.policies,
  };
  return JSON.parse(JSON.stringify(priceSale(sale, context, stages))) as JsonOf<PricedSale>;
}
