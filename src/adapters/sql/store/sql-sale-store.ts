import type { SaleStorePort, StoredSale } from "../../../core/ports/sale-store-port";
import { saleFromJson } from "../../../core/sale/sale";
import type { SqlClient, SqlTransaction } from "../sql-client";
import { pricedSaleFromJson } from "./revive-values";
import { LINE_COLUMNS, lineRows, SALE_COLUMNS, saleRow, TENDER_COLUMNS, tenderRows } from "./sale-rows";
import { insertRows } from "./sql-values";

/**
 * Writes (or replaces) a sale with its lines and tenders inside a transaction. Lines are the priced
 * lines, so they exist once the sale carries its pricing (at completion).
 *
 * @internal
 */
export async function saveSaleInTransaction(transaction: SqlTransaction, record: StoredSale): Promise<void> {
  const { sale, priced } = record;
  await transaction.query(
    `insert into sales (${SALE_COLUMNS.join(", ")})
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     on conflict (sale_id) do update set receipt_number = excluded.receipt_number, receipt = excluded.receipt,
       status = excluded.status, customer_id = excluded.customer_id, total_minor = excluded.total_minor,
       completed_at = excluded.completed_at, payload_hash = excluded.payload_hash, payload = excluded.payload`,
    await saleRow(record),
  );
  // A suspended sale saved earlier has rows to replace; one statement clears both tables.
  await transaction.query(
    "with cleared as (delete from sale_lines where sale_id = $1) delete from tenders where sale_id = $1",
    [sale.saleId],
  );
  if (priced !== undefined)
    await insertRows(transaction, "sale_lines", LINE_COLUMNS, lineRows(sale.saleId, priced));
  await insertRows(transaction, "tenders", TENDER_COLUMNS, tenderRows(sale));
}

/**
 * Reads a stored sale from its payload column.
 *
 * @throws TillError INVALID_INPUT (or a money code) when the stored payload is corrupt
 * @internal
 */
export function storedSaleFromPayload(payload: unknown): StoredSale {
  const json = (typeof payload === "string" ? JSON.parse(payload) : payload) as {
    sale: unknown;
    priced?: unknown;
  };
  const sale = saleFromJson(json.sale);
  return json.priced === undefined ? { sale } : { sale, priced: pricedSaleFromJson(json.priced) };
}

/**
 * A {@link SaleStorePort} over SQL.
 *
 * @param client - the SQL client
 * @returns the sale store
 * @public
 */
export function createSqlSaleStore(client: SqlClient): SaleStorePort {
  const many = async (sql: string, params: unknown[]) =>
    (await client.query<{ payload: unknown }>(sql, params)).rows.map((row) =>
      storedSaleFromPayload(row.payload),
    );
  return {
    save: (record) => client.transaction((transaction) => saveSaleInTransaction(transaction, record)),
    load: async (saleId) => (await many("select payload from sales where sale_id = $1", [saleId]))[0],
    findByReceipt: async (receiptNumber) =>
      (await many("select payload from sales where receipt = $1 and status <> 'open'", [receiptNumber]))[0],
    findReturnsOf: (saleId) =>
      many(
        `select payload from sales where status = 'completed' and exists (select 1 from
           jsonb_array_elements(payload->'sale'->'lines') as line where line->'returnOf'->>'saleId' = $1)
         order by completed_at, sale_id`,
        [saleId],
      ),
    listSuspended: (registerId) =>
      many("select payload from sales where status = 'suspended' and register_id = $1 order by sale_id", [
        registerId,
      ]),
  };
}
