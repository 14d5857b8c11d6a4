/**
 * Varied baskets for comparing ways of pricing them: price overrides, weighed items, repeated line and
 * discount ids, unknown SKUs, line and basket discounts (some too large), coupons, a customer, tax rules
 * with included and excluded rates, and item and basket promotions. Some baskets are invalid on purpose,
 * so errors are compared as well as results.
 */
import fc from "fast-check";
import type { PriceBasketInput } from "../../../src/core/pipeline/price-basket";

const CATEGORIES = ["fruit", "dairy", "bakery"];
const TAX_CATEGORIES = ["vat-21", "vat-9", "sales-8"];

function cents(minor: number): string {
  return `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
}

const itemDraw = fc.record({
  minor: fc.integer({ min: 0, max: 5_000 }),
  isWeighed: fc.boolean(),
  category: fc.constantFrom(...CATEGORIES),
  taxCategory: fc.constantFrom(...TAX_CATEGORIES),
});

/** Mostly `undefined`, now and then a value: keeps most baskets valid while still reaching the errors. */
function rarely<T>(value: fc.Arbitrary<T>, weight = 8): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight }, { arbitrary: value, weight: 1 });
}

const lineDraw = fc.record({
  pick: fc.nat({ max: 99 }),
  count: fc.integer({ min: 1, max: 5 }),
  grams: fc.integer({ min: 1, max: 4_000 }),
  lineId: rarely(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"), 12),
  overrideMinor: rarely(fc.integer({ min: 0, max: 3_000 }), 4),
});

const discountDraw = fc.record({
  target: rarely(fc.constantFrom("line-1", "line-1", "line-2", "line-2", "line-3", "a", "zz"), 1),
  percent: fc.option(fc.integer({ min: 0, max: 104 }), { nil: undefined }),
  minor: fc.integer({ min: 0, max: 2_000 }),
  discountId: rarely(fc.constantFrom("d1", "d2"), 6),
});

function taxRules() {
  const rates = [
    { id: "vat-21", rate: "21", included: true },
    { id: "vat-9", rate: "9", included: true },
    { id: "sales-8", rate: "8", included: false },
  ];
  return {
    currency: "EUR",
    categories: rates.map((entry) => ({ id: entry.id })),
    taxes: rates.map((entry) => ({
      id: entry.id,
      name: entry.id,
      kind: "percent",
      rate: entry.rate,
      priceIncluded: entry.included,
      categories: [entry.id],
      jurisdiction: { id: entry.id, level: "country", name: entry.id, code: "XX" },
    })),
    rounding: { id: "line", version: 1, scope: "line", mode: "half-up" },
  };
}

const promotionDraw = fc.constantFrom(
  { type: "percent_off_items", percent: "10" },
  { type: "buy_x_get_y", buy: 2, get: 1 },
  { type: "mix_and_match", quantity: 3, price: "9.99" },
  { type: "percent_off_basket", percent: "5" },
  { type: "fixed_off_basket", amount: "2.00" },
);

function promotionsOf(rewards: readonly object[]) {
  return rewards.map((reward, index) => ({
    id: `promo-${index}`,
    name: `promo-${index}`,
    priority: index % 3,
    ...(index % 2 === 0
      ? { conditions: { items: { categories: [CATEGORIES[index % CATEGORIES.length]] } } }
      : {}),
    reward,
  }));
}

/**
 * Baskets of 0–`maxLines` lines over a catalog of up to ten items.
 *
 * @param maxLines - most lines in a basket
 * @returns an arbitrary of `PriceBasketInput` (valid or not)
 */
export function basketVariants(maxLines = 12): fc.Arbitrary<PriceBasketInput> {
  return fc
    .record({
      items: fc.array(itemDraw, { minLength: 1, maxLength: 10 }),
      lines: fc.array(lineDraw, { maxLength: maxLines }),
      discounts: fc.array(discountDraw, { maxLength: 4 }),
      coupons: fc.array(fc.constantFrom("SAVE", "WELCOME"), { maxLength: 3 }),
      hasCustomer: fc.boolean(),
      rewards: fc.array(promotionDraw, { maxLength: 4 }),
      hasTax: fc.boolean(),
      roundingMode: fc.constantFrom("half-up", "half-even", "down"),
    })
    .map((draw) => ({
      currency: "EUR",
      date: "2026-11-23T12:00:00Z",
      catalog: {
        items: Object.fromEntries(
          draw.items.map((item, index) => [
            `S${index}`,
            {
              sku: `S${index}`,
              description: `item ${index}`,
              unitPrice: { amount: cents(item.minor), currency: "EUR" },
              unit: item.isWeighed ? "kg" : "each",
              taxCategory: item.taxCategory,
              category: item.category,
              isSellable: item.minor !== 4_999,
            },
          ]),
        ),
      },
      lines: draw.lines.map((line) => {
        const sku = line.pick === 99 ? "UNKNOWN" : `S${line.pick % draw.items.length}`;
        const isWeighed = draw.items[line.pick % draw.items.length]?.isWeighed === true;
        const grams = String(line.grams).padStart(4, "0");
        return {
          sku,
          ...(isWeighed
            ? { scaleWeight: `${grams.slice(0, -3)}.${grams.slice(-3)}` }
            : { quantity: String(line.count) }),
          ...(line.lineId === undefined ? {} : { lineId: line.lineId }),
          ...(line.overrideMinor === undefined
            ? {}
            : { unitPrice: { amount: cents(line.overrideMinor), currency: "EUR" } }),
        };
      }),
      manualDiscounts: draw.discounts.map((discount) => ({
        ...(discount.discountId === undefined ? {} : { discountId: discount.discountId }),
        scope:
          discount.target === undefined
            ? { kind: "basket" as const }
            : { kind: "line" as const, lineId: discount.target },
        value:
          discount.percent === undefined
            ? { kind: "amount" as const, amount: { amount: cents(discount.minor), currency: "EUR" } }
            : { kind: "percent" as const, percent: String(discount.percent) },
        reason: "generated",
      })),
      couponCodes: draw.coupons,
      ...(draw.hasCustomer ? { customer: { customerId: "cust-1" } } : {}),
      rules: {
        ...(draw.hasTax ? { tax: taxRules() } : {}),
        ...(draw.rewards.length === 0
          ? {}
          : { promotions: { currency: "EUR", promotions: promotionsOf(draw.rewards) } }),
      },
      policies: { roundingMode: draw.roundingMode, refs: [] },
    }));
}
