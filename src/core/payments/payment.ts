import { z } from "zod";
import { idSchema } from "../sale/value-schemas";
import { cardDetailsSchema } from "./card-details";
import { moneyInputSchema } from "./money-input";

/**
 * The states of a card payment. `pending` is with the terminal; `approved`, `partial`, `declined` and
 * `cancelled` are its answers; `unknown` is silence or a lost answer, settled only by a status query or a
 * journaled operator decision; `voided` is an approved payment taken back before settlement.
 *
 * @public
 */
export const PAYMENT_STATUSES = [
  "pending",
  "approved",
  "partial",
  "declined",
  "cancelled",
  "unknown",
  "voided",
] as const;

/**
 * A payment status, see {@link PAYMENT_STATUSES}.
 *
 * @public
 */
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * zod codec for a payment record (its JSON form or values holding Money).
 *
 * @public
 */
export const paymentSchema = /* @__PURE__ */ z.object({
  intentId: idSchema,
  terminalId: idSchema,
  registerId: idSchema,
  saleId: idSchema,
  kind: z.enum(["sale", "refund"]),
  status: z.enum(PAYMENT_STATUSES),
  requested: moneyInputSchema,
  /** What the card was charged (or refunded) for the sale, without tip; zero until approved. */
  approved: moneyInputSchema,
  tip: moneyInputSchema,
  isCaptured: z.boolean(),
  card: cardDetailsSchema.optional(),
  /** Verbatim terminal receipt for reprints. */
  receiptText: z.string().optional(),
  /** True when the terminal's receipt held something like a card number and was not kept. */
  isReceiptTextWithheld: z.boolean().optional(),
  declineReason: z.string().optional(),
  /** For a refund: the payment it pays back. */
  originalIntentId: idSchema.optional(),
  /** How an `unknown` was settled. */
  resolution: z
    .object({
      by: z.enum(["status-query", "operator"]),
      operatorId: idSchema.optional(),
      approvalId: idSchema.optional(),
    })
    .optional(),
});

/**
 * One card payment or referenced refund.
 *
 * @public
 */
export type Payment = z.output<typeof paymentSchema>;

/**
 * True while a payment occupies its terminal: sent and not answered, or answered with silence.
 *
 * @param payment - the payment
 * @returns whether it is pending or unknown
 * @public
 */
export function isPaymentInFlight(payment: Payment): boolean {
  return payment.status === "pending" || payment.status === "unknown";
}

/**
 * True when the payment took money (or paid it back) and still stands.
 *
 * @param payment - the payment
 * @returns whether it is approved or partially approved
 * @public
 */
export function isPaymentSettledPositive(payment: Payment): boolean {
  return payment.status === "approved" || payment.status === "partial";
}
