import type { SqlTransaction } from "../sql-client";
import type { SaleProjection } from "./project-entry";

interface DailyRow {
  businessDate: string;
  currency: string;
  receipts: bigint;
  totalMinor: bigint;
  taxMinor: bigint;
  discountMinor: bigint;
}

function dailyRows(sales: readonly SaleProjection[]): DailyRow[] {
  const rows = new Map<string, DailyRow>();
  for (const sale of sales) {
    const key = `${sale.businessDate}|${sale.currency}`;
    const row = rows.get(key) ?? {
      businessDate: sale.businessDate,
      currency: sale.currency,
      receipts: 0n,
      totalMinor: 0n,
      taxMinor: 0n,
      discountMinor: 0n,
    };
    row.receipts += 1n;
    row.totalMinor += sale.totalMinor;
    row.taxMinor += sale.taxMinor;
    row.discountMinor += sale.discountMinor;
    rows.set(key, row);
  }
  return [...rows.values()];
}

/**
 * Writes the sale rows and adds the chunk's sums to the daily sales of the store, one statement each.
 * Sums are added, never recomputed, so the report tables cost one upsert per (day, currency) per chunk.
 *
 * @param transaction - the open transaction
 * @param storeId - the store
 * @param sales - projections of the chunk's accepted sale entries
 * @internal
 */
export async function writeSales(
  transaction: SqlTransaction,
  storeId: string,
  sales: readonly SaleProjection[],
): Promise<void> {
  if (sales.length === 0) return;
  await transaction.query(
    `insert into hub_sales (store_id, event_id, register_id, seq, sale_id, kind, business_date, currency,
       total_minor, tax_minor, discount_minor, customer_id, snapshot_versions)
     select $1, * from unnest($2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::date[],
       $8::text[], $9::bigint[], $10::bigint[], $11::bigint[], $12::text[], $13::jsonb[])`,
    [
      storeId,
      sales.map((sale) => sale.entry.eventId),
      sales.map((sale) => sale.entry.registerId),
      sales.map((sale) => String(sale.entry.seq)),
      sales.map((sale) => sale.saleId),
      sales.map((sale) => sale.kind),
      sales.map((sale) => sale.businessDate),
      sales.map((sale) => sale.currency),
      sales.map((sale) => String(sale.totalMinor)),
      sales.map((sale) => String(sale.taxMinor)),
      sales.map((sale) => String(sale.discountMinor)),
      sales.map((sale) => sale.customerId ?? null),
      sales.map((sale) =>
        sale.snapshotVersions === undefined ? null : JSON.stringify(sale.snapshotVersions),
      ),
    ],
  );
  const daily = dailyRows(sales);
  await transaction.query(
    `insert into hub_daily_sales as d (store_id, business_date, currency, receipts, total_minor, tax_minor,
       discount_minor)
     select $1, * from unnest($2::date[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[])
     on conflict (store_id, business_date, currency) do update set
       receipts = d.receipts + excluded.receipts, total_minor = d.total_minor + excluded.total_minor,
       tax_minor = d.tax_minor + excluded.tax_minor, discount_minor = d.discount_minor + excluded.discount_minor`,
    [
      storeId,
      daily.map((row) => row.businessDate),
      daily.map((row) => row.currency),
      daily.map((row) => String(row.receipts)),
      daily.map((row) => String(row.totalMinor)),
      daily.map((row) => String(row.taxMinor)),
      daily.map((row) => String(row.discountMinor)),
    ],
  );
}

/**
 * Adds the chunk's stock movements to the store's stock levels (summed per SKU first, one upsert).
 *
 * @param transaction - the open transaction
 * @param storeId - the store
 * @param sales - projections of the chunk's accepted sale entries
 * @internal
 */
export async function writeStock(
  transaction: SqlTransaction,
  storeId: string,
  sales: readonly SaleProjection[],
): Promise<void> {
  const levels = new Map<string, bigint>();
  for (const move of sales.flatMap((sale) => sale.stock))
    levels.set(move.sku, (levels.get(move.sku) ?? 0n) + move.deltaMillionths);
  if (levels.size === 0) return;
  await transaction.query(
    `insert into hub_stock_levels as s (store_id, sku, quantity_millionths)
     select $1, * from unnest($2::text[], $3::bigint[])
     on conflict (store_id, sku) do update set quantity_millionths = s.quantity_millionths + excluded.quantity_millionths`,
    [storeId, [...levels.keys()], [...levels.values()].map(String)],
  );
}
