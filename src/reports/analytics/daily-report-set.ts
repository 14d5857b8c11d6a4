import type { SaleFacts } from "../projections/sale-fact";
import { salesBy } from "./sales-by-dimension";
import type { LineReport } from "./sales-by-item";
import { salesByLine } from "./sales-by-item";
import {
  type HeatmapCell,
  hourOfWeekHeatmap,
  type SalesReport,
  salesByDay,
  salesByHour,
  type TimeReportOptions,
} from "./sales-by-time";
import { type TaxReport, taxReport } from "./tax-report";

/**
 * The reports a back office reads every day.
 *
 * @public
 */
export interface DailyReportSet {
  readonly byDay: SalesReport;
  readonly byHour: SalesReport;
  readonly heatmap: readonly HeatmapCell[];
  readonly byEmployee: SalesReport;
  readonly byRegister: SalesReport;
  readonly byStore: SalesReport;
  readonly byCategory: LineReport;
  readonly byItem: LineReport;
  readonly tax: TaxReport;
}

/**
 * Builds the daily report set from one fact stream.
 *
 * @param facts - from `readSaleFacts` or `projectSaleFacts`
 * @param options - the store time zone
 * @returns the reports
 * @throws TillError INVALID_INPUT for an unknown time zone
 * @public
 */
export function dailyReportSet(facts: SaleFacts, options: TimeReportOptions = {}): DailyReportSet {
  return {
    byDay: salesByDay(facts, options),
    byHour: salesByHour(facts, options),
    heatmap: hourOfWeekHeatmap(facts, options),
    byEmployee: salesBy(facts, "employee"),
    byRegister: salesBy(facts, "register"),
    byStore: salesBy(facts, "store"),
    byCategory: salesByLine(facts, "category"),
    byItem: salesByLine(facts, "item"),
    tax: taxReport(facts),
  };
}
