import type { JsonValue } from "../../../core/journal/canonical-json";
import type { SqlTransaction } from "../sql-client";
import type { HubEventType } from "./hub-events";
import type { BalanceDelta, SaleProjection } from "./project-entry";
import { toBigint } from "./sql-values";

/**
 * A hub event to journal, produced while projecting.
 *
 * @internal
 */
export interface HubEventDraft {
  readonly eventId: string;
  readonly type: HubEventType;
  readonly payload: JsonValue;
}

/**
 * Locks a balance row (creating it at zero) and returns its value.
 *
 * @internal
 */
export async function lockBalance(transaction: SqlTransaction, delta: BalanceDelta): Promise<bigint> {
  await transaction.query(
    `insert into hub_balances (account_kind, account_id, currency, balance_minor) values ($1, $2, $3, 0)
     on conflict (account_kind, account_id) do nothing`,
    [delta.accountKind, delta.accountId, delta.currency],
  );
  const { rows } = await transaction.query<{ balance_minor: unknown }>(
    "select balance_minor from hub_balances where account_kind = $1 and account_id = $2 for update",
    [delta.accountKind, delta.accountId],
  );
  return toBigint(rows[0]?.balance_minor ?? 0);
}

/**
 * Adds a signed amount to a locked balance and records it in the store's value ledger.
 *
 * @internal
 */
export async function postBalance(
  transaction: SqlTransaction,
  storeId: string,
  eventId: string,
  delta: BalanceDelta,
): Promise<void> {
  await transaction.query(
    "update hub_balances set balance_minor = balance_minor + $3 where account_kind = $1 and account_id = $2",
    [delta.accountKind, delta.accountId, String(delta.amountMinor)],
  );
  await transaction.query(
    `insert into hub_value_ledger (store_id, event_id, account_kind, account_id, reason, amount_minor, currency)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      storeId,
      eventId,
      delta.accountKind,
      delta.accountId,
      delta.reason,
      String(delta.amountMinor),
      delta.currency,
    ],
  );
}

/** Sums an entry's deltas per account and reason (two tenders on one gift card are one redemption). */
function merged(deltas: readonly BalanceDelta[]): BalanceDelta[] {
  const byKey = new Map<string, BalanceDelta>();
  for (const delta of deltas) {
    const key = `${delta.accountKind}|${delta.accountId}|${delta.reason}`;
    const found = byKey.get(key);
    byKey.set(
      key,
      found === undefined ? delta : { ...found, amountMinor: found.amountMinor + delta.amountMinor },
    );
  }
  return [...byKey.values()];
}

function compensation(
  sale: SaleProjection,
  storeId: string,
  delta: BalanceDelta,
  applied: bigint,
): HubEventDraft {
  const requested = -delta.amountMinor;
  return {
    eventId: `compensation:${sale.entry.eventId}:${delta.accountKind}:${delta.accountId}`,
    type: "redemption.compensated",
    payload: {
      storeId,
      registerId: sale.entry.registerId,
      seq: sale.entry.seq,
      sourceEventId: sale.entry.eventId,
      accountKind: delta.accountKind,
      accountId: delta.accountId,
      currency: delta.currency,
      requestedMinor: String(requested),
      appliedMinor: String(applied),
      shortfallMinor: String(requested - applied),
    },
  };
}

/**
 * Applies the balance changes of accepted sales in seq order. A redemption never takes a balance below
 * zero: the hub applies what the balance covers and journals a `redemption.compensated` hub event for
 * the shortfall (e.g. balance 30.00, offline redemption 50.00 → 30.00 applied, 20.00 compensated), which
 * the store settles with the customer or writes off.
 *
 * @param transaction - the open transaction
 * @param storeId - the store
 * @param sales - projections of accepted entries, in seq order
 * @returns the compensation events to journal
 * @internal
 */
export async function writeBalances(
  transaction: SqlTransaction,
  storeId: string,
  sales: readonly SaleProjection[],
): Promise<HubEventDraft[]> {
  const compensations: HubEventDraft[] = [];
  for (const sale of sales) {
    for (const delta of merged(sale.balances)) {
      if (delta.amountMinor === 0n) continue;
      const balance = await lockBalance(transaction, delta);
      const wanted = -delta.amountMinor;
      const covered = balance > 0n ? balance : 0n;
      const applied = delta.amountMinor >= 0n || wanted <= covered ? wanted : covered;
      const posted = delta.amountMinor >= 0n ? delta : { ...delta, amountMinor: -applied };
      await postBalance(transaction, storeId, sale.entry.eventId, posted);
      if (delta.amountMinor < 0n && applied < wanted)
        compensations.push(compensation(sale, storeId, delta, applied));
    }
  }
  return compensations;
}
