import type { CommitPort, CommitRecord } from "../../../core/commit/commit-port";
import { isSameCommitRecord } from "../../../core/commit/same-commit-record";
import { isTillError, TillError } from "../../../core/errors/till-error";
import { GENESIS_HASH } from "../../../core/journal/journal-entry";
import { saleFromJson } from "../../../core/sale/sale";
import type { LoyaltyProgram } from "../../../pricing/loyalty/loyalty-program";
import type { SqlClient, SqlTransaction } from "../sql-client";
import { writeRecordParts } from "./commit-record-parts";
import { pricedSaleFromJson, reviveValues } from "./revive-values";
import { insertEntries } from "./sql-journal-store";
import { isUniqueViolation, toSafeNumber } from "./sql-values";

/**
 * Options of the SQL commit store.
 *
 * @public
 */
export interface SqlCommitOptions {
  /** Store id for stock movements of records without a sale (default "default"). */
  readonly storeId?: string;
  /** The loyalty program's negative-balance policy for the record's loyalty entries (default "forbid"). */
  readonly loyalty?: Pick<LoyaltyProgram, "negativeBalance">;
}

const FORBID = { negativeBalance: "forbid" } as const;

function recordFromJson(json: unknown): CommitRecord {
  const raw = (typeof json === "string" ? JSON.parse(json) : json) as CommitRecord;
  return {
    ...raw,
    ...(raw.sale === undefined ? {} : { sale: saleFromJson(raw.sale) }),
    ...(raw.priced === undefined ? {} : { priced: pricedSaleFromJson(raw.priced) }),
    stockDeltas: reviveValues(raw.stockDeltas) as CommitRecord["stockDeltas"],
    storedValueEntries: reviveValues(raw.storedValueEntries) as CommitRecord["storedValueEntries"],
  };
}

async function findIn(
  runner: Pick<SqlTransaction, "query">,
  commitId: string,
): Promise<CommitRecord | undefined> {
  const { rows } = await runner.query("select record from commits where commit_id = $1", [commitId]);
  return rows[0] === undefined ? undefined : recordFromJson(rows[0].record);
}

function replayOrConflict(stored: CommitRecord, record: CommitRecord): CommitRecord {
  if (isSameCommitRecord(stored, record)) return stored;
  throw new TillError("IDEMPOTENCY_CONFLICT", { path: ["commitId"], details: { commitId: record.commitId } });
}

/** The stored record (if any) and the register's head, in one round trip. */
async function readState(
  transaction: SqlTransaction,
  record: CommitRecord,
): Promise<{ stored: CommitRecord | undefined; head: { seq: number; hash: string } }> {
  const { rows } = await transaction.query(
    `select (select record from commits where commit_id = $1) as record,
       (select seq from journal where register_id = $2 order by seq desc limit 1) as seq,
       (select hash from journal where register_id = $2 order by seq desc limit 1) as hash`,
    [record.commitId, record.registerId],
  );
  const row = rows[0] ?? {};
  const stored = row.record === null || row.record === undefined ? undefined : recordFromJson(row.record);
  const isEmpty = row.seq === null || row.seq === undefined;
  return {
    stored,
    head: isEmpty ? { seq: 0, hash: GENESIS_HASH } : { seq: toSafeNumber(row.seq), hash: String(row.hash) },
  };
}

/** Checks the entries chain on the expected head, which must still be the stored head. */
function checkHead(head: { seq: number; hash: string }, record: CommitRecord): void {
  const expected = record.expectedJournalHead;
  let cursor = head;
  const isContinued =
    head.seq === expected.seq &&
    head.hash === expected.hash &&
    record.journalEntries.every((entry) => {
      const follows = entry.registerId === record.registerId && entry.seq === cursor.seq + 1;
      const ok = follows && entry.prevHash === cursor.hash;
      cursor = { seq: entry.seq, hash: entry.hash };
      return ok;
    });
  if (!isContinued)
    throw new TillError("JOURNAL_CONFLICT", {
      details: { registerId: record.registerId, headSeq: head.seq, expectedSeq: expected.seq },
    });
}

async function writeRecord(
  transaction: SqlTransaction,
  record: CommitRecord,
  options: SqlCommitOptions,
): Promise<CommitRecord> {
  const { stored, head } = await readState(transaction, record);
  if (stored !== undefined) return replayOrConflict(stored, record);
  checkHead(head, record);
  await insertEntries(transaction, record.journalEntries);
  await transaction.query("insert into commits (commit_id, register_id, record) values ($1, $2, $3)", [
    record.commitId,
    record.registerId,
    JSON.stringify(record),
  ]);
  await writeRecordParts(transaction, record, options.storeId ?? "default", options.loyalty ?? FORBID);
  return record;
}

/**
 * A {@link CommitPort} over SQL: the whole record (commit row, journal entries, sale with lines and
 * tenders, outbox, stock movements, loyalty, stored-value and coupon rows) in one transaction. The
 * checks run inside the transaction and the unique keys back them, so of two writers racing for one
 * head or one commit id exactly one wins; the loser is answered as a replay or a conflict.
 *
 * @param client - the SQL client
 * @param options - store id for records without a sale
 * @returns the commit port
 * @throws TillError (from `commit`) IDEMPOTENCY_CONFLICT, JOURNAL_CONFLICT, STORAGE_FAILURE
 * @public
 */
export function createSqlCommitStore(client: SqlClient, options: SqlCommitOptions = {}): CommitPort {
  return {
    find: (commitId) => findIn(client, commitId),
    async commit(record) {
      try {
        return await client.transaction((transaction) => writeRecord(transaction, record, options));
      } catch (error) {
        if (isTillError(error)) throw error;
        if (!isUniqueViolation(error))
          throw new TillError("STORAGE_FAILURE", {
            message: "The commit could not be written",
            cause: error,
          });
        // A racing writer won: answer as if this write had come second.
        const stored = await findIn(client, record.commitId);
        if (stored !== undefined) return replayOrConflict(stored, record);
        throw new TillError("JOURNAL_CONFLICT", { details: { registerId: record.registerId }, cause: error });
      }
    },
  };
}
