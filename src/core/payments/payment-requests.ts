import { z } from "zod";
import { idSchema } from "../sale/value-schemas";
import { cardDetailsSchema } from "./card-details";
import { moneyInputSchema } from "./money-input";
import { paymentSchema } from "./payment";

/**
 * zod schema for a card payment request.
 *
 * @public
 */
export const paymentRequestSchema = /* @__PURE__ */ z.object({ saleId: idSchema, amount: moneyInputSchema });

/**
 * A card payment request.
 *
 * @public
 */
export type PaymentRequest = z.input<typeof paymentRequestSchema>;

/**
 * zod schema for a referenced refund: the original payment, the amount, and what was already refunded on it.
 *
 * @public
 */
export const refundRequestSchema = /* @__PURE__ */ z.object({
  saleId: idSchema,
  original: paymentSchema,
  amount: moneyInputSchema,
  alreadyRefunded: moneyInputSchema.optional(),
});

/**
 * A referenced refund request.
 *
 * @public
 */
export type RefundRequest = z.input<typeof refundRequestSchema>;

/**
 * zod schema for an operator's decision on an `unknown` payment (after checking the terminal's own
 * printout or the acquirer portal). It is journaled with the approval that allowed it.
 *
 * @public
 */
export const operatorDecisionSchema = /* @__PURE__ */ z.object({
  outcome: z.enum(["approved", "declined"]),
  operatorId: idSchema,
  approvalId: idSchema,
  card: cardDetailsSchema.optional(),
  /** Why the operator decided so (what they checked); journaled with the decision. */
  reason: z.string().min(1).max(200).optional(),
});

/**
 * An operator's decision on an `unknown` payment.
 *
 * @public
 */
export type OperatorDecision = z.input<typeof operatorDecisionSchema>;
