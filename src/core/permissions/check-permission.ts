import { parseDecimal } from "../numbers/parse-decimal";
import { unitsAtScale } from "../numbers/scaled-decimal";
import type { Operator, Permission, PermissionPolicy } from "./permission";

/**
 * Whether a role has a permission. An unknown role has none.
 *
 * @param policy - the permission policy
 * @param operator - who is asking
 * @param permission - the permission
 * @returns true when granted by the role
 * @public
 */
export function hasPermission(policy: PermissionPolicy, operator: Operator, permission: Permission): boolean {
  return policy.roles[operator.role]?.permissions.includes(permission) ?? false;
}

/**
 * Whether a discount of `percentText` percent is within the role's limit.
 *
 * @param policy - the permission policy
 * @param operator - who is asking
 * @param percentText - the discount as a percentage of what it applies to ("12.5")
 * @returns true when the role may give it without approval
 * @public
 */
export function isWithinDiscountLimit(
  policy: PermissionPolicy,
  operator: Operator,
  percentText: string,
): boolean {
  const limit = parseDecimal(policy.roles[operator.role]?.maxDiscountPercent ?? "0");
  const wanted = parseDecimal(percentText);
  const scale = Math.max(limit.scale, wanted.scale);
  return unitsAtScale(wanted, scale) <= unitsAtScale(limit, scale);
}

/**
 * Whether an amount off a base is within the role's discount limit: `amount × 100 ≤ limit% × base`,
 * compared exactly (5.00 off 40.00 is 12.5%, above a 10% limit).
 *
 * @param policy - the permission policy
 * @param operator - who is asking
 * @param amountMinor - the discount in minor units
 * @param baseMinor - what it applies to, in minor units
 * @returns true when the role may give it without approval
 * @public
 */
export function isAmountWithinDiscountLimit(
  policy: PermissionPolicy,
  operator: Operator,
  amountMinor: bigint,
  baseMinor: bigint,
): boolean {
  const limit = parseDecimal(policy.roles[operator.role]?.maxDiscountPercent ?? "0");
  return amountMinor * 100n * 10n ** BigInt(limit.scale) <= limit.units * baseMinor;
}
