import type { CommitPort, CommitRecord } from "../../../core/commit/commit-port";
import { isSameCommitRecord } from "../../../core/commit/same-commit-record";
import { isTillError, TillError } from "../../../core/errors/till-error";
import { saleFromJson } from "../../../core/sale/sale";
import type { LoyaltyProgram } from "../../../pricing/loyalty/loyalty-program";
import type { SqlClient, SqlTransaction } from "../sql-client";
import { runCommitFunction } from "./commit-function";
import { movementsOf, occurredAt, writeLedgers } from "./commit-record-parts";
import { pricedSaleFromJson, reviveValues } from "./revive-values";
import { readHead } from "./sql-journal-store";
import { isUniqueViolation } from "./sql-values";
import { saveAlerts } from "./stock-alerts";

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

/**
 * Checks the entries chain on the expected head, which must still be the stored head (and the write
 * must have happened: the function writes only on the head it expects).
 */
function checkHead(head: { seq: number; hash: string }, record: CommitRecord, isWritten: boolean): void {
  const expected = record.expectedJournalHead;
  let cursor = head;
  const isContinued =
    isWritten &&
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

/**
 * Writes the record with one call of `tillkit_commit` (schema version 3), which answers a known commit
 * id with the stored record and writes nothing when the head moved; then checks the entries' chain on
 * the head it read and books the rarer parts (low-stock alerts, loyalty, stored value, coupons), with a
 * statement each only when the record has them. Any throw rolls the whole transaction back.
 */
async function writeRecord(
  transaction: SqlTransaction,
  record: CommitRecord,
  options: SqlCommitOptions,
): Promise<CommitRecord> {
  const at = occurredAt(record);
  const storeId = record.sale?.storeId ?? options.storeId ?? "default";
  const outcome = await runCommitFunction(transaction, record, storeId, movementsOf(record, storeId, at));
  if (outcome.kind === "stored") return replayOrConflict(recordFromJson(outcome.record), record);
  checkHead(outcome.head, record, outcome.written);
  await saveAlerts(transaction, outcome.events);
  await writeLedgers(transaction, record, at, options.loyalty ?? FORBID);
  return record;
}

/** After a racing writer won a unique key: its stored record answers, else the head moved. */
async function afterUniqueViolation(
  client: SqlClient,
  record: CommitRecord,
  cause: unknown,
): Promise<CommitRecord> {
  const stored = await findIn(client, record.commitId);
  if (stored !== undefined) return replayOrConflict(stored, record);
  const head = await readHead(client, record.registerId);
  throw new TillError("JOURNAL_CONFLICT", {
    details: {
      registerId: record.registerId,
      headSeq: head.seq,
      expectedSeq: record.expectedJournalHead.seq,
    },
    cause,
  });
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
        return afterUniqueViolation(client, record, error);
      }
    },
  };
}
