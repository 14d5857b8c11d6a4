import { Money } from "../../core/money/money";
import type { SaleFacts } from "../projections/sale-fact";

/**
 * One row of the tax report: a jurisdiction and rate, its taxable base and the tax collected.
 *
 * @public
 */
export interface TaxReportRow {
  readonly jurisdiction: string;
  /** Rate as a fraction of one, as journalled ("0.19"). */
  readonly rate: string;
  readonly base: Money;
  readonly tax: Money;
  /** Receipts that carried this rate. */
  readonly receipts: number;
}

/**
 * The tax report: rows by jurisdiction and rate, and the total. The total is the exact sum of every tax
 * every receipt journalled, so it ties to the X/Z tax totals.
 *
 * @public
 */
export interface TaxReport {
  readonly currency: string;
  readonly rows: readonly TaxReportRow[];
  readonly base: Money;
  readonly tax: Money;
}

/**
 * Tax collected by jurisdiction and rate (returns subtract). Rates that differ only in trailing zeros
 * ("0.070" and "0.07") are one row.
 *
 * @param facts - from `readSaleFacts`
 * @returns the report, rows sorted by jurisdiction then rate
 * @public
 */
export function taxReport(facts: SaleFacts): TaxReport {
  const rows = new Map<
    string,
    { jurisdiction: string; rate: string; base: bigint; tax: bigint; receipts: number }
  >();
  let base = 0n;
  let tax = 0n;
  for (const fact of facts.sales) {
    for (const entry of fact.taxes) {
      const rate = entry.rate.includes(".") ? entry.rate.replace(/\.?0+$/, "") : entry.rate;
      const key = `${entry.jurisdiction}\u0000${rate}`;
      const row = rows.get(key) ?? { jurisdiction: entry.jurisdiction, rate, base: 0n, tax: 0n, receipts: 0 };
      row.base += entry.base.minor;
      row.tax += entry.tax.minor;
      row.receipts += 1;
      rows.set(key, row);
      base += entry.base.minor;
      tax += entry.tax.minor;
    }
  }
  const money = (minor: bigint) => new Money(minor, facts.currency);
  const sorted = [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    currency: facts.currency,
    rows: sorted.map(([, row]) => ({ ...row, base: money(row.base), tax: money(row.tax) })),
    base: money(base),
    tax: money(tax),
  };
}

/**
 * The CSV rows of a tax report (header first, total last).
 *
 * @param report - from {@link taxReport}
 * @returns rows for `writeCsv`
 * @public
 */
export function taxReportCsv(report: TaxReport): string[][] {
  return [
    ["jurisdiction", "rate", "base", "tax", "receipts", "currency"],
    ...report.rows.map((row) => [
      row.jurisdiction,
      row.rate,
      row.base.toString(),
      row.tax.toString(),
      String(row.receipts),
      report.currency,
    ]),
    ["total", "", report.base.toString(), report.tax.toString(), "", report.currency],
  ];
}
