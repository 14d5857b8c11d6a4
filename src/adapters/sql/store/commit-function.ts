import type { CommitRecord } from "../../../core/commit/commit-port";
import { canonicalJson } from "../../../core/journal/canonical-json";
import { GENESIS_HASH } from "../../../core/journal/journal-entry";
import type { LowStockEvent, StockMovement } from "../../../core/ports/stock-port";
import type { SqlTransaction } from "../sql-client";
import {
  LINE_COLUMNS,
  lineColumns,
  SALE_COLUMNS,
  saleColumns,
  TENDER_COLUMNS,
  tenderColumns,
} from "./sale-rows";
import { toBigint, toSafeNumber } from "./sql-values";
import { lowStockEventsOf } from "./stock-alerts";

/**
 * What `tillkit_commit` answered (see schema version 3).
 *
 * @internal
 */
export type CommitOutcome =
  | { readonly kind: "stored"; readonly record: unknown }
  | {
      readonly kind: "checked";
      /** The register's head before this commit (genesis for an empty journal). */
      readonly head: { readonly seq: number; readonly hash: string };
      /** False when the function found another head and wrote nothing. */
      readonly written: boolean;
      /** The low-stock events the written movements raise (none when nothing was written). */
      readonly events: readonly LowStockEvent[];
    };

function toObjects(columns: readonly string[], rows: readonly (readonly unknown[])[]): object[] {
  return rows.map((row) => Object.fromEntries(row.map((value, index) => [columns[index], value])));
}

function saleParts(record: CommitRecord): object {
  const { sale, priced } = record;
  if (sale === undefined) return {};
  const [row] = toObjects(SALE_COLUMNS, [saleColumns(priced === undefined ? { sale } : { sale, priced })]);
  return {
    sale: row,
    lines: toObjects(LINE_COLUMNS, priced === undefined ? [] : lineColumns(sale.saleId, priced)),
    tenders: toObjects(TENDER_COLUMNS, tenderColumns(sale)).map((tender, position) => ({
      ...tender,
      position,
    })),
  };
}

/**
 * The two arguments of `tillkit_commit`: a JSON document and the sale's payload text.
 *
 * The payload text is `JSON.stringify({ sale, priced })`, the text the sales row stores and hashes. The
 * document carries the record without its sale and pricing (the function joins the payload back in for
 * the commit row), so each is serialised, sent and parsed once; beside the record go only the values
 * that are not in its JSON as such: minor units and line numbers, the movements, the store, the expected
 * head and the signature text. Line, tender, journal and outbox payloads are read from the record in
 * the database: the same JSON values the statement-by-statement commit stored.
 *
 * @param record - the commit record
 * @param storeId - the store of the stock movements
 * @param movements - the record's stock movements
 * @returns the document and the payload text (null without a sale)
 * @throws TillError INVALID_INPUT when a journal payload is not canonical JSON (safe integers, plain
 *   objects), as the journal refuses it
 * @internal
 */
export function commitArguments(
  record: CommitRecord,
  storeId: string,
  movements: readonly StockMovement[],
): [document: string, salePayload: string | null] {
  for (const entry of record.journalEntries) canonicalJson(entry.payload);
  const { sale, priced } = record;
  const salePayload =
    sale === undefined ? null : JSON.stringify(priced === undefined ? { sale } : { sale, priced });
  const document = JSON.stringify({
    commitId: record.commitId,
    registerId: record.registerId,
    expectedSeq: record.expectedJournalHead.seq,
    expectedHash: record.expectedJournalHead.hash,
    storeId,
    record: sale === undefined ? record : { ...record, sale: undefined, priced: undefined },
    signatures: record.journalEntries.map((entry) =>
      entry.signature === undefined ? null : JSON.stringify(entry.signature),
    ),
    ...saleParts(record),
    movements: movements.map((movement) => ({
      movement_id: movement.movementId,
      store_id: movement.storeId,
      sku: movement.sku,
      delta_millionths: movement.delta.millionths.toString(),
      unit: movement.delta.unit,
      reason: movement.reason,
      reference: movement.reference ?? null,
      occurred_at: movement.at,
    })),
  });
  return [document, salePayload];
}

function parsed(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}

function asArray(value: unknown): unknown[] {
  const json = parsed(value);
  return Array.isArray(json) ? json : [];
}

function eventsOf(movements: readonly StockMovement[], answer: Record<string, unknown>): LowStockEvent[] {
  const inserted = new Set(asArray(answer.inserted).map(String));
  const recorded = movements.filter((movement) => inserted.has(movement.movementId));
  const levels = asArray(answer.levels).map((item) => {
    const [sku, point, level] = asArray(item);
    return { sku: String(sku), level: toBigint(level), point: toBigint(point) };
  });
  return lowStockEventsOf(recorded, levels);
}

/**
 * Runs `tillkit_commit` inside the caller's transaction: one statement for the commit row, journal,
 * sale, outbox and stock.
 *
 * @param transaction - the commit's transaction
 * @param record - the commit record
 * @param storeId - the store of the stock movements
 * @param movements - the record's stock movements
 * @returns the stored record for a known commit id, else the head read and the low-stock events
 * @internal
 */
export async function runCommitFunction(
  transaction: SqlTransaction,
  record: CommitRecord,
  storeId: string,
  movements: readonly StockMovement[],
): Promise<CommitOutcome> {
  const { rows } = await transaction.query(
    "select tillkit_commit($1::jsonb, $2::text) as outcome",
    commitArguments(record, storeId, movements),
  );
  const answer = (parsed(rows[0]?.outcome) ?? {}) as Record<string, unknown>;
  if (answer.stored !== undefined) return { kind: "stored", record: answer.stored };
  const isEmpty = answer.headSeq === null || answer.headSeq === undefined;
  return {
    kind: "checked",
    head: isEmpty
      ? { seq: 0, hash: GENESIS_HASH }
      : { seq: toSafeNumber(answer.headSeq), hash: String(answer.headHash) },
    written: answer.written === true,
    events: answer.written === true ? eventsOf(movements, answer) : [],
  };
}
