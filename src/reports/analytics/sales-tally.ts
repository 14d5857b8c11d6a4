import { Money } from "../../core/money/money";
import type { SaleFact } from "../projections/sale-fact";

/**
 * One row of a receipt-level report: counts and signed sums of the receipts that fall under `key`.
 * `net` is every total summed (sales less returns); `sales` and `returns` split it.
 *
 * @public
 */
export interface SalesRow {
  readonly key: string;
  readonly receipts: number;
  readonly returns: number;
  readonly salesTotal: Money;
  readonly returnsTotal: Money;
  readonly net: Money;
  readonly discounts: Money;
  readonly tax: Money;
}

/** Mutable bigint accumulator behind {@link SalesRow}. */
interface Accumulator {
  receipts: number;
  returns: number;
  sales: bigint;
  refunds: bigint;
  discounts: bigint;
  tax: bigint;
}

function taxOf(fact: SaleFact): bigint {
  let tax = 0n;
  for (const row of fact.taxes) tax += row.tax.minor;
  return tax;
}

/**
 * Groups receipts by a key and sums them exactly in minor units.
 *
 * @param sales - the sale facts
 * @param currency - the report currency
 * @param keyOf - the group of a receipt
 * @returns rows sorted by key, and the grand total row (key "total")
 * @public
 */
export function tallySales(
  sales: readonly SaleFact[],
  currency: string,
  keyOf: (fact: SaleFact) => string,
): { rows: SalesRow[]; total: SalesRow } {
  const groups = new Map<string, Accumulator>();
  const total: Accumulator = { receipts: 0, returns: 0, sales: 0n, refunds: 0n, discounts: 0n, tax: 0n };
  for (const fact of sales) {
    const key = keyOf(fact);
    let row = groups.get(key);
    if (row === undefined) {
      row = { receipts: 0, returns: 0, sales: 0n, refunds: 0n, discounts: 0n, tax: 0n };
      groups.set(key, row);
    }
    const tax = taxOf(fact);
    for (const target of [row, total]) {
      if (fact.kind === "sale") {
        target.receipts += 1;
        target.sales += fact.total.minor;
      } else {
        target.returns += 1;
        target.refunds += fact.total.minor;
      }
      target.discounts += fact.discountTotal.minor;
      target.tax += tax;
    }
  }
  const toRow = (key: string, acc: Accumulator): SalesRow => ({
    key,
    receipts: acc.receipts,
    returns: acc.returns,
    salesTotal: new Money(acc.sales, currency),
    returnsTotal: new Money(acc.refunds, currency),
    net: new Money(acc.sales + acc.refunds, currency),
    discounts: new Money(acc.discounts, currency),
    tax: new Money(acc.tax, currency),
  });
  const rows = [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, acc]) => toRow(key, acc));
  return { rows, total: toRow("total", total) };
}

/**
 * The CSV rows of a receipt-level report (header first), amounts as decimal text.
 *
 * @param rows - report rows
 * @param keyHeader - the header of the key column
 * @returns rows for `writeCsv`
 * @public
 */
export function salesRowsCsv(rows: readonly SalesRow[], keyHeader: string): string[][] {
  const header = [
    keyHeader,
    "receipts",
    "returns",
    "sales",
    "returns_total",
    "net",
    "discounts",
    "tax",
    "currency",
  ];
  return [
    header,
    ...rows.map((row) => [
      row.key,
      String(row.receipts),
      String(row.returns),
      row.salesTotal.toString(),
      row.returnsTotal.toString(),
      row.net.toString(),
      row.discounts.toString(),
      row.tax.toString(),
      row.net.currency,
    ]),
  ];
}
