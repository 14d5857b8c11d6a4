import type { JsonValue } from "../../../core/journal/canonical-json";
import type { JournalEntry } from "../../../core/journal/journal-entry";
import type { SqlClient } from "../sql-client";
import type { HubEvent, HubEventType } from "./hub-events";
import { toBigint } from "./sql-values";

/**
 * One row of the hub's daily sales report (per store, UTC day and currency; returns count as receipts
 * and carry negative amounts).
 *
 * @public
 */
export interface DailySalesRow {
  readonly storeId: string;
  readonly businessDate: string;
  readonly currency: string;
  readonly receipts: bigint;
  readonly totalMinor: bigint;
  readonly taxMinor: bigint;
  readonly discountMinor: bigint;
}

function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/**
 * The daily sales rows, optionally of one store, ordered by store and day.
 *
 * @internal
 */
export async function readDailySales(
  client: Pick<SqlClient, "query">,
  storeId?: string,
): Promise<DailySalesRow[]> {
  const { rows } = await client.query<Record<string, unknown>>(
    `select store_id, business_date::text as business_date, currency, receipts, total_minor, tax_minor,
       discount_minor from hub_daily_sales where $1::text is null or store_id = $1
     order by store_id, business_date, currency`,
    [storeId ?? null],
  );
  return rows.map((row) => ({
    storeId: String(row.store_id),
    businessDate: dateText(row.business_date),
    currency: String(row.currency),
    receipts: toBigint(row.receipts),
    totalMinor: toBigint(row.total_minor),
    taxMinor: toBigint(row.tax_minor),
    discountMinor: toBigint(row.discount_minor),
  }));
}

/**
 * A store's stock level of a SKU in millionths (0 when nothing moved).
 *
 * @internal
 */
export async function readStockLevel(
  client: Pick<SqlClient, "query">,
  storeId: string,
  sku: string,
): Promise<bigint> {
  const { rows } = await client.query<{ quantity_millionths: unknown }>(
    "select quantity_millionths from hub_stock_levels where store_id = $1 and sku = $2",
    [storeId, sku],
  );
  return rows[0] === undefined ? 0n : toBigint(rows[0].quantity_millionths);
}

/**
 * The hub's own events in chain order.
 *
 * @internal
 */
export async function readHubEvents(client: Pick<SqlClient, "query">): Promise<HubEvent[]> {
  const { rows } = await client.query<Record<string, unknown>>(
    `select seq, event_id, type, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as ts,
       payload, prev_hash, hash from hub_events order by seq`,
  );
  return rows.map((row) => ({
    seq: Number(toBigint(row.seq)),
    eventId: String(row.event_id),
    type: row.type as HubEventType,
    timestamp: String(row.ts),
    payload: row.payload as JsonValue,
    prevHash: String(row.prev_hash),
    hash: String(row.hash),
  }));
}

/**
 * Where the hub's copy of a register's chain stands (seq 0 when it never synced).
 *
 * @internal
 */
export async function readRegisterHead(
  client: Pick<SqlClient, "query">,
  registerId: string,
): Promise<{ readonly storeId?: string; readonly seq: number; readonly hash?: string }> {
  const { rows } = await client.query<{ store_id: string; head_seq: unknown; head_hash: string }>(
    "select store_id, head_seq, head_hash from hub_registers where register_id = $1",
    [registerId],
  );
  const row = rows[0];
  return row === undefined
    ? { seq: 0 }
    : { storeId: row.store_id, seq: Number(toBigint(row.head_seq)), hash: row.head_hash };
}

/**
 * The hub's copy of a register's journal, in seq order, exactly as the till hashed it (so
 * `verifyJournal` re-checks it).
 *
 * @internal
 */
export async function readHubJournal(
  client: Pick<SqlClient, "query">,
  registerId: string,
): Promise<JournalEntry[]> {
  const { rows } = await client.query<Record<string, unknown>>(
    `select register_id, seq, event_id, type, timestamp_text, receipt_number, payload, prev_hash, hash, signature
     from hub_journal where register_id = $1 order by seq`,
    [registerId],
  );
  return rows.map((row) => {
    const entry = {
      registerId: String(row.register_id),
      seq: Number(toBigint(row.seq)),
      eventId: String(row.event_id),
      type: row.type as JournalEntry["type"],
      timestamp: String(row.timestamp_text),
      payload: row.payload as JsonValue,
      prevHash: String(row.prev_hash),
      hash: String(row.hash),
    };
    const receipt =
      row.receipt_number === null ? {} : { receiptNumber: Number(toBigint(row.receipt_number)) };
    const signature =
      row.signature === null ? {} : { signature: row.signature as { keyId: string; value: string } };
    return { ...entry, ...receipt, ...signature };
  });
}
