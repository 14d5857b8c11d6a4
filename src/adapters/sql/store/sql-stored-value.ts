import { moneyFromMinor } from "../../../core/money/create-money";
import type { Money } from "../../../core/money/money";
import type {
  StoredValue,
  StoredValueRejectionReason,
  StoredValueResult,
} from "../../../pricing/stored-value/stored-value-port";
import type { SqlClient, SqlTransaction } from "../sql-client";
import { insertRows, toBigint } from "./sql-values";

/**
 * The SQL stored-value ledger: the {@link StoredValue} port plus registering printed gift cards.
 *
 * @public
 */
export interface SqlStoredValue extends StoredValue {
  /** Registers printed, not yet sold gift cards (inactive, zero balance); known ids are left alone. */
  registerCards(cards: readonly { readonly accountId: string; readonly currency: string }[]): Promise<void>;
}

interface Account {
  readonly currency: string;
  readonly isActive: boolean;
  readonly balanceMinor: bigint;
}

interface Move {
  readonly operation: string;
  readonly sign: 1n | -1n;
  readonly needsActive: boolean;
}

async function accountOf(
  transaction: Pick<SqlTransaction, "query">,
  accountId: string,
): Promise<Account | undefined> {
  const { rows } = await transaction.query(
    `select a.currency, a.is_active, (select coalesce(sum(amount_minor), 0) from stored_value_ledger l
       where l.account_id = a.account_id) as balance from stored_value_accounts a where a.account_id = $1`,
    [accountId],
  );
  const row = rows[0];
  return row === undefined
    ? undefined
    : {
        currency: String(row.currency),
        isActive: row.is_active === true,
        balanceMinor: toBigint(row.balance),
      };
}

function refusal(
  account: Account | undefined,
  amount: Money,
  move: Move,
): StoredValueRejectionReason | undefined {
  if (account === undefined) return "unknown_account";
  if (amount.currency !== account.currency) return "currency_mismatch";
  if (amount.minor <= 0n) return "invalid_amount";
  if (move.needsActive && !account.isActive) return "inactive";
  if (move.sign < 0n && amount.minor > account.balanceMinor) return "insufficient_balance";
  return undefined;
}

async function moveValue(
  transaction: SqlTransaction,
  accountId: string,
  amount: Money,
  key: string,
  move: Move,
): Promise<StoredValueResult> {
  // One writer per account, so the balance check and the booking cannot interleave.
  await transaction.query("select pg_advisory_xact_lock(hashtext($1))", [accountId]);
  const requestKey = `${move.operation}:${key}`;
  const { rows } = await transaction.query("select 1 from stored_value_ledger where request_key = $1", [
    requestKey,
  ]);
  const account = await accountOf(transaction, accountId);
  if (rows.length > 0 && account !== undefined)
    return { status: "ok", accountId, balance: moneyFromMinor(account.balanceMinor, account.currency) };
  const reason = refusal(account, amount, move);
  if (reason !== undefined || account === undefined)
    return { status: "rejected", accountId, reason: reason ?? "unknown_account" };
  const delta = move.sign * amount.minor;
  await insertRows(
    transaction,
    "stored_value_ledger",
    ["entry_id", "account_id", "kind", "amount_minor", "currency", "reference", "occurred_at", "request_key"],
    [
      [
        requestKey,
        accountId,
        move.operation,
        delta.toString(),
        amount.currency,
        key,
        new Date().toISOString(),
        requestKey,
      ],
    ],
  );
  const balance = moneyFromMinor(account.balanceMinor + delta, account.currency);
  return { status: "ok", accountId, balance };
}

/**
 * A {@link StoredValue} over SQL: accounts in `stored_value_accounts`, every movement a signed row of
 * `stored_value_ledger` keyed `operation:key`, so a retried operation moves money once.
 *
 * @param client - the SQL client
 * @returns the stored-value ledger
 * @public
 */
export function createSqlStoredValue(client: SqlClient): SqlStoredValue {
  const run = (accountId: string, amount: Money, key: string, move: Move) =>
    client.transaction((transaction) => moveValue(transaction, accountId, amount, key, move));
  return {
    async registerCards(cards) {
      await client.transaction((transaction) =>
        insertRows(
          transaction,
          "stored_value_accounts",
          ["account_id", "kind", "currency", "is_active"],
          cards.map((card) => [card.accountId, "gift_card", card.currency, false]),
          "on conflict (account_id) do nothing",
        ),
      );
    },
    activate: (accountId, amount, key) =>
      client.transaction(async (transaction) => {
        const account = await accountOf(transaction, accountId);
        const isRepeat = (
          await transaction.query("select 1 from stored_value_ledger where request_key = $1", [
            `activate:${key}`,
          ])
        ).rows.length;
        if (account?.isActive === true && isRepeat === 0)
          return { status: "rejected", accountId, reason: "already_active" } as const;
        const result = await moveValue(transaction, accountId, amount, key, {
          operation: "activate",
          sign: 1n,
          needsActive: false,
        });
        if (result.status === "ok")
          await transaction.query("update stored_value_accounts set is_active = true where account_id = $1", [
            accountId,
          ]);
        return result;
      }),
    reload: (accountId, amount, key) =>
      run(accountId, amount, key, { operation: "reload", sign: 1n, needsActive: true }),
    async balance(accountId) {
      const account = await accountOf(client, accountId);
      return account === undefined
        ? { status: "rejected", accountId, reason: "unknown_account" }
        : { status: "ok", accountId, balance: moneyFromMinor(account.balanceMinor, account.currency) };
    },
    redeem: (accountId, amount, key) =>
      run(accountId, amount, key, { operation: "redeem", sign: -1n, needsActive: true }),
    issueCredit: (accountId, amount, key) =>
      client.transaction(async (transaction) => {
        await transaction.query(
          `insert into stored_value_accounts (account_id, kind, currency, is_active) values ($1, 'store_credit', $2, true)
           on conflict (account_id) do nothing`,
          [accountId, amount.currency],
        );
        return moveValue(transaction, accountId, amount, key, {
          operation: "credit",
          sign: 1n,
          needsActive: true,
        });
      }),
  };
}
