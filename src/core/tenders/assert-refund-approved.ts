import { TillError } from "../errors/till-error";
import type { RefundPlan } from "./plan-refund";

/**
 * Checks that every approval a refund plan requires was granted.
 *
 * @param plan - the refund plan
 * @param grantedPermissions - permissions granted for this refund (by the operator or a manager override)
 * @throws TillError PERMISSION_DENIED naming the first missing permission
 * @public
 */
export function assertRefundApproved(plan: RefundPlan, grantedPermissions: readonly string[]): void {
  const missing = plan.approvalsRequired.find(
    (required) => !grantedPermissions.includes(required.permission),
  );
  if (missing !== undefined) {
    throw new TillError("PERMISSION_DENIED", {
      message: `Refund of ${missing.amount.toString()} in ${missing.kind} exceeds ${missing.limit.toString()}`,
      details: {
        permission: missing.permission,
        amount: missing.amount.toString(),
        limit: missing.limit.toString(),
      },
    });
  }
}
