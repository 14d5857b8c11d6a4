/**
 * The basket every engine prices: lines over four tax categories (21% and 9% price-included, 8% and 5%
 * price-excluded), 1–3 units each, a manual amount off every fifth line, and 0 to 50 item promotions
 * (percent off a product category). Deterministic, so every run prices the same basket.
 */
import type { PriceBasketInput } from "../../src/index";

/** One tax category: a single percent tax, included in the shelf price or added on top. */
export interface BenchTaxCategory {
  readonly id: string;
  readonly ratePercent: number;
  readonly included: boolean;
}

export const TAX_CATEGORIES: readonly BenchTaxCategory[] = [
  { id: "vat-21", ratePercent: 21, included: true },
  { id: "vat-9", ratePercent: 9, included: true },
  { id: "sales-8", ratePercent: 8, included: false },
  { id: "sales-5", ratePercent: 5, included: false },
];

const PRODUCT_CATEGORIES = 10;

/** One line as every engine needs it: cents, quantity, tax category, product category, manual amount off. */
export interface BenchLine {
  readonly lineId: string;
  readonly sku: string;
  readonly unitPriceCents: number;
  readonly quantity: number;
  readonly tax: BenchTaxCategory;
  readonly productCategory: string;
  readonly manualOffCents: number;
}

function centsText(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

/** `count` lines with prices from 0.99 to 60.98 (a linear congruential sequence). */
export function benchLines(count: number): BenchLine[] {
  let state = 17;
  return Array.from({ length: count }, (_, index) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    const unitPriceCents = 99 + (state % 6000);
    const quantity = 1 + (index % 3);
    return {
      lineId: `line-${index}`,
      sku: `SKU-${index}`,
      unitPriceCents,
      quantity,
      tax: TAX_CATEGORIES[index % TAX_CATEGORIES.length] as BenchTaxCategory,
      productCategory: `category-${index % PRODUCT_CATEGORIES}`,
      manualOffCents: index % 5 === 0 ? Math.min(50, unitPriceCents - 1) : 0,
    };
  });
}

function taxRules() {
  return {
    currency: "EUR",
    categories: TAX_CATEGORIES.map((category) => ({ id: category.id })),
    taxes: TAX_CATEGORIES.map((category) => ({
      id: category.id,
      name: category.id,
      kind: "percent",
      rate: String(category.ratePercent),
      priceIncluded: category.included,
      categories: [category.id],
      jurisdiction: { id: category.id, level: "country", name: category.id, code: "XX" },
    })),
    rounding: { id: "bench-line", version: 1, scope: "line", mode: "half-up" },
  };
}

/** `count` stackable item promotions, 5% to 14% off one product category each. */
function promotions(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: `promo-${index}`,
    name: `promo-${index}`,
    priority: index % 3,
    conditions: { items: { categories: [`category-${index % PRODUCT_CATEGORIES}`] } },
    reward: { type: "percent_off_items", percent: String(5 + (index % 10)) },
  }));
}

/**
 * The tillkit input: catalog, lines, manual line discounts, tax rules and promotions, as JSON.
 *
 * @param lines - the basket lines
 * @param promotionCount - how many item promotions compete
 * @returns the input of `priceBasket`
 */
export function tillkitInput(lines: readonly BenchLine[], promotionCount: number): PriceBasketInput {
  const money = (cents: number) => ({ amount: centsText(cents), currency: "EUR" });
  const items = Object.fromEntries(
    lines.map((line) => [
      line.sku,
      {
        sku: line.sku,
        description: line.sku,
        unitPrice: money(line.unitPriceCents),
        taxCategory: line.tax.id,
        category: line.productCategory,
      },
    ]),
  );
  return {
    currency: "EUR",
    date: "2026-11-23T12:00:00Z",
    catalog: { items },
    lines: lines.map((line) => ({ sku: line.sku, quantity: String(line.quantity), lineId: line.lineId })),
    manualDiscounts: lines
      .filter((line) => line.manualOffCents > 0)
      .map((line) => ({
        scope: { kind: "line" as const, lineId: line.lineId },
        value: { kind: "amount" as const, amount: money(line.manualOffCents) },
        reason: "line adjustment",
      })),
    rules: { tax: taxRules(), promotions: { currency: "EUR", promotions: promotions(promotionCount) } },
  };
}

type Tillkit = typeof import("../../src/index");

/**
 * The same basket as a till holds it: a sale built action by action (lines, then manual discounts) and
 * the pricing context of a `priceSale` call, with the same rules. A till re-prices this on every scan, so
 * timing `priceSale(sale, context, defaultStages)` is the pipeline alone, with no JSON to read or write.
 *
 * @param tillkit - the package (the built one in the peer bench)
 * @param input - the `priceBasket` input of the same basket
 * @returns the sale and its pricing context
 */
export function tillkitSale(tillkit: Tillkit, input: PriceBasketInput) {
  const catalog = tillkit.catalogSnapshotSchema.parse(input.catalog);
  const at = input.date;
  let sale = tillkit.createSale({
    saleId: "bench",
    storeId: "store",
    registerId: "register",
    cashierId: "cashier",
    currency: input.currency,
    at,
  });
  input.lines.forEach((entry, index) => {
    const item = catalog.items[entry.sku];
    if (item === undefined) throw new Error(`No catalog item ${entry.sku}`);
    const lineId = entry.lineId ?? `line-${index + 1}`;
    const line = tillkit.lineFromCatalogItem(
      item,
      { quantity: entry.quantity },
      { lineId, by: "cashier", at },
    );
    sale = tillkit.applySaleAction(sale, { type: "addLine", line, at });
  });
  (input.manualDiscounts ?? []).forEach((discount, index) => {
    const value = discount.value;
    const money = value.kind === "amount" ? value.amount : undefined;
    const amount =
      money === undefined || money instanceof tillkit.Money
        ? money
        : tillkit.parseMoney(money.amount, money.currency);
    sale = tillkit.applySaleAction(sale, {
      type: "addManualDiscount",
      discount: {
        discountId: `discount-${index + 1}`,
        scope: discount.scope,
        value: amount === undefined ? value : { kind: "amount", amount },
        reason: discount.reason,
        addedBy: "cashier",
        at,
      },
      at,
    });
  });
  const context = {
    sale,
    catalog,
    rules: input.rules ?? {},
    now: at,
    policies: { roundingMode: "half-up" as const, refs: [] },
  };
  return { sale, context };
}
