import type { Draft } from "immer";
import { TillError } from "../errors/till-error";
import { multiply } from "../money/multiply";
import { parseDecimal } from "../numbers/parse-decimal";
import { effectiveUnitPrice } from "./effective-unit-price";
import type { ManualDiscount } from "./manual-discount";
import type { Sale } from "./sale";
import type { SaleActionOf } from "./sale-action";
import { assertSaleCurrency, assertStatus, findLiveLine, isReturnLine } from "./sale-guards";

const EDITABLE = ["open"] as const;

function invalid(message: string, path: readonly (string | number)[]): TillError {
  return new TillError("INVALID_DISCOUNT", { message, path });
}

/** A percentage must lie in (0, 100]: 0% does nothing and more than 100% would pay the customer. */
function assertPercent(text: string): void {
  const value = parseDecimal(text, ["discount", "value", "percent"]);
  const hundred = 100n * 10n ** BigInt(value.scale);
  if (value.units <= 0n || value.units > hundred) {
    throw invalid(`A discount must be above 0% and at most 100%: ${text}%`, ["discount", "value", "percent"]);
  }
}

function assertLineTarget(draft: Draft<Sale>, discount: ManualDiscount, lineId: string): void {
  const { line } = findLiveLine(draft, lineId, ["discount", "scope", "lineId"]);
  if (isReturnLine(line) || line.locked !== undefined) {
    throw invalid("Returned goods cannot be discounted", ["discount", "scope", "lineId"]);
  }
  if (discount.value.kind === "amount") {
    const gross = multiply(effectiveUnitPrice(line), line.quantity, "half-up");
    if (discount.value.amount.minor > gross.minor) {
      throw invalid(`The discount exceeds the line (${gross.toString()})`, ["discount", "value", "amount"]);
    }
  }
}

/**
 * Adds a manual line or basket discount after checking its size and target.
 *
 * @internal
 */
export function addManualDiscount(draft: Draft<Sale>, action: SaleActionOf<"addManualDiscount">): void {
  assertStatus(draft, EDITABLE);
  const { discount } = action;
  if (draft.manualDiscounts.some((existing) => existing.discountId === discount.discountId)) {
    throw new TillError("INVALID_INPUT", {
      message: "Discount id is taken",
      path: ["discount", "discountId"],
    });
  }
  if (discount.value.kind === "percent") assertPercent(discount.value.percent);
  else {
    assertSaleCurrency(draft, discount.value.amount, ["discount", "value", "amount"]);
    if (discount.value.amount.minor <= 0n)
      throw invalid("The amount must be positive", ["discount", "value", "amount"]);
  }
  if (discount.scope.kind === "line") assertLineTarget(draft, discount, discount.scope.lineId);
  draft.manualDiscounts.push(discount);
}

/**
 * Removes a manual discount.
 *
 * @internal
 */
export function removeManualDiscount(draft: Draft<Sale>, action: SaleActionOf<"removeManualDiscount">): void {
  assertStatus(draft, EDITABLE);
  const index = draft.manualDiscounts.findIndex((discount) => discount.discountId === action.discountId);
  if (index < 0)
    throw new TillError("NOT_FOUND", { path: ["discountId"], details: { discountId: action.discountId } });
  draft.manualDiscounts.splice(index, 1);
}

/**
 * Attaches a customer (replacing any other).
 *
 * @internal
 */
export function attachCustomer(draft: Draft<Sale>, action: SaleActionOf<"attachCustomer">): void {
  assertStatus(draft, EDITABLE);
  draft.customer = action.customer;
}

/**
 * Detaches the customer.
 *
 * @internal
 */
export function detachCustomer(draft: Draft<Sale>): void {
  assertStatus(draft, EDITABLE);
  delete draft.customer;
}

/**
 * Records a coupon code as entered; the coupon stage decides whether it applies.
 *
 * @internal
 */
export function addCouponCode(draft: Draft<Sale>, action: SaleActionOf<"addCouponCode">): void {
  assertStatus(draft, EDITABLE);
  if (!draft.couponCodes.includes(action.code)) draft.couponCodes.push(action.code);
}

/**
 * Removes a coupon code.
 *
 * @internal
 */
export function removeCouponCode(draft: Draft<Sale>, action: SaleActionOf<"removeCouponCode">): void {
  // Also while tendering: a code the registry refused at completion is taken off a paid sale, which then
  // completes without it (a higher total shows up as NOT_FULLY_PAID until the tenders cover it).
  assertStatus(draft, [...EDITABLE, "tendering"]);
  const index = draft.couponCodes.indexOf(action.code);
  if (index < 0) throw new TillError("NOT_FOUND", { path: ["code"] });
  draft.couponCodes.splice(index, 1);
}
