import { z } from "zod";
import { parseWith } from "../../../core/errors/from-zod";
import { makeLocalClock, timeZoneSchema } from "../../analytics/local-time";
import type { SaleFacts } from "../../projections/sale-fact";
import { quantityText } from "../quantity-text";

/**
 * zod schema of a calendar date, "2026-11-23".
 *
 * @public
 */
export const calendarDateSchema = /* @__PURE__ */ z.iso.date();

/**
 * zod schema of the options of {@link dailyUnitSales}: the SKU, the store (all stores when absent), the
 * dates `[from, to)` and the store's time zone, which decides the day a receipt belongs to.
 *
 * @public
 */
export const dailyUnitSalesOptionsSchema = /* @__PURE__ */ z
  .object({
    sku: z.string().min(1),
    storeId: z.string().min(1).optional(),
    from: calendarDateSchema,
    to: calendarDateSchema,
    timeZone: timeZoneSchema,
  })
  .refine((options) => options.from < options.to, {
    message: "The period must end after it starts",
    path: ["to"],
  });

/**
 * Options of {@link dailyUnitSales}, see {@link dailyUnitSalesOptionsSchema}.
 *
 * @public
 */
export type DailyUnitSalesOptions = z.input<typeof dailyUnitSalesOptionsSchema>;

/**
 * Units of one SKU sold per day, every day present (days without sales are "0"); returns count
 * negative on the day they were made.
 *
 * @public
 */
export interface DailyUnitSeries {
  readonly sku: string;
  readonly storeId?: string;
  readonly days: readonly { readonly date: string; readonly units: string }[];
}

/**
 * The calendar dates `[from, to)`, by UTC date arithmetic (dates have no time zone).
 *
 * @param from - first date
 * @param to - date after the last
 * @returns the dates in order
 * @internal
 */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let time = Date.parse(`${from}T00:00:00Z`); time < Date.parse(`${to}T00:00:00Z`); time += 86_400_000)
    dates.push(new Date(time).toISOString().slice(0, 10));
  return dates;
}

/**
 * Builds the daily unit-sales series of one SKU (at one store, or all) from sale facts: the history a
 * demand forecast reads.
 *
 * @param facts - sale facts from `readSaleFacts`
 * @param options - SKU, store, dates and time zone
 * @returns one entry per date, zero-filled
 * @throws TillError INVALID_INPUT with the path of a bad option
 * @public
 */
export function dailyUnitSales(facts: SaleFacts, options: DailyUnitSalesOptions): DailyUnitSeries {
  const { sku, storeId, from, to, timeZone } = parseWith(dailyUnitSalesOptionsSchema, options, ["options"]);
  const clock = makeLocalClock(timeZone);
  const units = new Map(datesBetween(from, to).map((date) => [date, 0n]));
  for (const sale of facts.sales) {
    if (storeId !== undefined && sale.storeId !== storeId) continue;
    const date = clock(sale.time).date;
    const total = units.get(date);
    if (total === undefined) continue;
    const sold = sale.lines.reduce(
      (sum, line) => (line.sku === sku ? sum + line.quantityMillionths : sum),
      0n,
    );
    units.set(date, total + sold);
  }
  const days = [...units.entries()].map(([date, millionths]) => ({ date, units: quantityText(millionths) }));
  return storeId === undefined ? { sku, days } : { sku, storeId, days };
}
