import { scheduleStatus } from "../rules/schedule";
import type { CompiledPromotion } from "./compile-promotion-rules";
import type { PromotionContext } from "./promotion-input";
import type { PromotionRejectionReason } from "./promotion-outcome";

/**
 * A failed condition: the reason code and its facts.
 *
 * @internal
 */
export interface Ineligibility {
  readonly reason: PromotionRejectionReason;
  readonly details: Readonly<Record<string, string | number>>;
}

function fail(
  reason: PromotionRejectionReason,
  details: Record<string, string | number> = {},
): Ineligibility {
  return { reason, details };
}

function usageProblem(promotion: CompiledPromotion, context: PromotionContext): Ineligibility | undefined {
  const limits = promotion.source.limits;
  const usage = context.usage[promotion.id];
  if (limits === undefined || usage === undefined) return undefined;
  if (limits.maxUses !== undefined && usage.uses >= limits.maxUses)
    return fail("usage_limit_reached", { limit: limits.maxUses, uses: usage.uses });
  if (limits.maxUsesPerCustomer !== undefined && usage.customerUses >= limits.maxUsesPerCustomer)
    return fail("usage_limit_reached", {
      customerLimit: limits.maxUsesPerCustomer,
      customerUses: usage.customerUses,
    });
  return undefined;
}

/**
 * Checks the conditions that do not depend on the basket's contents: schedule, store, channel, customer
 * group and tier, first purchase, coupon and usage limits.
 *
 * @param promotion - the compiled promotion
 * @param context - the sale's facts
 * @returns undefined when eligible, otherwise why not
 * @internal
 */
export function checkEligibility(
  promotion: CompiledPromotion,
  context: PromotionContext,
): Ineligibility | undefined {
  const conditions = promotion.source.conditions;
  const status = scheduleStatus(conditions.schedule, context.atMs, context.timeZone);
  if (status !== "active") return fail(status);
  if (conditions.stores !== undefined && !conditions.stores.includes(context.storeId ?? ""))
    return fail("conditions_not_met", { condition: "store" });
  if (conditions.channels !== undefined && !conditions.channels.includes(context.channel ?? ""))
    return fail("conditions_not_met", { condition: "channel" });
  const customer = context.customer;
  if (
    conditions.customerGroups !== undefined &&
    !conditions.customerGroups.some((group) => customer?.groups.includes(group))
  )
    return fail("conditions_not_met", { condition: "customer_group" });
  if (conditions.loyaltyTiers !== undefined && !conditions.loyaltyTiers.includes(customer?.tier ?? ""))
    return fail("conditions_not_met", { condition: "loyalty_tier" });
  if (conditions.firstPurchaseOnly === true && customer?.isFirstPurchase !== true)
    return fail("conditions_not_met", { condition: "first_purchase" });
  if (promotion.couponCode !== undefined) {
    const codes = context.couponCodes.map((code) => code.trim().toLowerCase());
    if (!codes.includes(promotion.couponCode))
      return fail("coupon_missing", { couponCode: promotion.couponCode });
  }
  return usageProblem(promotion, context);
}
