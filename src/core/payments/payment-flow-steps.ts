import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { add } from "../money/add";
import { compare, isPositive } from "../money/compare";
import { zeroMoney } from "../money/create-money";
import { subtract } from "../money/subtract";
import { isPaymentSettledPositive, type Payment } from "./payment";
import type { PaymentEvent } from "./payment-event";
import {
  type OperatorDecision,
  operatorDecisionSchema,
  type PaymentRequest,
  paymentRequestSchema,
  type RefundRequest,
  refundRequestSchema,
} from "./payment-requests";

/**
 * An operator decision as the flow takes it.
 *
 * @public
 */
export type OperatorDecisionInput = OperatorDecision;

/**
 * The pending sale payment for a card payment request.
 *
 * @param input - the request
 * @param intentId - the new intent id
 * @param terminalId - the terminal
 * @param registerId - the register
 * @returns the pending payment
 * @throws TillError INVALID_INPUT (amount ≤ 0), MONEY_PRECISION, UNKNOWN_CURRENCY
 * @internal
 */
export function makeSalePayment(
  input: PaymentRequest,
  intentId: string,
  terminalId: string,
  registerId: string,
): Payment {
  const request = parseWith(paymentRequestSchema, input);
  if (!isPositive(request.amount)) {
    throw new TillError("INVALID_INPUT", { message: "A payment must be positive", path: ["amount"] });
  }
  const zero = zeroMoney(request.amount.currency);
  const base = { intentId, terminalId, registerId, saleId: request.saleId, kind: "sale" as const };
  return {
    ...base,
    status: "pending",
    requested: request.amount,
    approved: zero,
    tip: zero,
    isCaptured: false,
  };
}

/**
 * The pending refund payment for a referenced refund, after checking it against the original.
 *
 * @param input - the refund request
 * @param intentId - the new intent id
 * @param terminalId - the terminal that pays back
 * @param registerId - the register
 * @returns the pending refund and the original's provider reference
 * @throws TillError INVALID_INPUT; PAYMENT_INVALID_STATE when the original is not approved; REFUND_EXCEEDS_PAID
 * @internal
 */
export function makeRefundPayment(
  input: RefundRequest,
  intentId: string,
  terminalId: string,
  registerId: string,
): Payment & { readonly originalReference?: string } {
  const request = parseWith(refundRequestSchema, input);
  const { original, amount } = request;
  if (original.kind !== "sale" || !isPaymentSettledPositive(original)) {
    throw new TillError("PAYMENT_INVALID_STATE", {
      path: ["original"],
      details: { status: original.status },
    });
  }
  if (!isPositive(amount))
    throw new TillError("INVALID_INPUT", { message: "A refund must be positive", path: ["amount"] });
  const refunded = request.alreadyRefunded ?? zeroMoney(amount.currency);
  const refundable = subtract(add(original.approved, original.tip), refunded);
  if (compare(amount, refundable) > 0) {
    throw new TillError("REFUND_EXCEEDS_PAID", {
      path: ["amount"],
      details: { refundable: refundable.toString(), requested: amount.toString() },
    });
  }
  const zero = zeroMoney(amount.currency);
  const reference = original.card?.providerReference;
  return {
    intentId,
    terminalId,
    registerId,
    saleId: request.saleId,
    kind: "refund",
    status: "pending",
    requested: amount,
    approved: zero,
    tip: zero,
    isCaptured: false,
    originalIntentId: original.intentId,
    ...(reference === undefined ? {} : { originalReference: reference }),
  };
}

/**
 * The reducer event for an operator's decision.
 *
 * @param input - the decision
 * @returns the `operator.resolved` event
 * @throws TillError INVALID_INPUT
 * @internal
 */
export function resolutionEvent(input: OperatorDecisionInput): PaymentEvent {
  const decision = parseWith(operatorDecisionSchema, input);
  return {
    type: "operator.resolved",
    outcome: decision.outcome,
    operatorId: decision.operatorId,
    approvalId: decision.approvalId,
    ...(decision.card === undefined ? {} : { card: decision.card }),
  };
}
