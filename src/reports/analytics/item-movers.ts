import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { formatScaled } from "../../core/numbers/scaled-decimal";
import { parseQuantity } from "../../core/quantity/quantity";
import { divideRounded } from "../../core/rounding/divide-rounded";
import type { LineReport, LineRow } from "./sales-by-item";

/**
 * The fastest or slowest movers of an item report: rows ordered by units (then by key), first `count`.
 *
 * @param report - from `salesByLine(facts, "item")`
 * @param direction - "fast" (most units first) or "slow" (fewest first)
 * @param count - how many rows
 * @returns the rows
 * @public
 */
export function movers(report: LineReport, direction: "fast" | "slow", count: number): LineRow[] {
  const sign = direction === "fast" ? -1 : 1;
  return [...report.rows]
    .sort((a, b) => {
      if (a.unitsMillionths !== b.unitsMillionths)
        return a.unitsMillionths < b.unitsMillionths ? -sign : sign;
      return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    })
    .slice(0, count);
}

/**
 * zod schema of the stock received per SKU, as decimal quantities ({ "MILK": "120" }).
 *
 * @public
 */
export const stockReceivedSchema = /* @__PURE__ */ z.record(z.string(), z.string().regex(/^\d+(\.\d+)?$/));

/**
 * Sell-through per SKU: units sold ÷ units received, as a percentage with two decimals (half-up), for
 * every SKU that received stock. A SKU with nothing received is left out (no division by zero).
 *
 * @param report - from `salesByLine(facts, "item")`
 * @param received - units received by SKU
 * @returns rows `{ sku, sold, received, percent }`
 * @throws TillError INVALID_INPUT for a malformed quantity
 * @public
 */
export function sellThrough(
  report: LineReport,
  received: z.input<typeof stockReceivedSchema>,
): { sku: string; sold: string; received: string; percent: string }[] {
  const valid = parseWith(stockReceivedSchema, received, ["received"]);
  const sold = new Map(report.rows.map((row) => [row.key, row]));
  return Object.entries(valid)
    .map(([sku, text]) => ({
      sku,
      millionths: parseQuantity(text, "each", ["received", sku]).millionths,
      text,
    }))
    .filter((row) => row.millionths > 0n)
    .sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0))
    .map(({ sku, millionths, text }) => {
      const row = sold.get(sku);
      const units = row?.unitsMillionths ?? 0n;
      const hundredths = divideRounded(units * 10_000n, millionths, "half-up");
      return { sku, sold: row?.units ?? "0", received: text, percent: formatScaled(hundredths, 2) };
    });
}

/**
 * The CSV rows of a line-level report (header first, total last).
 *
 * @param report - from {@link salesByLine}
 * @param keyHeader - header of the key column ("sku", "category")
 * @returns rows for `writeCsv`
 * @public
 */
export function lineReportCsv(report: LineReport, keyHeader: string): string[][] {
  const cells = (row: LineRow) => [
    row.key,
    row.units,
    row.revenue.toString(),
    row.discounts.toString(),
    row.cost.toString(),
    row.margin.toString(),
    report.currency,
  ];
  return [
    [keyHeader, "units", "revenue", "discounts", "cost", "margin", "currency"],
    ...report.rows.map(cells),
    cells(report.total),
  ];
}
