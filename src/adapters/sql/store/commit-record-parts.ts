import type { CommitRecord } from "../../../core/commit/commit-port";
import { TillError } from "../../../core/errors/till-error";
import type { StockMovement } from "../../../core/ports/stock-port";
import { normalizeCouponCode } from "../../../pricing/coupons/coupon";
import type { LoyaltyProgram } from "../../../pricing/loyalty/loyalty-program";
import type { SqlTransaction } from "../sql-client";
import { bookLoyaltyEntry } from "./sql-loyalty-ledger";
import { insertRows, toBigint } from "./sql-values";

/**
 * Refuses the commit when a known stored-value account cannot cover its redemption. Accounts this
 * database does not hold (cards kept by another system) are the host's to check.
 */
async function assertRedeemable(transaction: SqlTransaction, record: CommitRecord): Promise<void> {
  for (const [index, entry] of record.storedValueEntries.entries()) {
    if (entry.delta.minor >= 0n) continue;
    await transaction.query("select pg_advisory_xact_lock(hashtext($1))", [entry.accountId]);
    const { rows } = await transaction.query(
      `select (select coalesce(sum(amount_minor), 0) from stored_value_ledger l where l.account_id = a.account_id)
         as balance, exists (select 1 from stored_value_ledger where request_key = $2) as is_booked
       from stored_value_accounts a where a.account_id = $1`,
      [entry.accountId, `redeem:${entry.tenderId}`],
    );
    const row = rows[0];
    if (row === undefined || row.is_booked === true) continue;
    if (toBigint(row.balance) < -entry.delta.minor)
      throw new TillError("INSUFFICIENT_BALANCE", {
        path: ["storedValueEntries", index],
        details: { accountId: entry.accountId },
      });
  }
}

/**
 * When a commit record's bookings happened: the sale's completion, else its first entry's time.
 *
 * @internal
 */
export function occurredAt(record: CommitRecord): string {
  return record.sale?.completedAt ?? record.journalEntries[0]?.timestamp ?? new Date().toISOString();
}

/**
 * Books a commit record's loyalty, stored-value and coupon rows inside its transaction (no statement for
 * a part the record does not have), after checking each stored-value redemption against its balance.
 *
 * @throws TillError INSUFFICIENT_BALANCE, IDEMPOTENCY_CONFLICT (a loyalty entry id booked differently)
 * @internal
 */
export async function writeLedgers(
  transaction: SqlTransaction,
  record: CommitRecord,
  at: string,
  policy: Pick<LoyaltyProgram, "negativeBalance">,
): Promise<void> {
  const customerId = record.sale?.customer?.customerId ?? null;
  for (const [index, entry] of record.loyaltyEntries.entries())
    await bookLoyaltyEntry(transaction, policy, entry, index);
  await assertRedeemable(transaction, record);
  await insertRows(
    transaction,
    "stored_value_ledger",
    ["entry_id", "account_id", "kind", "amount_minor", "currency", "reference", "occurred_at", "request_key"],
    record.storedValueEntries.map((entry) => [
      `${record.commitId}:stored-value:${entry.tenderId}`,
      entry.accountId,
      entry.delta.minor < 0n ? "redeem" : "credit",
      entry.delta.minor.toString(),
      entry.delta.currency,
      entry.tenderId,
      at,
      `${entry.delta.minor < 0n ? "redeem" : "credit"}:${entry.tenderId}`,
    ]),
    // Keyed like the stored-value port's redeem and issueCredit, so a tender already booked there is not booked twice.
    "on conflict do nothing",
  );
  await insertRows(
    transaction,
    "coupon_redemptions",
    ["redemption_id", "code", "sale_id", "customer_id", "redeemed_at"],
    record.couponRedemptions.map((redemption) => {
      const code = normalizeCouponCode(redemption.code);
      return [`${code}:${redemption.saleId}`, code, redemption.saleId, customerId, at];
    }),
    // The coupon registry may have booked this redemption at tender time already.
    "on conflict do nothing",
  );
}

/**
 * The stock movements of a commit record: one per stock delta, keyed by the commit id and its index so a
 * repeated commit cannot book them twice.
 *
 * @param record - the record
 * @param storeId - the store of the movements
 * @param at - when they happened
 * @returns the movements
 * @internal
 */
export function movementsOf(record: CommitRecord, storeId: string, at: string): StockMovement[] {
  return record.stockDeltas.map((delta, index) => ({
    movementId: `${record.commitId}:stock:${index}`,
    storeId,
    sku: delta.sku,
    delta: delta.delta,
    reason: delta.delta.millionths < 0n ? "sale" : "return",
    reference: `${delta.saleId}/${delta.lineId}`,
    at,
  }));
}
