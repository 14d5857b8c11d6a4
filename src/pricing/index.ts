export type { CouponRegistryPort } from "../core/ports/coupon-registry-port";
export { type CouponCheckContext, checkCoupon } from "./coupons/check-coupon";
export {
  COUPON_REJECTION_REASONS,
  type Coupon,
  type CouponCheck,
  type CouponInput,
  type CouponRejectionReason,
  type CouponUsage,
  couponSchema,
  normalizeCouponCode,
} from "./coupons/coupon";
export type { CouponRedemption, CouponRegistry } from "./coupons/coupon-registry-port";
export { createMemoryCouponRegistry } from "./coupons/memory-coupon-registry";
export { applyNegativeBalancePolicy } from "./loyalty/apply-negative-balance-policy";
export { computeEarnedPoints, type EarnedPoints, type LoyaltyLine } from "./loyalty/compute-earned-points";
export {
  balanceOf,
  LOYALTY_ENTRY_KINDS,
  type LoyaltyLedgerEntry,
  loyaltyLedgerEntrySchema,
} from "./loyalty/loyalty-ledger-entry";
export type { LoyaltyLedger, LoyaltyLedgerPort } from "./loyalty/loyalty-ledger-port";
export {
  type LoyaltyProgram,
  type LoyaltyProgramInput,
  loyaltyProgramSchema,
} from "./loyalty/loyalty-program";
export { makeLoyaltyAccrual } from "./loyalty/make-loyalty-accrual";
export { createMemoryLoyaltyLedger } from "./loyalty/memory-loyalty-ledger";
export {
  planRedemption,
  pointsRedemptionRequestSchema,
  type RedemptionPlan,
} from "./loyalty/plan-redemption";
export { pointsToExpire } from "./loyalty/points-to-expire";
export { type PointsLineRecord, pointsForReturn, returnPointsEntries } from "./loyalty/return-points";
export { type SaleLoyaltyFacts, saleLoyaltyEntries } from "./loyalty/sale-loyalty-entries";
export { rollingSpend, tierForSpend } from "./loyalty/tier-for-spend";
export {
  checkManualDiscount,
  type ManualDiscountDecision,
  type ManualDiscountRequest,
  parseManualDiscountRules,
} from "./manual/check-manual-discount";
export {
  type ManualDiscountRules,
  type ManualDiscountRulesInput,
  manualDiscountRulesSchema,
} from "./manual/manual-discount-rules";
export { type CompiledPriceRules, compilePriceRules } from "./prices/compile-price-rules";
export {
  type PriceList,
  type PriceRules,
  type PriceRulesInput,
  priceListEntrySchema,
  priceListSchema,
  priceRulesSchema,
  salePriceSchema,
  type VolumePricing,
  volumePricingSchema,
} from "./prices/price-rules";
export {
  type PriceContextInput,
  type PriceItem,
  type PriceResolutionContext,
  priceContextSchema,
  type ResolvedPrice,
  resolveUnitPrice,
} from "./prices/resolve-unit-price";
export { type CompiledPromotionRules, compilePromotionRules } from "./promotions/compile-promotion-rules";
export { evaluatePromotions } from "./promotions/evaluate-promotions";
export {
  type Promotion,
  type PromotionInput,
  promotionConditionsSchema,
  promotionLimitsSchema,
  promotionSchema,
  stackingModeSchema,
} from "./promotions/promotion";
export {
  type PromotionContext,
  type PromotionContextInput,
  type PromotionLine,
  type PromotionLineInput,
  promotionContextSchema,
  promotionLineSchema,
  promotionUsageSchema,
} from "./promotions/promotion-input";
export {
  type AppliedPromotion,
  PROMOTION_REJECTION_REASONS,
  type PromotedLine,
  type PromotionAdjustment,
  type PromotionLineShare,
  type PromotionNudge,
  type PromotionOutcome,
  type PromotionRejectionReason,
  type RejectedPromotion,
  type SolverAlternative,
  type SolverReport,
} from "./promotions/promotion-outcome";
export {
  BASKET_REWARD_TYPES,
  isBasketReward,
  type PromotionReward,
  promotionRewardSchema,
  unitUseSchema,
} from "./promotions/promotion-reward";
export {
  type PromotionRules,
  type PromotionRulesInput,
  promotionGroupSchema,
  promotionRulesSchema,
  type StackingPolicy,
  stackingPolicySchema,
} from "./promotions/promotion-rules";
export {
  type ItemSelector,
  itemSelectorSchema,
  matchesSelector,
  type SelectableItem,
} from "./rules/item-selector";
export {
  ruleAmountSchema,
  ruleIdSchema,
  ruleInstantSchema,
  rulePercentSchema,
} from "./rules/rule-primitives";
export { type Schedule, type ScheduleStatus, scheduleSchema, scheduleStatus } from "./rules/schedule";
export {
  isWithinTimeWindows,
  type LocalWallTime,
  localWallTime,
  type TimeWindow,
  timeWindowSchema,
  type Weekday,
} from "./rules/time-window";
export { applyBasketPromotions } from "./stages/apply-basket-promotions";
export { applyItemPromotions } from "./stages/apply-item-promotions";
export { applyManualDiscounts } from "./stages/apply-manual-discounts";
export { applyPriceLists } from "./stages/apply-price-lists";
export { computeTotals } from "./stages/compute-totals";
export { previewLoyalty } from "./stages/preview-loyalty";
export { redeemPoints } from "./stages/redeem-points";
export { resolvePrices } from "./stages/resolve-prices";
export { PRICING_RULE_KEYS, pricingSnapshotsSchema, storeSettingsSchema } from "./stages/stage-rules";
export { GIFT_CARD_TAX_CATEGORY, giftCardLine, storedValueTenderAmount } from "./stored-value/gift-card-line";
export { createMemoryStoredValue } from "./stored-value/memory-stored-value";
export type {
  StoredValue,
  StoredValueKind,
  StoredValueRejectionReason,
  StoredValueResult,
} from "./stored-value/stored-value-port";
