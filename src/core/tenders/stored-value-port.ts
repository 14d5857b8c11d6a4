import { TillError } from "../errors/till-error";
import type { Money } from "../money/money";
import { negate } from "../money/negate";
import { findTender, type TenderState } from "./tender-state";
import { applyStoredValueBalance } from "./update-tender";

/**
 * The kinds of stored-value account: a gift card (sold, activated, reloaded) or store credit (issued on
 * returns).
 *
 * @public
 */
export type StoredValueKind = "gift_card" | "store_credit";

/**
 * Why a stored-value operation was refused. Stable codes.
 *
 * @public
 */
export type StoredValueRejectionReason =
  | "unknown_account"
  | "already_active"
  | "inactive"
  | "insufficient_balance"
  | "currency_mismatch"
  | "invalid_amount";

/**
 * The answer of a stored-value operation: the balance after it, or a reasoned rejection.
 *
 * @public
 */
export type StoredValueResult =
  | { readonly status: "ok"; readonly accountId: string; readonly balance: Money }
  | { readonly status: "rejected"; readonly accountId: string; readonly reason: StoredValueRejectionReason };

/**
 * The one stored-value port (gift cards and store credit), kept by the host. Every movement carries an
 * idempotency key (the sale or tender id), so a retried commit never moves money twice. Balances are a
 * liability of the store, not revenue. Tendering only checks the balance; the redemption itself is a
 * ledger entry written with the sale in the completion unit of work, keyed by the tender id.
 *
 * @public
 */
export interface StoredValuePort {
  /** Activates a sold gift card with its first load. */
  activate(accountId: string, amount: Money, key: string): Promise<StoredValueResult>;
  /** Adds value to an active gift card. */
  reload(accountId: string, amount: Money, key: string): Promise<StoredValueResult>;
  /** The current balance (balance enquiry). */
  balance(accountId: string): Promise<StoredValueResult>;
  /** Pays with the account: refused beyond the balance. */
  redeem(accountId: string, amount: Money, key: string): Promise<StoredValueResult>;
  /** Issues store credit (a new account, or more on an existing one) on a return; a gift-card refund reloads. */
  issueCredit(accountId: string, amount: Money, key: string): Promise<StoredValueResult>;
}

/**
 * Checks a stored-value tender's account and approves it for what it holds.
 *
 * @param state - the tender state
 * @param tenderId - a pending gift-card or store-credit tender
 * @param port - the stored-value port
 * @returns the new state
 * @throws TillError TENDER_NOT_FOUND, TENDER_NOT_ALLOWED, INSUFFICIENT_BALANCE (also for an account the
 *   port refuses: unknown, inactive, other currency; the reason is in `details`)
 * @public
 */
export async function checkStoredValueTender(
  state: TenderState,
  tenderId: string,
  port: StoredValuePort,
): Promise<TenderState> {
  const { tender } = findTender(state, tenderId);
  const answer = await port.balance(tender.reference ?? "");
  if (answer.status === "rejected") {
    throw new TillError("INSUFFICIENT_BALANCE", {
      path: ["tenderId"],
      details: { accountId: answer.accountId, reason: answer.reason },
    });
  }
  return applyStoredValueBalance(state, tenderId, answer.balance);
}

/**
 * The stored-value redemptions a completed sale writes: one negative ledger delta per approved gift-card
 * or store-credit tender, keyed by tender id so a retried completion writes each once.
 *
 * @param state - the tender state of a fully paid sale
 * @returns the deltas
 * @public
 */
export function storedValueRedemptions(
  state: TenderState,
): { accountId: string; tenderId: string; delta: Money }[] {
  return state.tenders
    .filter(
      (tender) =>
        (tender.kind === "gift-card" || tender.kind === "store-credit") && tender.status === "approved",
    )
    .map((tender) => ({
      accountId: tender.reference ?? "",
      tenderId: tender.tenderId,
      delta: negate(tender.amount),
    }));
}
