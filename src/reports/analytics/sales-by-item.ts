import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { Money } from "../../core/money/money";
import { formatScaled, normalizeScaled } from "../../core/numbers/scaled-decimal";
import type { SaleFacts, SaleLineFact } from "../projections/sale-fact";

/**
 * The line-level groupings: by SKU, category or department.
 *
 * @public
 */
export const LINE_DIMENSIONS = ["item", "category", "department"] as const;

/**
 * zod schema of a line-level grouping.
 *
 * @public
 */
export const lineDimensionSchema = /* @__PURE__ */ z.enum(LINE_DIMENSIONS);

/**
 * A line-level grouping, see {@link LINE_DIMENSIONS}.
 *
 * @public
 */
export type LineDimension = z.infer<typeof lineDimensionSchema>;

/**
 * One row of a line-level report. `revenue` is net of discounts and of included tax; `cost` and `margin`
 * cover only lines with a known cost (`costedRevenue` is their revenue), so a partly costed item never
 * shows an invented margin.
 *
 * @public
 */
export interface LineRow {
  readonly key: string;
  /** Signed units in millionths (returns subtract). */
  readonly unitsMillionths: bigint;
  /** Units as decimal text ("12", "3.5"). */
  readonly units: string;
  readonly revenue: Money;
  readonly discounts: Money;
  readonly costedRevenue: Money;
  readonly cost: Money;
  readonly margin: Money;
}

/**
 * A line-level report.
 *
 * @public
 */
export interface LineReport {
  readonly currency: string;
  readonly rows: readonly LineRow[];
  readonly total: LineRow;
  /**
   * Receipts whose journal entry carries no line detail (written before completion entries listed their
   * lines): their amounts are in the receipt-level reports but not in these rows. Zero means the rows
   * cover every receipt of the period.
   */
  readonly receiptsWithoutLines: number;
}

interface Accumulator {
  units: bigint;
  revenue: bigint;
  discounts: bigint;
  costedRevenue: bigint;
  cost: bigint;
}

const empty = (): Accumulator => ({ units: 0n, revenue: 0n, discounts: 0n, costedRevenue: 0n, cost: 0n });

function add(acc: Accumulator, line: SaleLineFact): void {
  acc.units += line.quantityMillionths;
  acc.revenue += line.netExTax.minor;
  for (const entry of line.adjustments) acc.discounts += entry.amount.minor;
  if (line.cost !== undefined) {
    acc.costedRevenue += line.netExTax.minor;
    acc.cost += line.cost.minor;
  }
}

function toRow(key: string, acc: Accumulator, currency: string): LineRow {
  const units = normalizeScaled({ units: acc.units, scale: 6 });
  return {
    key,
    unitsMillionths: acc.units,
    units: formatScaled(units.units, units.scale),
    revenue: new Money(acc.revenue, currency),
    discounts: new Money(acc.discounts, currency),
    costedRevenue: new Money(acc.costedRevenue, currency),
    cost: new Money(acc.cost, currency),
    margin: new Money(acc.costedRevenue - acc.cost, currency),
  };
}

const KEY_OF: Readonly<Record<LineDimension, (line: SaleLineFact) => string>> = {
  item: (line) => line.sku,
  category: (line) => line.category,
  department: (line) => line.department ?? "unknown",
};

/**
 * Sales by item, category or department from the line detail of receipts (receipts without lines are
 * not in it; see `SaleFact.hasLines`).
 *
 * @param facts - from `readSaleFacts`
 * @param dimension - item, category or department
 * @returns rows sorted by key and the total
 * @throws TillError INVALID_INPUT for an unknown dimension
 * @public
 */
export function salesByLine(facts: SaleFacts, dimension: LineDimension): LineReport {
  const keyOf = KEY_OF[parseWith(lineDimensionSchema, dimension, ["dimension"])];
  const groups = new Map<string, Accumulator>();
  const total = empty();
  let receiptsWithoutLines = 0;
  for (const fact of facts.sales) {
    if (!fact.hasLines) receiptsWithoutLines += 1;
    for (const line of fact.lines) {
      const key = keyOf(line);
      let acc = groups.get(key);
      if (acc === undefined) {
        acc = empty();
        groups.set(key, acc);
      }
      add(acc, line);
      add(total, line);
    }
  }
  const rows = [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, acc]) => toRow(key, acc, facts.currency));
  return {
    currency: facts.currency,
    rows,
    total: toRow("total", total, facts.currency),
    receiptsWithoutLines,
  };
}
