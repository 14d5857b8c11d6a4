import type { JournalEntry } from "../../../core/journal/journal-entry";
import type { SqlTransaction } from "../sql-client";

/**
 * Inserts accepted entries into the hub journal with one statement (arrays unnested server-side), so a
 * batch of 500 entries is one round trip, not 500.
 *
 * @param transaction - the open transaction
 * @param storeId - the store of the register
 * @param entries - entries that continue the chain, in seq order
 * @internal
 */
export async function insertJournalEntries(
  transaction: SqlTransaction,
  storeId: string,
  entries: readonly JournalEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await transaction.query(
    `insert into hub_journal (store_id, register_id, seq, event_id, type, occurred_at, timestamp_text,
       receipt_number, payload, prev_hash, hash, signature)
     select $1, r, s, e, t, ts::timestamptz, ts, rn, p, ph, h, sig
     from unnest($2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::jsonb[],
       $9::text[], $10::text[], $11::jsonb[]) as u(r, s, e, t, ts, rn, p, ph, h, sig)`,
    [
      storeId,
      entries.map((entry) => entry.registerId),
      entries.map((entry) => String(entry.seq)),
      entries.map((entry) => entry.eventId),
      entries.map((entry) => entry.type),
      entries.map((entry) => entry.timestamp),
      entries.map((entry) => (entry.receiptNumber === undefined ? null : String(entry.receiptNumber))),
      entries.map((entry) => JSON.stringify(entry.payload)),
      entries.map((entry) => entry.prevHash),
      entries.map((entry) => entry.hash),
      entries.map((entry) => (entry.signature === undefined ? null : JSON.stringify(entry.signature))),
    ],
  );
}
