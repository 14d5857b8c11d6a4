import type { CommitRecord } from "../../../core/commit/commit-port";
import { TillError } from "../../../core/errors/till-error";
import { normalizeCouponCode } from "../../../pricing/coupons/coupon";
import type { LoyaltyProgram } from "../../../pricing/loyalty/loyalty-program";
import type { SqlTransaction } from "../sql-client";
import { bookLoyaltyEntry } from "./sql-loyalty-ledger";
import { saveSaleInTransaction } from "./sql-sale-store";
import { recordMovementsInTransaction } from "./sql-stock";
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

function occurredAt(record: CommitRecord): string {
  return record.sale?.completedAt ?? record.journalEntries[0]?.timestamp ?? new Date().toISOString();
}

async function writeLedgers(
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
 * Writes every part of a commit record besides the journal and the commit row, inside the caller's
 * transaction.
 *
 * @param transaction - the commit's transaction
 * @param record - the record
 * @param defaultStoreId - store of stock movements when the record carries no sale
 * @internal
 */
export async function writeRecordParts(
  transaction: SqlTransaction,
  record: CommitRecord,
  defaultStoreId: string,
  policy: Pick<LoyaltyProgram, "negativeBalance">,
): Promise<void> {
  const at = occurredAt(record);
  if (record.sale !== undefined)
    await saveSaleInTransaction(transaction, {
      sale: record.sale,
      ...(record.priced === undefined ? {} : { priced: record.priced }),
    });
  await insertRows(
    transaction,
    "outbox",
    ["event_id", "register_id", "seq", "payload"],
    record.outbox.map((item) => [item.eventId, item.registerId, item.entry.seq, JSON.stringify(item.entry)]),
  );
  const storeId = record.sale?.storeId ?? defaultStoreId;
  await recordMovementsInTransaction(
    transaction,
    record.stockDeltas.map((delta, index) => ({
      movementId: `${record.commitId}:stock:${index}`,
      storeId,
      sku: delta.sku,
      delta: delta.delta,
      reason: delta.delta.millionths < 0n ? "sale" : "return",
      reference: `${delta.saleId}/${delta.lineId}`,
      at,
    })),
  );
  await writeLedgers(transaction, record, at, policy);
}
