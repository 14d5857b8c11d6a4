import { TillError } from "../../../core/errors/till-error";
import { canonicalJson } from "../../../core/journal/canonical-json";
import { genesisHead, type JournalEntry, type JournalHead } from "../../../core/journal/journal-entry";
import type { JournalStore } from "../../../core/journal/journal-store";
import { isSameFact } from "../../../core/journal/same-fact";
import type { SqlClient, SqlTransaction } from "../sql-client";
import { insertRows, toIsoText, toSafeNumber } from "./sql-values";

const ENTRY_COLUMNS = [
  "register_id",
  "seq",
  "event_id",
  "type",
  "occurred_at",
  "payload",
  "prev_hash",
  "hash",
  "signature",
  "receipt_number",
  "recorded_at",
];

const SELECT_ENTRY = `select register_id, seq, event_id, type, occurred_at, payload, prev_hash, hash,
  signature, receipt_number, recorded_at from journal`;

/**
 * Reads a journal row back into an entry exactly as written, so the hash check sees any change made to
 * the row behind tillkit's back. The row is not validated here: `verifyJournal` does that.
 *
 * @internal
 */
export function entryFromRow(row: Record<string, unknown>): JournalEntry {
  const receipt = row.receipt_number;
  const signature = row.signature;
  return {
    registerId: row.register_id,
    eventId: row.event_id,
    type: row.type,
    timestamp: typeof row.recorded_at === "string" ? row.recorded_at : toIsoText(row.occurred_at),
    payload: row.payload,
    seq: toSafeNumber(row.seq),
    ...(receipt === null || receipt === undefined ? {} : { receiptNumber: toSafeNumber(receipt) }),
    prevHash: row.prev_hash,
    hash: row.hash,
    ...(typeof signature === "string" ? { signature: JSON.parse(signature) } : {}),
  } as JournalEntry;
}

/** @internal The head of a register as stored. */
export async function readHead(
  runner: Pick<SqlTransaction, "query">,
  registerId: string,
): Promise<JournalHead> {
  const { rows } = await runner.query(
    // The last receipt sits at or just before the head, so the backward scan stops early.
    `select seq, hash, (select receipt_number from journal where register_id = $1
       and receipt_number is not null order by seq desc limit 1) as receipt
     from journal where register_id = $1 order by seq desc limit 1`,
    [registerId],
  );
  const row = rows[0];
  if (row === undefined) return genesisHead(registerId);
  return {
    registerId,
    seq: toSafeNumber(row.seq),
    hash: String(row.hash),
    receiptNumber: row.receipt === null || row.receipt === undefined ? 0 : toSafeNumber(row.receipt),
  };
}

function conflict(entry: JournalEntry): TillError {
  return new TillError("IDEMPOTENCY_CONFLICT", {
    message: `Event ${entry.eventId} was already journaled with a different payload`,
    path: ["eventId"],
    details: { eventId: entry.eventId },
  });
}

async function replay(
  transaction: SqlTransaction,
  entries: readonly JournalEntry[],
): Promise<readonly JournalEntry[] | undefined> {
  const ids = entries.map((entry) => entry.eventId);
  const { rows } = await transaction.query(`${SELECT_ENTRY} where event_id = any($1)`, [ids]);
  if (rows.length === 0) return undefined;
  const stored = new Map(rows.map((row) => [String(row.event_id), entryFromRow(row)]));
  return entries.map((entry) => {
    const found = stored.get(entry.eventId);
    if (found === undefined || !isSameFact(found, entry)) throw conflict(entry);
    return found;
  });
}

async function checkContinuity(transaction: SqlTransaction, entries: readonly JournalEntry[]): Promise<void> {
  const heads = new Map<string, JournalHead>();
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.eventId)) throw conflict(entry);
    seen.add(entry.eventId);
    const head = heads.get(entry.registerId) ?? (await readHead(transaction, entry.registerId));
    if (entry.seq !== head.seq + 1 || entry.prevHash !== head.hash)
      throw new TillError("JOURNAL_CONFLICT", {
        message: `Entry ${entry.seq} does not continue register ${entry.registerId} at ${head.seq}`,
        details: { registerId: entry.registerId, headSeq: head.seq, entrySeq: entry.seq },
      });
    heads.set(entry.registerId, { ...head, seq: entry.seq, hash: entry.hash });
  }
}

/**
 * Writes entries that already passed the continuity check.
 *
 * @internal
 */
export async function insertEntries(
  transaction: SqlTransaction,
  entries: readonly JournalEntry[],
): Promise<void> {
  await insertRows(
    transaction,
    "journal",
    ENTRY_COLUMNS,
    entries.map((entry) => [
      entry.registerId,
      entry.seq,
      entry.eventId,
      entry.type,
      entry.timestamp,
      canonicalJson(entry.payload),
      entry.prevHash,
      entry.hash,
      entry.signature === undefined ? null : JSON.stringify(entry.signature),
      entry.receiptNumber ?? null,
      entry.timestamp,
    ]),
  );
}

/**
 * Appends a batch inside a transaction, per the {@link JournalStore} contract.
 *
 * @returns the stored entries (the earlier ones on a replay)
 * @throws TillError JOURNAL_CONFLICT, IDEMPOTENCY_CONFLICT
 * @internal
 */
export async function appendInTransaction(
  transaction: SqlTransaction,
  entries: readonly JournalEntry[],
): Promise<readonly JournalEntry[]> {
  if (entries.length === 0) return entries;
  const replayed = await replay(transaction, entries);
  if (replayed !== undefined) return replayed;
  await checkContinuity(transaction, entries);
  await insertEntries(transaction, entries);
  return entries;
}

/**
 * A {@link JournalStore} over SQL: `UNIQUE(event_id)` and the (register, seq) key back the checks, so
 * two writers racing for one head cannot both win.
 *
 * @param client - the SQL client
 * @returns the journal store
 * @public
 */
export function createSqlJournalStore(client: SqlClient): JournalStore {
  return {
    head: (registerId) => readHead(client, registerId),
    async findByEventId(eventId) {
      const { rows } = await client.query(`${SELECT_ENTRY} where event_id = $1`, [eventId]);
      return rows[0] === undefined ? undefined : entryFromRow(rows[0]);
    },
    append: (entries) => client.transaction((transaction) => appendInTransaction(transaction, entries)),
    async read(registerId, fromSeq = 1) {
      const { rows } = await client.query(
        `${SELECT_ENTRY} where register_id = $1 and seq >= $2 order by seq`,
        [registerId, fromSeq],
      );
      return rows.map(entryFromRow);
    },
  };
}
