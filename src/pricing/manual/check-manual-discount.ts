import { parseMoney } from "../../core/money/create-money";
import type { Money } from "../../core/money/money";
import { parseRule } from "../rules/parse-rule";
import { percentToMillionths } from "../rules/rule-primitives";
import { type ManualDiscountRules, manualDiscountRulesSchema } from "./manual-discount-rules";

/**
 * A manual discount an operator asks for: a percent or an amount, on a line or the basket, with a reason,
 * and the net it applies to (to compare an amount with the percent limit and vice versa).
 *
 * @public
 */
export interface ManualDiscountRequest {
  readonly role: string;
  readonly reasonCode: string;
  readonly value:
    | { readonly kind: "percent"; readonly percent: string }
    | { readonly kind: "amount"; readonly amount: Money };
  /** The net the discount applies to. */
  readonly base: Money;
  readonly isApproved: boolean;
}

/**
 * The answer: allowed, allowed only with approval, or refused with a reason.
 *
 * @public
 */
export type ManualDiscountDecision =
  | { readonly status: "allowed" }
  | { readonly status: "needs_approval"; readonly reason: "above_role_limit" | "reason_requires_approval" }
  | {
      readonly status: "refused";
      readonly reason: "unknown_role" | "unknown_reason_code" | "above_approved_limit" | "exceeds_base";
    };

/**
 * Validates manual-discount rules.
 *
 * @param input - rule data
 * @returns the rules
 * @throws TillError INVALID_RULE with the field path
 * @public
 */
export function parseManualDiscountRules(input: unknown): ManualDiscountRules {
  return parseRule(manualDiscountRulesSchema, input);
}

/**
 * Checks a manual discount against the role limits and reason codes. The discount is judged both as a
 * percent of its base and as an amount (15% of 40.00 is 6.00, so a 5.00 amount limit needs approval).
 *
 * @param rules - validated rules
 * @param request - the request
 * @returns the decision
 * @public
 */
export function checkManualDiscount(
  rules: ManualDiscountRules,
  request: ManualDiscountRequest,
): ManualDiscountDecision {
  const role = rules.roles.find((candidate) => candidate.role === request.role);
  if (role === undefined) return { status: "refused", reason: "unknown_role" };
  const reason = rules.reasonCodes.find((candidate) => candidate.code === request.reasonCode);
  if (reason === undefined) return { status: "refused", reason: "unknown_reason_code" };
  const baseMinor = request.base.minor;
  const amountMinor =
    request.value.kind === "amount"
      ? request.value.amount.minor
      : (baseMinor * percentToMillionths(request.value.percent)) / 1_000_000n;
  if (amountMinor > baseMinor) return { status: "refused", reason: "exceeds_base" };
  // Compare as percent without rounding: amount / base ≤ limit ⇔ amount × 10^6 ≤ limit × base.
  const within = (percentText: string | undefined, amountText: string | undefined): boolean =>
    (percentText === undefined || amountMinor * 1_000_000n <= percentToMillionths(percentText) * baseMinor) &&
    (amountText === undefined || amountMinor <= parseMoney(amountText, rules.currency).minor);
  if (within(role.maxPercent, role.maxAmount)) {
    if (reason.requiresApproval && !request.isApproved)
      return { status: "needs_approval", reason: "reason_requires_approval" };
    return { status: "allowed" };
  }
  if (!within(role.approvedMaxPercent ?? "100", role.approvedMaxAmount))
    return { status: "refused", reason: "above_approved_limit" };
  return request.isApproved
    ? { status: "allowed" }
    : { status: "needs_approval", reason: "above_role_limit" };
}
