import { isTillError } from "../../../core/errors/till-error";
import { GENESIS_HASH, type JournalEntry } from "../../../core/journal/journal-entry";
import type { SqlTransaction } from "../sql-client";
import { type ChunkVerdict, classifyChunk, type HubHead, type StoredFacts } from "./classify-chunk";
import { appendHubEvents } from "./hub-events";
import { projectEntry, type SaleProjection } from "./project-entry";
import { toBigint } from "./sql-values";
import { writeBalances } from "./write-balances";
import { insertJournalEntries } from "./write-journal";
import { writeSales, writeStock } from "./write-sales";

/**
 * The verdict on one register's entries plus the hub events their projection wrote.
 *
 * @internal
 */
export interface ChunkOutcome extends ChunkVerdict {
  readonly compensations: readonly string[];
}

type HeadRow = {
  store_id: string;
  head_seq: unknown;
  head_hash: string;
  head_receipt_number: unknown;
};

async function lockHead(transaction: SqlTransaction, storeId: string, registerId: string): Promise<HeadRow> {
  await transaction.query(
    `insert into hub_registers (register_id, store_id, head_seq, head_hash, head_receipt_number)
     values ($1, $2, 0, $3, 0) on conflict (register_id) do nothing`,
    [registerId, storeId, GENESIS_HASH],
  );
  const { rows } = await transaction.query<HeadRow>(
    "select store_id, head_seq, head_hash, head_receipt_number from hub_registers where register_id = $1 for update",
    [registerId],
  );
  return rows[0] as HeadRow;
}

async function storedFacts(
  transaction: SqlTransaction,
  storeId: string,
  head: HubHead,
  entries: readonly JournalEntry[],
): Promise<StoredFacts> {
  const repeatedSeqs = entries.filter((entry) => entry.seq <= head.seq).map((entry) => String(entry.seq));
  const bySeq = new Map<number, { eventId: string; hash: string }>();
  if (repeatedSeqs.length > 0) {
    const { rows } = await transaction.query<{ seq: unknown; event_id: string; hash: string }>(
      "select seq, event_id, hash from hub_journal where store_id = $1 and register_id = $2 and seq = any($3::bigint[])",
      [storeId, entries[0]?.registerId, repeatedSeqs],
    );
    for (const row of rows) bySeq.set(Number(toBigint(row.seq)), { eventId: row.event_id, hash: row.hash });
  }
  const freshIds = entries.filter((entry) => entry.seq > head.seq).map((entry) => entry.eventId);
  const { rows } =
    freshIds.length === 0
      ? { rows: [] }
      : await transaction.query<{ event_id: string }>(
          "select event_id from hub_journal where store_id = $1 and event_id = any($2::text[])",
          [storeId, freshIds],
        );
  return { bySeq, eventIds: new Set(rows.map((row) => row.event_id)) };
}

function projector(projections: Map<string, SaleProjection>) {
  return (fresh: readonly JournalEntry[]) => {
    for (let index = 0; index < fresh.length; index += 1) {
      const entry = fresh[index] as JournalEntry;
      try {
        const projection = projectEntry(entry);
        if (projection !== undefined) projections.set(entry.eventId, projection);
      } catch (error) {
        return { index, message: isTillError(error) ? error.message : "The payload cannot be projected" };
      }
    }
    return undefined;
  };
}

function refusedStore(entries: readonly JournalEntry[], storeId: string): ChunkOutcome {
  const rejected = entries.map((entry) => ({
    eventId: entry.eventId,
    registerId: entry.registerId,
    seq: entry.seq,
    error: {
      code: "SYNC_REJECTED" as const,
      message: `Register ${entry.registerId} belongs to another store`,
      details: { storeId },
    },
  }));
  return { accepted: [], duplicates: [], rejected, compensations: [] };
}

/**
 * Ingests one register's entries of a batch inside one transaction: locks the register's head, applies
 * the batch rule ({@link classifyChunk}), writes the accepted entries and their projections, moves the
 * head and journals any compensation. Either all of that lands or none of it.
 *
 * @param transaction - the open transaction
 * @param storeId - the batch's store
 * @param entries - entries of one register
 * @param timestamp - the hub's clock, for hub events
 * @returns the verdict
 * @internal
 */
export async function ingestChunk(
  transaction: SqlTransaction,
  storeId: string,
  entries: readonly JournalEntry[],
  timestamp: string,
): Promise<ChunkOutcome> {
  const registerId = entries[0]?.registerId ?? "";
  const row = await lockHead(transaction, storeId, registerId);
  if (row.store_id !== storeId) return refusedStore(entries, row.store_id);
  const head = {
    seq: Number(toBigint(row.head_seq)),
    hash: row.head_hash,
    receiptNumber: Number(toBigint(row.head_receipt_number)),
  };
  const stored = await storedFacts(transaction, storeId, head, entries);
  const projections = new Map<string, SaleProjection>();
  const verdict = await classifyChunk(head, entries, stored, projector(projections));
  const last = verdict.accepted.at(-1);
  if (last === undefined) return { ...verdict, compensations: [] };
  const sales = verdict.accepted.flatMap((entry) => projections.get(entry.eventId) ?? []);
  await insertJournalEntries(transaction, storeId, verdict.accepted);
  await writeSales(transaction, storeId, sales);
  await writeStock(transaction, storeId, sales);
  const drafts = await writeBalances(transaction, storeId, sales);
  const events = await appendHubEvents(transaction, drafts, timestamp);
  const receiptNumber = verdict.accepted.reduce((at, entry) => entry.receiptNumber ?? at, head.receiptNumber);
  await transaction.query(
    "update hub_registers set head_seq = $2, head_hash = $3, head_receipt_number = $4 where register_id = $1",
    [registerId, String(last.seq), last.hash, String(receiptNumber)],
  );
  return { ...verdict, compensations: events.map((event) => event.eventId) };
}
