import type { Money } from "../money/money";
import { negate } from "../money/negate";
import { findTender, type TenderState } from "./tender-state";
import { applyStoredValueBalance } from "./update-tender";

/**
 * Port for gift cards and store credit. Tendering only checks the balance; the redemption itself is a
 * ledger entry written with the sale in the completion unit of work, keyed by the tender id.
 *
 * @public
 */
export interface StoredValuePort {
  /** The current balance of an account, in the home currency. */
  balance(accountId: string): Promise<Money>;
}

/**
 * Checks a stored-value tender's account and approves it for what it holds.
 *
 * @param state - the tender state
 * @param tenderId - a pending gift-card or store-credit tender
 * @param port - the stored-value port
 * @returns the new state
 * @throws TillError TENDER_NOT_FOUND, TENDER_NOT_ALLOWED, INSUFFICIENT_BALANCE
 * @public
 */
export async function checkStoredValueTender(
  state: TenderState,
  tenderId: string,
  port: StoredValuePort,
): Promise<TenderState> {
  const { tender } = findTender(state, tenderId);
  const balance = await port.balance(tender.reference ?? "");
  return applyStoredValueBalance(state, tenderId, balance);
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
