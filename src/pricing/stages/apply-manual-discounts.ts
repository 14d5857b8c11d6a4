import { allocateMinor } from "../../core/allocation/allocate-minor";
import { moneyFromMinor } from "../../core/money/create-money";
import type { Money } from "../../core/money/money";
import { multiply } from "../../core/money/multiply";
import { addAdjustment } from "../../core/pipeline/priced-line-helpers";
import type { AppliedRule, PricedLine, PricedSale } from "../../core/pipeline/priced-sale";
import type { PricingContext } from "../../core/pipeline/pricing-context";
import type { PricingStage } from "../../core/pipeline/pricing-stage";
import { percent } from "../../core/rate/rate";
import type { ManualDiscount } from "../../core/sale/manual-discount";

/** Lines a manual discount may reduce: priced here (not locked) and still worth something. */
function isDiscountable(line: PricedLine): boolean {
  return !line.isLocked && line.net.minor > 0n;
}

/** The discount on a base: a percentage rounds once with the pricing mode; never more than the base. */
function discountOn(base: Money, discount: ManualDiscount, context: PricingContext): bigint {
  const wanted =
    discount.value.kind === "percent"
      ? multiply(base, percent(discount.value.percent), context.policies.roundingMode).minor
      : discount.value.amount.minor;
  if (wanted < 0n) return 0n;
  if (wanted > base.minor) return base.minor;
  return wanted;
}

function sourceOf(discount: ManualDiscount) {
  return { kind: "manual" as const, id: discount.discountId, name: discount.reason };
}

/**
 * The stage's working state: the lines and the applied list are copied once per run and updated in place
 * (copying both for every discount made 20 line discounts on 100 lines cost 2,000 line copies).
 */
interface Working {
  readonly currency: string;
  readonly lines: PricedLine[];
  readonly applied: AppliedRule[];
}

function applyOne(working: Working, discount: ManualDiscount, context: PricingContext): void {
  const { lines, currency } = working;
  const targets = lines.map(
    (line) =>
      isDiscountable(line) && (discount.scope.kind === "basket" || discount.scope.lineId === line.lineId),
  );
  const nets = lines.map((line, index) => (targets[index] ? line.net.minor : 0n));
  const baseMinor = nets.reduce((total, net) => total + net, 0n);
  if (baseMinor === 0n) return;
  const amountMinor = discountOn(moneyFromMinor(baseMinor, currency), discount, context);
  // Basket amounts are computed once and spread by largest remainder on the current line nets.
  const shares = allocateMinor(amountMinor, nets);
  const source = sourceOf(discount);
  const lineIds = lines.filter((_, index) => (shares[index] ?? 0n) !== 0n).map((line) => line.lineId);
  lines.forEach((line, index) => {
    lines[index] = addAdjustment(line, { source, amount: moneyFromMinor(shares[index] ?? 0n, currency) });
  });
  working.applied.push({
    ruleId: discount.discountId,
    kind: "manual",
    name: discount.reason,
    amount: moneyFromMinor(amountMinor, currency),
    lineIds,
  });
}

function applyToLine(
  working: Working,
  discount: ManualDiscount,
  index: number,
  context: PricingContext,
): void {
  const line = working.lines[index];
  if (line === undefined || !isDiscountable(line)) return;
  const amount = moneyFromMinor(discountOn(line.net, discount, context), working.currency);
  working.lines[index] = addAdjustment(line, { source: sourceOf(discount), amount });
  working.applied.push({
    ruleId: discount.discountId,
    kind: "manual",
    name: discount.reason,
    amount,
    lineIds: amount.minor === 0n ? [] : [line.lineId],
  });
}

/** Where each line id sits; stages keep the lines in place, so the index holds for the whole stage. */
function lineIndexes(priced: PricedSale): Map<string, number[]> {
  const indexes = new Map<string, number[]>();
  priced.lines.forEach((line, index) => {
    const list = indexes.get(line.lineId);
    if (list === undefined) indexes.set(line.lineId, [index]);
    else list.push(index);
  });
  return indexes;
}

/**
 * Manual discounts entered at the till: line discounts first, then basket discounts, each in entry order,
 * each computed on the current net. A basket amount (or a basket percentage, computed once on the basket
 * net) is allocated over the discountable lines by largest remainder on their net: 10.00 over nets
 * 12.99 / 7.49 / 3.50 gives 5.42 / 3.12 / 1.46. A discount never exceeds what it applies to, so no line
 * goes below zero. Locked (returned) lines and lines at zero or below are never discounted.
 *
 * @public
 */
export const applyManualDiscounts: PricingStage = {
  name: "applyManualDiscounts",
  run(priced, context) {
    const discounts = context.sale.manualDiscounts;
    if (discounts.length === 0) return priced;
    const ordered = [
      ...discounts.filter((discount) => discount.scope.kind === "line"),
      ...discounts.filter((discount) => discount.scope.kind === "basket"),
    ];
    const indexes = lineIndexes(priced);
    const working: Working = {
      currency: priced.currency,
      lines: priced.lines.slice(),
      applied: [...priced.explanation.applied],
    };
    for (const discount of ordered) {
      if (discount.scope.kind === "basket") {
        applyOne(working, discount, context);
        continue;
      }
      const found = indexes.get(discount.scope.lineId) ?? [];
      const [index] = found;
      if (found.length === 1 && index !== undefined) applyToLine(working, discount, index, context);
      else if (found.length > 1) applyOne(working, discount, context);
    }
    if (working.applied.length === priced.explanation.applied.length) return priced;
    return {
      ...priced,
      lines: working.lines,
      explanation: { ...priced.explanation, applied: working.applied },
    };
  },
};
