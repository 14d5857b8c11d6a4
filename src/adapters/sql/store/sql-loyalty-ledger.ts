import { TillError } from "../../../core/errors/till-error";
import { applyNegativeBalancePolicy } from "../../../pricing/loyalty/apply-negative-balance-policy";
import type { LoyaltyLedgerEntry } from "../../../pricing/loyalty/loyalty-ledger-entry";
import type { LoyaltyLedger } from "../../../pricing/loyalty/loyalty-ledger-port";
import type { LoyaltyProgram } from "../../../pricing/loyalty/loyalty-program";
import type { SqlClient, SqlTransaction } from "../sql-client";
import { toIsoText, toSafeNumber } from "./sql-values";

function entryFromRow(row: Record<string, unknown>): LoyaltyLedgerEntry {
  if (row.entry !== null && row.entry !== undefined) return row.entry as LoyaltyLedgerEntry;
  // Rows a sale commit wrote carry no full entry; their columns are the entry.
  return {
    entryId: String(row.entry_id),
    customerId: String(row.customer_id),
    programId: String(row.program_id),
    kind: String(row.kind) as LoyaltyLedgerEntry["kind"],
    points: toSafeNumber(row.points),
    at: toIsoText(row.occurred_at),
    ...(row.reference === null ? {} : { saleId: String(row.reference) }),
  };
}

async function balanceIn(runner: Pick<SqlTransaction, "query">, customerId: string): Promise<number> {
  const { rows } = await runner.query(
    "select coalesce(sum(points), 0) as points from loyalty_ledger where customer_id = $1",
    [customerId],
  );
  return toSafeNumber(rows[0]?.points);
}

/**
 * Books one entry inside a transaction: idempotent by entry id, the policy applied to the balance.
 *
 * @throws TillError IDEMPOTENCY_CONFLICT, INSUFFICIENT_BALANCE
 * @internal
 */
export async function bookLoyaltyEntry(
  transaction: SqlTransaction,
  policy: Pick<LoyaltyProgram, "negativeBalance">,
  entry: LoyaltyLedgerEntry,
  index: number,
): Promise<void> {
  const asked = JSON.stringify(entry);
  const { rows } = await transaction.query("select request_key from loyalty_ledger where entry_id = $1", [
    entry.entryId,
  ]);
  if (rows[0] !== undefined) {
    if (rows[0].request_key !== asked)
      throw new TillError("IDEMPOTENCY_CONFLICT", { path: ["entries", index, "entryId"] });
    return;
  }
  // One writer per customer at a time, so the balance read and the booking cannot interleave.
  await transaction.query("select pg_advisory_xact_lock(hashtext($1))", [entry.customerId]);
  const points = applyNegativeBalancePolicy(
    policy,
    await balanceIn(transaction, entry.customerId),
    entry.points,
  );
  const booked = points === entry.points ? entry : { ...entry, points };
  await transaction.query(
    `insert into loyalty_ledger (entry_id, customer_id, program_id, kind, points, reference, occurred_at, entry,
       request_key) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      entry.entryId,
      entry.customerId,
      entry.programId,
      entry.kind,
      points,
      entry.saleId ?? null,
      entry.at,
      JSON.stringify(booked),
      asked,
    ],
  );
}

/**
 * A {@link LoyaltyLedger} over the `loyalty_ledger` table: a batch is one transaction, idempotent by
 * entry id, with the program's negative-balance policy applied to each entry.
 *
 * @param client - the SQL client
 * @param policy - the negative-balance policy (default "forbid")
 * @returns the ledger
 * @public
 */
export function createSqlLoyaltyLedger(
  client: SqlClient,
  policy: Pick<LoyaltyProgram, "negativeBalance"> = { negativeBalance: "forbid" },
): LoyaltyLedger {
  return {
    append: (entries) =>
      client.transaction(async (transaction) => {
        for (const [index, entry] of entries.entries())
          await bookLoyaltyEntry(transaction, policy, entry, index);
        const result = new Map<string, number>();
        for (const entry of entries)
          result.set(entry.customerId, await balanceIn(transaction, entry.customerId));
        return result;
      }),
    balance: (customerId) => balanceIn(client, customerId),
    async entries(customerId) {
      const { rows } = await client.query(
        "select * from loyalty_ledger where customer_id = $1 order by occurred_at, entry_id",
        [customerId],
      );
      return rows.map(entryFromRow);
    },
  };
}
