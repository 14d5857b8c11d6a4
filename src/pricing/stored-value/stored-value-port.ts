import type { Money } from "../../core/money/money";

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
 * The stored-value ledger the host keeps (gift cards and store credit). Every movement carries an
 * idempotency key (the sale or tender id), so a retried commit never moves money twice. Balances are a
 * liability of the store, not revenue.
 *
 * @public
 */
export interface StoredValue {
  /** Activates a sold gift card with its first load. */
  activate(accountId: string, amount: Money, key: string): Promise<StoredValueResult>;
  /** Adds value to an active gift card. */
  reload(accountId: string, amount: Money, key: string): Promise<StoredValueResult>;
  /** The current balance (balance enquiry). */
  balance(accountId: string): Promise<StoredValueResult>;
  /** Pays with the account: refused beyond the balance. */
  redeem(accountId: string, amount: Money, key: string): Promise<StoredValueResult>;
  /** Issues store credit (a new account, or more on an existing one) on a return. */
  issueCredit(accountId: string, amount: Money, key: string): Promise<StoredValueResult>;
}
