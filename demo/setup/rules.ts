import type { CouponInput, LoyaltyProgramInput, PromotionRulesInput } from "tillkit/pricing";
import type { LocalePreset } from "./locales";

/** The coupon the demo customer hands over. */
export const COUPON_CODE = "WELCOME10";

/** The demo's loyalty member: tier gold earns double points. */
export const LOYALTY_CUSTOMER = { customerId: "cust-0042", name: "Alex Morgan", tier: "gold" } as const;

// Basket threshold and its reward per currency: 3.00 off 30.00 (USD, EUR), 20.00 off 200.00 (CNY).
const THRESHOLD: Readonly<Record<LocalePreset["currency"], { min: string; off: string }>> = {
  USD: { min: "30.00", off: "3.00" },
  EUR: { min: "30.00", off: "3.00" },
  CNY: { min: "200.00", off: "20.00" },
};

// Promotion names as the receipt prints them; {off} and {min} are the threshold's amounts.
const NAMES = {
  en: { choc: "Chocolate 3 for 2", basket: "{off} off {min}", coupon: "Welcome coupon: 10% off coffee" },
  nl: {
    choc: "Chocolade 3 halen 2 betalen",
    basket: "{off} korting vanaf {min}",
    coupon: "Welkomstbon: 10% op koffie",
  },
  zh: { choc: "巧克力买二送一", basket: "满{min}减{off}", coupon: "新客券：咖啡九折" },
} as const;

/**
 * Promotions: buy two chocolate bars get the third free, a basket threshold, and a coupon for 10% off
 * coffee; plus the coupon itself and the loyalty program.
 *
 * @param preset - the locale preset (currency)
 * @returns the rule parts for the till's `rules`
 */
export function pricingRulesFor(preset: LocalePreset): {
  promotions: PromotionRulesInput;
  coupons: CouponInput[];
  loyalty: LoyaltyProgramInput;
} {
  const threshold = THRESHOLD[preset.currency];
  const names = NAMES[preset.language];
  return {
    promotions: {
      currency: preset.currency,
      promotions: [
        {
          id: "choc-3-for-2",
          name: names.choc,
          conditions: { items: { skus: ["CHOC"] } },
          reward: { type: "buy_x_get_y", buy: 2, get: 1 },
        },
        {
          id: "basket-threshold",
          name: names.basket.replace("{off}", threshold.off).replace("{min}", threshold.min),
          conditions: { minSubtotal: threshold.min },
          reward: { type: "fixed_off_basket", amount: threshold.off },
        },
        {
          id: "coupon-welcome",
          name: names.coupon,
          conditions: { items: { categories: ["coffee"] }, couponCode: COUPON_CODE.toLowerCase() },
          reward: { type: "percent_off_items", percent: "10" },
        },
      ],
    },
    coupons: [{ code: COUPON_CODE, promotionId: "coupon-welcome", usage: "multi", requiresCustomer: true }],
    loyalty: {
      id: "corner-club",
      name: "Corner Club",
      currency: preset.currency,
      earn: { points: 1, per: preset.currency === "CNY" ? "10.00" : "1.00" },
      tiers: [{ id: "gold", name: "Gold", minSpend: "0.00", multiplier: "2" }],
    },
  };
}
