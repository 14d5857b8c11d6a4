import type { PartnerPeriod } from "./partner-commissions";
import type { HeatmapCell } from "./sales-by-time";

/**
 * The CSV rows of the hour-of-week heatmap (header first, one row per cell, Monday 00 first).
 *
 * @param cells - from {@link hourOfWeekHeatmap}
 * @returns rows for `writeCsv`
 * @public
 */
export function heatmapCsv(cells: readonly HeatmapCell[]): string[][] {
  return [
    ["weekday", "hour", "receipts", "net"],
    ...cells.map((cell) => [
      String(cell.weekday),
      String(cell.hour),
      String(cell.receipts),
      cell.net.toString(),
    ]),
  ];
}

/**
 * The CSV rows of the commission statements: one row per receipt of each partner and period (header
 * first), so a statement sent to a partner lists what its commission was computed from.
 *
 * @param rows - from {@link partnerCommissions}
 * @returns rows for `writeCsv`
 * @public
 */
export function commissionStatementCsv(rows: readonly PartnerPeriod[]): string[][] {
  return [
    ["partner", "period", "timestamp", "register", "receipt", "sale", "kind", "net", "commission"],
    ...rows.flatMap((row) =>
      row.lines.map((line) => [
        row.partnerId,
        row.period,
        line.timestamp,
        line.registerId,
        line.receiptNumber === undefined ? "" : String(line.receiptNumber),
        line.saleId,
        line.kind,
        line.net.toString(),
        line.commission.toString(),
      ]),
    ),
  ];
}
