import { z } from "zod";
import { cardSafeTextSchema } from "../payments/card-number-guard";
import { moneyInputSchema } from "../payments/money-input";
import { idSchema } from "../sale/value-schemas";
import { cashCountSchema } from "./count-cash";

/**
 * zod schema for opening a session with a float counted by denomination.
 *
 * @public
 */
export const openSessionInputSchema = /* @__PURE__ */ z.object({
  employeeId: idSchema,
  float: cashCountSchema,
});

/**
 * zod schema for a paid-in, paid-out, drop or pickup.
 *
 * @public
 */
export const cashMovementInputSchema = /* @__PURE__ */ z.object({
  type: z.enum(["cash.paidIn", "cash.paidOut", "cash.drop", "cash.pickup"]),
  employeeId: idSchema,
  amount: moneyInputSchema,
  reason: cardSafeTextSchema.pipe(z.string().min(1).max(200)),
  approvalId: idSchema.optional(),
});

/**
 * zod schema for closing a session with the cash counted by denomination.
 *
 * @public
 */
export const closeSessionInputSchema = /* @__PURE__ */ z.object({
  employeeId: idSchema,
  counted: cashCountSchema,
});
