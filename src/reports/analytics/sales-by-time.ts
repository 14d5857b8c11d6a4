import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { Money } from "../../core/money/money";
import type { SaleFacts } from "../projections/sale-fact";
import { makeLocalClock, timeZoneSchema } from "./local-time";
import { type SalesRow, tallySales } from "./sales-tally";

/**
 * zod schema of the options of the time reports: the store's IANA time zone (default "UTC").
 *
 * @public
 */
export const timeReportOptionsSchema = /* @__PURE__ */ z.object({ timeZone: timeZoneSchema.default("UTC") });

/**
 * Options of the time reports.
 *
 * @public
 */
export type TimeReportOptions = z.input<typeof timeReportOptionsSchema>;

/**
 * A receipt-level report grouped by a key.
 *
 * @public
 */
export interface SalesReport {
  readonly currency: string;
  readonly rows: readonly SalesRow[];
  readonly total: SalesRow;
}

function byLocal(
  facts: SaleFacts,
  options: TimeReportOptions,
  key: (local: ReturnType<ReturnType<typeof makeLocalClock>>) => string,
): SalesReport {
  const { timeZone } = parseWith(timeReportOptionsSchema, options, ["options"]);
  const local = makeLocalClock(timeZone);
  return {
    currency: facts.currency,
    ...tallySales(facts.sales, facts.currency, (fact) => key(local(fact.time))),
  };
}

/**
 * Sales by local calendar day ("2026-11-23").
 *
 * @param facts - from `readSaleFacts`
 * @param options - the store time zone
 * @returns rows by day and the total
 * @throws TillError INVALID_INPUT for an unknown time zone
 * @public
 */
export function salesByDay(facts: SaleFacts, options: TimeReportOptions = {}): SalesReport {
  return byLocal(facts, options, (local) => local.date);
}

/**
 * Sales by local day and hour ("2026-11-23 09"); the hours of a day sum to that day's row.
 *
 * @param facts - from `readSaleFacts`
 * @param options - the store time zone
 * @returns rows by hour and the total
 * @throws TillError INVALID_INPUT for an unknown time zone
 * @public
 */
export function salesByHour(facts: SaleFacts, options: TimeReportOptions = {}): SalesReport {
  return byLocal(facts, options, (local) => `${local.date} ${String(local.hour).padStart(2, "0")}`);
}

/**
 * One cell of the hour-of-week heatmap.
 *
 * @public
 */
export interface HeatmapCell {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly hour: number;
  readonly receipts: number;
  readonly net: Money;
}

/**
 * The hour-of-week heatmap: 7 × 24 cells (Monday 00 first), receipts and net sales per local hour of the
 * week, summed over every week in the facts. Empty hours are zero cells, so the grid is always whole.
 *
 * @param facts - from `readSaleFacts`
 * @param options - the store time zone
 * @returns 168 cells
 * @throws TillError INVALID_INPUT for an unknown time zone
 * @public
 */
export function hourOfWeekHeatmap(facts: SaleFacts, options: TimeReportOptions = {}): HeatmapCell[] {
  const { timeZone } = parseWith(timeReportOptionsSchema, options, ["options"]);
  const local = makeLocalClock(timeZone);
  const receipts = new Array<number>(168).fill(0);
  const net = new Array<bigint>(168).fill(0n);
  for (const fact of facts.sales) {
    const at = local(fact.time);
    const index = (at.weekday - 1) * 24 + at.hour;
    if (fact.kind === "sale") receipts[index] = (receipts[index] ?? 0) + 1;
    net[index] = (net[index] ?? 0n) + fact.total.minor;
  }
  return receipts.map((count, index) => ({
    weekday: Math.floor(index / 24) + 1,
    hour: index % 24,
    receipts: count,
    net: new Money(net[index] ?? 0n, facts.currency),
  }));
}
