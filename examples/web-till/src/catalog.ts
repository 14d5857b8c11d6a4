import type { CatalogItemInput } from "tillkit";
import { EU_NETHERLANDS_VAT, taxRulesFromConfiguration } from "tillkit/tax";

/** The shop's currency; Dutch VAT is included in every shelf price. */
export const CURRENCY = "EUR";

/** The coupon printed on the shop's flyer: 10% off the basket. */
export const COUPON_CODE = "WELCOME10";

/** A small corner-shop catalog; barcodes are EAN-13 with valid check digits. */
export const CATALOG: readonly CatalogItemInput[] = [
  {
    sku: "COFFEE",
    description: "Coffee beans 500 g",
    barcodes: ["8710000000017"],
    unitPrice: { amount: "12.99", currency: CURRENCY },
  },
  {
    sku: "MUG",
    description: "Mug",
    barcodes: ["8710000000024"],
    unitPrice: { amount: "7.49", currency: CURRENCY },
  },
  {
    sku: "BREAD",
    description: "Sourdough bread",
    barcodes: ["8710000000031"],
    unitPrice: { amount: "3.50", currency: CURRENCY },
    taxCategory: "reduced",
  },
  {
    sku: "MILK",
    description: "Milk 1 l",
    barcodes: ["8710000000048"],
    unitPrice: { amount: "1.49", currency: CURRENCY },
    taxCategory: "reduced",
  },
  {
    sku: "CROISSANT",
    description: "Croissant",
    barcodes: ["8710000000055"],
    unitPrice: { amount: "1.80", currency: CURRENCY },
    taxCategory: "reduced",
  },
  {
    sku: "BANANAS",
    description: "Bananas per kg",
    barcodes: ["8710000000062"],
    unit: "kg",
    unitPrice: { amount: "2.49", currency: CURRENCY },
    taxCategory: "reduced",
  },
];

/** SKUs sold by weight: adding one reads the scale. */
export const WEIGHED_SKUS: readonly string[] = ["BANANAS"];

/**
 * The pricing rules: Dutch VAT rounded per line, a buy-two-get-one on croissants, 5.00 off a basket of
 * 40.00 or more, and the flyer's coupon.
 */
export const RULES = {
  tax: taxRulesFromConfiguration(EU_NETHERLANDS_VAT, {
    id: "nl-vat",
    version: 1,
    scope: "line",
    mode: "half-up",
  }),
  store: { timeZone: "Europe/Amsterdam" },
  promotions: {
    currency: CURRENCY,
    promotions: [
      {
        id: "croissant-3-for-2",
        name: "Croissants: 3 for 2",
        conditions: { items: { skus: ["CROISSANT"] } },
        reward: { type: "buy_x_get_y", buy: 2, get: 1 },
      },
      {
        id: "basket-40",
        name: "5.00 off 40.00",
        conditions: { minSubtotal: "40.00" },
        reward: { type: "fixed_off_basket", amount: "5.00" },
      },
      {
        id: "welcome-coupon",
        name: "Welcome coupon 10%",
        conditions: { couponCode: COUPON_CODE },
        reward: { type: "percent_off_basket", percent: "10" },
      },
    ],
  },
  coupons: [{ code: COUPON_CODE, promotionId: "welcome-coupon", usage: "multi" }],
} as const;
