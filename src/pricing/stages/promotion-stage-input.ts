import { add } from "../../core/money/add";
import { moneyFromMinor } from "../../core/money/create-money";
import type { PricedLine, PricedSale, RejectedRule } from "../../core/pipeline/priced-sale";
import type { PricingContext } from "../../core/pipeline/pricing-context";
import type { SaleLine } from "../../core/sale/sale-line";
import { checkCoupon } from "../coupons/check-coupon";
import { normalizeCouponCode } from "../coupons/coupon";
import type { CompiledPromotionRules } from "../promotions/compile-promotion-rules";
import type { PromotionContextInput, PromotionLineInput } from "../promotions/promotion-input";
import type { StageRules } from "./stage-rules";

/** Adjustments made by this engine (promotions and promotion-backed coupons) carry a promotion id. */
function promotionShare(line: PricedLine, ids: ReadonlySet<string>): bigint {
  let minor = 0n;
  for (const entry of line.adjustments)
    if ((entry.source.kind === "promotion" || entry.source.kind === "coupon") && ids.has(entry.source.id))
      minor += entry.amount.minor;
  return minor;
}

/** The promotion ids of each compiled rule set: the rules are compiled once and shared between calls. */
const promotionIds = /* @__PURE__ */ new WeakMap<CompiledPromotionRules, ReadonlySet<string>>();

function promotionIdsOf(rules: CompiledPromotionRules): ReadonlySet<string> {
  let ids = promotionIds.get(rules);
  if (ids === undefined) {
    ids = new Set(rules.promotions.map((promotion) => promotion.id));
    promotionIds.set(rules, ids);
  }
  return ids;
}

/**
 * The promotion engine's lines: unlocked sale lines with a positive quantity, at their net before any
 * promotion of these rules (so the basket stage re-runs the engine from the same start as the item
 * stage), with the facts selectors read from the sale line.
 *
 * @internal
 */
export function promotionLinesOf(
  priced: PricedSale,
  context: PricingContext,
  rules: CompiledPromotionRules,
): PromotionLineInput[] {
  const ids = promotionIdsOf(rules);
  const saleLines = new Map<string, SaleLine>();
  for (const line of context.sale.lines) saleLines.set(line.lineId, line);
  const lines: PromotionLineInput[] = [];
  for (const line of priced.lines) {
    const saleLine = saleLines.get(line.lineId);
    if (line.isLocked || line.quantity.millionths <= 0n || saleLine === undefined) continue;
    const share = line.adjustments.length === 0 ? 0n : promotionShare(line, ids);
    // Money is immutable: a line no promotion touched yet keeps its net as it is.
    const net = share === 0n ? line.net : add(line.net, moneyFromMinor(share, line.net.currency));
    lines.push({
      lineId: line.lineId,
      sku: line.sku,
      category: saleLine.category,
      tags: saleLine.tags,
      brand: saleLine.brand,
      unitPrice: line.unitPrice,
      quantity: line.quantity,
      net,
      isPriceOverridden: line.priceSource.kind === "override",
    });
  }
  return lines;
}

/**
 * Advisory coupon checks: codes that are unknown, expired or used up are rejected with a reason and
 * do not unlock promotions; the redemption at completion is the real commit.
 *
 * @internal
 */
export function checkSaleCoupons(
  context: PricingContext,
  stageRules: StageRules,
): { valid: string[]; rejected: RejectedRule[] } {
  const valid: string[] = [];
  const rejected: RejectedRule[] = [];
  // Most sales carry no code: then there is nothing to check and no promotion codes to gather.
  if (context.sale.couponCodes.length === 0) return { valid, rejected };
  const atMs = Date.parse(context.now);
  const promotionCodes = new Set(
    stageRules.promotions?.promotions.flatMap((promotion) => promotion.couponCode ?? []) ?? [],
  );
  for (const code of context.sale.couponCodes) {
    const normalized = normalizeCouponCode(code);
    const coupon = stageRules.coupons.find((candidate) => normalizeCouponCode(candidate.code) === normalized);
    if (coupon === undefined && promotionCodes.has(normalized)) {
      valid.push(normalized);
      continue;
    }
    const usage = stageRules.snapshots.couponUsage[normalized] ?? { uses: 0, byCustomer: {} };
    const check = checkCoupon(code, coupon, usage, {
      atMs,
      timeZone: stageRules.store.timeZone,
      customerId: context.sale.customer?.customerId,
    });
    if (check.status === "valid") valid.push(normalized);
    else rejected.push({ ruleId: normalized, kind: "coupon", reasonCode: check.reason });
  }
  return { valid, rejected };
}

/**
 * The promotion engine's context from the pricing context and the snapshots.
 *
 * @internal
 */
export function promotionContextOf(
  context: PricingContext,
  stageRules: StageRules,
  couponCodes: readonly string[],
): PromotionContextInput {
  const customer = context.sale.customer;
  const tier = stageRules.snapshots.loyaltyAccount?.tier ?? customer?.tier;
  return {
    atMs: Date.parse(context.now),
    timeZone: stageRules.store.timeZone,
    storeId: context.sale.storeId,
    ...(stageRules.store.channel === undefined ? {} : { channel: stageRules.store.channel }),
    ...(customer === undefined
      ? {}
      : {
          customer: {
            id: customer.customerId,
            groups: customer.groups ?? [],
            ...(tier === undefined ? {} : { tier }),
            isFirstPurchase: stageRules.snapshots.isFirstPurchase,
          },
        }),
    couponCodes: [...couponCodes],
    usage: stageRules.snapshots.promotionUsage,
    roundingMode: context.policies.roundingMode,
  };
}
