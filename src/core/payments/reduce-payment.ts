import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { add } from "../money/add";
import { compare, isNegative, isPositive } from "../money/compare";
import { zeroMoney } from "../money/create-money";
import { cardDetailsSchema } from "./card-details";
import { containsCardNumber } from "./card-number-guard";
import type { Payment, PaymentStatus } from "./payment";
import type { PaymentEvent } from "./payment-event";
import type { TerminalResponse } from "./payment-terminal";

function invalidState(payment: Payment, event: PaymentEvent): TillError {
  return new TillError("PAYMENT_INVALID_STATE", {
    message: `A ${payment.status} payment cannot take "${event.type}"`,
    details: { intentId: payment.intentId, status: payment.status, event: event.type },
  });
}

function withReceipt(payment: Payment, receiptText: string | undefined): Payment {
  if (receiptText === undefined) return payment;
  // A terminal must never print a full card number; if one does, the text is not stored at all.
  if (containsCardNumber(receiptText)) return { ...payment, isReceiptTextWithheld: true };
  return { ...payment, receiptText };
}

function approvedStatus(
  payment: Payment,
  approvedAmount: TerminalResponse & { outcome: "approved" | "partial" },
): PaymentStatus {
  const order = compare(approvedAmount.approvedAmount, payment.requested);
  if (!isPositive(approvedAmount.approvedAmount) || order > 0) {
    throw new TillError("INVALID_INPUT", {
      message: "The terminal approved an amount outside (0, requested]",
      path: ["response", "approvedAmount"],
      details: { intentId: payment.intentId },
    });
  }
  return order === 0 ? "approved" : "partial";
}

function applyResponse(payment: Payment, response: TerminalResponse): Payment {
  if (response.outcome === "approved" || response.outcome === "partial") {
    const status = approvedStatus(payment, response);
    const card =
      response.card === undefined ? {} : { card: parseWith(cardDetailsSchema, response.card, ["card"]) };
    return withReceipt(
      { ...payment, ...card, status, approved: response.approvedAmount },
      response.receiptText,
    );
  }
  if (response.outcome === "declined") {
    const reason =
      response.reason === undefined || containsCardNumber(response.reason)
        ? {}
        : { declineReason: response.reason };
    return withReceipt({ ...payment, ...reason, status: "declined" }, response.receiptText);
  }
  return withReceipt({ ...payment, status: "cancelled" }, response.receiptText);
}

function isOpenApproval(payment: Payment): boolean {
  return payment.status === "approved" || payment.status === "partial";
}

function afterApproval(payment: Payment, event: PaymentEvent): Payment {
  if (!isOpenApproval(payment)) throw invalidState(payment, event);
  if (event.type === "voided") return { ...payment, status: "voided" };
  if (event.type === "tip.adjusted") {
    if (payment.isCaptured || isNegative(event.tip) || payment.kind === "refund")
      throw invalidState(payment, event);
    return { ...payment, tip: add(zeroMoney(payment.approved.currency), event.tip) };
  }
  if (event.type === "captured") {
    if (payment.isCaptured || compare(event.amount, add(payment.approved, payment.tip)) > 0)
      throw invalidState(payment, event);
    return { ...payment, isCaptured: true };
  }
  throw invalidState(payment, event);
}

/**
 * The payment state machine as a pure reducer. pending → approved | partial | declined | cancelled |
 * unknown; unknown → the status query's answer or the operator's journaled decision (never a blind retry);
 * approved/partial → tip adjusted, captured, voided. Anything else is refused.
 *
 * @param payment - the current payment
 * @param event - what happened
 * @returns the next payment (a new object; the input is untouched)
 * @throws TillError PAYMENT_INVALID_STATE for a transition the state does not allow; INVALID_INPUT for an
 *   approved amount outside (0, requested]; CARD_DATA_REJECTED for card details holding a card number
 * @public
 */
export function reducePayment(payment: Payment, event: PaymentEvent): Payment {
  switch (event.type) {
    case "terminal.responded":
      if (payment.status !== "pending") throw invalidState(payment, event);
      return applyResponse(payment, event.response);
    case "watchdog.expired":
      if (payment.status !== "pending") throw invalidState(payment, event);
      return { ...payment, status: "unknown" };
    case "status.resolved":
      if (payment.status !== "unknown") throw invalidState(payment, event);
      return { ...applyResponse(payment, event.response), resolution: { by: "status-query" } };
    case "operator.resolved": {
      if (payment.status !== "unknown") throw invalidState(payment, event);
      const resolution = {
        by: "operator" as const,
        operatorId: event.operatorId,
        approvalId: event.approvalId,
      };
      if (event.outcome === "declined") return { ...payment, status: "declined", resolution };
      const card =
        event.card === undefined ? {} : { card: parseWith(cardDetailsSchema, event.card, ["card"]) };
      return { ...payment, ...card, status: "approved", approved: payment.requested, resolution };
    }
    default:
      return afterApproval(payment, event);
  }
}
