import { moneyFromMinor } from "../../core/money/create-money";
import type { Money } from "../../core/money/money";
import type {
  StoredValue,
  StoredValueKind,
  StoredValueRejectionReason,
  StoredValueResult,
} from "./stored-value-port";

interface Account {
  readonly kind: StoredValueKind;
  readonly currency: string;
  isActive: boolean;
  balanceMinor: bigint;
}

/**
 * An in-memory {@link StoredValue} for tests and demos. Cards must be registered (printed but inactive)
 * before they can be activated; store credit accounts are created on first issue. Each operation checks
 * and books in one synchronous step, and repeats of a key return the first answer.
 *
 * @param cards - ids and currency of gift cards printed but not yet sold
 * @returns the stored-value port
 * @public
 */
export function createMemoryStoredValue(
  cards: readonly { readonly accountId: string; readonly currency: string }[] = [],
): StoredValue {
  const accounts = new Map<string, Account>();
  for (const card of cards)
    accounts.set(card.accountId, {
      kind: "gift_card",
      currency: card.currency,
      isActive: false,
      balanceMinor: 0n,
    });
  const answers = new Map<string, StoredValueResult>();
  const ok = (accountId: string, account: Account): StoredValueResult => ({
    status: "ok",
    accountId,
    balance: moneyFromMinor(account.balanceMinor, account.currency),
  });
  const reject = (accountId: string, reason: StoredValueRejectionReason): StoredValueResult => ({
    status: "rejected",
    accountId,
    reason,
  });
  const once = (operation: string, key: string, run: () => StoredValueResult): Promise<StoredValueResult> => {
    const id = `${operation}:${key}`;
    const previous = answers.get(id);
    if (previous !== undefined) return Promise.resolve(previous);
    const answer = run();
    if (answer.status === "ok") answers.set(id, answer);
    return Promise.resolve(answer);
  };
  const move = (
    accountId: string,
    amount: Money,
    sign: 1n | -1n,
    needsActive: boolean,
  ): StoredValueResult => {
    const account = accounts.get(accountId);
    if (account === undefined) return reject(accountId, "unknown_account");
    if (amount.currency !== account.currency) return reject(accountId, "currency_mismatch");
    if (amount.minor <= 0n) return reject(accountId, "invalid_amount");
    if (needsActive && !account.isActive) return reject(accountId, "inactive");
    if (sign < 0n && amount.minor > account.balanceMinor) return reject(accountId, "insufficient_balance");
    account.balanceMinor += sign * amount.minor;
    return ok(accountId, account);
  };
  return {
    activate: (accountId, amount, key) =>
      once("activate", key, () => {
        const account = accounts.get(accountId);
        if (account === undefined) return reject(accountId, "unknown_account");
        if (account.isActive) return reject(accountId, "already_active");
        const result = move(accountId, amount, 1n, false);
        if (result.status === "ok") account.isActive = true;
        return result;
      }),
    reload: (accountId, amount, key) => once("reload", key, () => move(accountId, amount, 1n, true)),
    balance: async (accountId) => {
      const account = accounts.get(accountId);
      return account === undefined ? reject(accountId, "unknown_account") : ok(accountId, account);
    },
    redeem: (accountId, amount, key) => once("redeem", key, () => move(accountId, amount, -1n, true)),
    issueCredit: (accountId, amount, key) =>
      once("credit", key, () => {
        if (!accounts.has(accountId))
          accounts.set(accountId, {
            kind: "store_credit",
            currency: amount.currency,
            isActive: true,
            balanceMinor: 0n,
          });
        return move(accountId, amount, 1n, true);
      }),
  };
}
