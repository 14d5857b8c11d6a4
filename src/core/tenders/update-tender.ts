import { TillError } from "../errors/till-error";
import { compare, isPositive } from "../money/compare";
import type { Money } from "../money/money";
import { min } from "../money/sum";
import type { Payment } from "../payments/payment";
import type { Tender } from "./tender";
import { findTender, type TenderState } from "./tender-state";

function replace(state: TenderState, index: number, tender: Tender): TenderState {
  return { ...state, tenders: state.tenders.map((item, position) => (position === index ? tender : item)) };
}

/**
 * Removes a tender that is not approved yet (a mis-keyed cash amount, a card the customer changed their
 * mind about before the terminal answered, a declined card).
 *
 * @param state - the tender state
 * @param tenderId - the tender to remove
 * @returns the new state
 * @throws TillError TENDER_NOT_FOUND; TENDER_NOT_ALLOWED for an approved tender (void or refund it
 *   instead); PAYMENT_UNKNOWN for a card payment whose outcome is unknown
 * @public
 */
export function removeTender(state: TenderState, tenderId: string): TenderState {
  const { tender } = findTender(state, tenderId);
  if (tender.status === "approved") {
    throw new TillError("TENDER_NOT_ALLOWED", {
      message: "An approved tender is voided, not removed",
      path: ["tenderId"],
    });
  }
  if (tender.status === "unknown")
    throw new TillError("PAYMENT_UNKNOWN", { path: ["tenderId"], details: { tenderId } });
  return { ...state, tenders: state.tenders.filter((item) => item.tenderId !== tenderId) };
}

/**
 * Brings a card tender in line with its payment: approved or partial sets the approved amount (a partial
 * approval leaves the rest to pay); declined, cancelled and voided decline it; unknown blocks completion.
 *
 * @param state - the tender state
 * @param tenderId - the card tender
 * @param payment - the payment from the payment flow
 * @returns the new state
 * @throws TillError TENDER_NOT_FOUND; TENDER_NOT_ALLOWED when the tender is not a card
 * @public
 */
export function applyPaymentResult(state: TenderState, tenderId: string, payment: Payment): TenderState {
  const { tender, index } = findTender(state, tenderId);
  if (tender.kind !== "card")
    throw new TillError("TENDER_NOT_ALLOWED", { path: ["tenderId"], details: { kind: tender.kind } });
  const reference = { reference: payment.intentId };
  if (payment.status === "approved" || payment.status === "partial") {
    return replace(state, index, { ...tender, ...reference, status: "approved", amount: payment.approved });
  }
  const status = payment.status === "pending" || payment.status === "unknown" ? payment.status : "declined";
  return replace(state, index, { ...tender, ...reference, status });
}

/**
 * Approves a gift-card or store-credit tender for what the account holds: the requested amount, or the
 * whole balance when it is smaller (partial redemption). Stored value never gives change.
 *
 * @param state - the tender state
 * @param tenderId - the stored-value tender
 * @param balance - the account balance from the stored-value port
 * @returns the new state
 * @throws TillError TENDER_NOT_FOUND; TENDER_NOT_ALLOWED for another kind; INSUFFICIENT_BALANCE for an
 *   empty account; CURRENCY_MISMATCH
 * @public
 */
export function applyStoredValueBalance(state: TenderState, tenderId: string, balance: Money): TenderState {
  const { tender, index } = findTender(state, tenderId);
  if (tender.kind !== "gift-card" && tender.kind !== "store-credit") {
    throw new TillError("TENDER_NOT_ALLOWED", { path: ["tenderId"], details: { kind: tender.kind } });
  }
  if (compare(balance, tender.amount) < 0 && !isPositive(balance)) {
    throw new TillError("INSUFFICIENT_BALANCE", {
      path: ["tenderId"],
      details: { balance: balance.toString() },
    });
  }
  return replace(state, index, { ...tender, status: "approved", amount: min(tender.amount, balance) });
}
