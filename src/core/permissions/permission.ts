import { z } from "zod";
import { decimalStringSchema } from "../numbers/decimal-input";

/**
 * Permissions an operation may need.
 *
 * @public
 */
export const PERMISSIONS = [
  "line.void",
  "sale.void",
  "sale.post-void",
  "refund.with-receipt",
  "refund.without-receipt",
  "refund.above-limit",
  "payment.resolve",
  "discount.above-limit",
  "price.override",
  "drawer.no-sale",
  "session.open-close",
  "training.mode",
] as const;

/**
 * zod schema for a {@link Permission}.
 *
 * @public
 */
export const permissionSchema = /* @__PURE__ */ z.enum(PERMISSIONS);

/**
 * A permission, see {@link PERMISSIONS}.
 *
 * @public
 */
export type Permission = (typeof PERMISSIONS)[number];

/**
 * zod schema for the permission policy: each role's permissions and its manual-discount limit.
 *
 * @public
 */
export const permissionPolicySchema = /* @__PURE__ */ z.object({
  roles: z.record(
    z.string().min(1),
    z.object({
      permissions: z.array(permissionSchema),
      /** Largest manual discount this role may give alone, in percent of what it applies to ("10"). */
      maxDiscountPercent: decimalStringSchema.default("0"),
    }),
  ),
});

/**
 * The permission policy (output form).
 *
 * @public
 */
export type PermissionPolicy = z.output<typeof permissionPolicySchema>;

/**
 * zod schema for the operator doing an operation.
 *
 * @public
 */
export const operatorSchema = /* @__PURE__ */ z.object({
  employeeId: z.string().min(1),
  role: z.string().min(1),
});

/**
 * The employee at the till and their role.
 *
 * @public
 */
export type Operator = z.output<typeof operatorSchema>;

/**
 * A common starting policy: cashiers void lines and take receipted refunds and give up to 10% off;
 * supervisors add voids, overrides and 25%; managers may do everything and give any discount.
 *
 * @returns a fresh policy object
 * @public
 */
export function defaultPermissionPolicy(): PermissionPolicy {
  return {
    roles: {
      cashier: { permissions: ["line.void", "refund.with-receipt"], maxDiscountPercent: "10" },
      supervisor: {
        permissions: ["line.void", "sale.void", "refund.with-receipt", "price.override", "drawer.no-sale"],
        maxDiscountPercent: "25",
      },
      manager: { permissions: [...PERMISSIONS], maxDiscountPercent: "100" },
    },
  };
}
