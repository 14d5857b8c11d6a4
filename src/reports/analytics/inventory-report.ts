import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { parseWith } from "../../core/errors/from-zod";
import { Money } from "../../core/money/money";
import { formatScaled, normalizeScaled } from "../../core/numbers/scaled-decimal";
import { parseQuantity } from "../../core/quantity/quantity";
import { divideRounded } from "../../core/rounding/divide-rounded";
import { stockPositions, stockValue } from "./stock-positions";

/**
 * zod schema of the inventory report options: currency of the costs, the half-open period `[from, to)`,
 * and reorder points by SKU.
 *
 * @public
 */
export const inventoryOptionsSchema = /* @__PURE__ */ z
  .object({
    currency: currencyCodeSchema,
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    reorderPoints: z.record(z.string(), z.string().regex(/^\d+(\.\d{1,6})?$/)).default({}),
  })
  .refine((value) => Date.parse(value.from) < Date.parse(value.to), {
    message: "from must be before to",
    path: ["to"],
  });

/**
 * Options of {@link inventoryReport}.
 *
 * @public
 */
export type InventoryOptions = z.input<typeof inventoryOptionsSchema>;

/**
 * One SKU at one store. Ratios are decimal text with two decimals (half-up), absent when undefined
 * (no average inventory, or nothing sold).
 *
 * @public
 */
export interface InventoryRow {
  readonly sku: string;
  readonly store: string;
  readonly opening: string;
  readonly onHand: string;
  readonly sold: string;
  readonly cogs: Money;
  readonly averageInventory: Money;
  readonly turnover?: string;
  readonly daysOfSupply?: string;
  readonly belowReorderPoint: boolean;
}

const qty = (millionths: bigint): string => {
  const value = normalizeScaled({ units: millionths, scale: 6 });
  return formatScaled(value.units, value.scale);
};
const ratio = (numerator: bigint, denominator: bigint): string | undefined =>
  denominator === 0n ? undefined : formatScaled(divideRounded(numerator * 100n, denominator, "half-up"), 2);

/**
 * The inventory report from a stock ledger: stock on hand at the end of the period, units sold and cost
 * of goods sold in it (sales less customer returns, at the movement's cost or the last cost known),
 * average inventory ((opening + closing value) ÷ 2, valued at the last cost known), turnover (COGS ÷
 * average inventory), days of supply (on hand ÷ units sold per day) and the reorder flag (on hand ≤
 * reorder point).
 *
 * @param movementsInput - stock movements in any order
 * @param optionsInput - currency, period and reorder points
 * @returns rows sorted by SKU then store
 * @throws TillError INVALID_INPUT naming the bad movement or option; MONEY_PRECISION for a cost with too
 *   many decimals
 * @public
 */
export function inventoryReport(
  movementsInput: readonly unknown[],
  optionsInput: InventoryOptions,
): InventoryRow[] {
  const options = parseWith(inventoryOptionsSchema, optionsInput, ["options"]);
  const from = Date.parse(options.from);
  const to = Date.parse(options.to);
  const positions = stockPositions(movementsInput, options.currency, from, to);
  // Whole days in the period, at least one (a period of hours still has a daily rate).
  const wholeDays = BigInt(to - from) / 86_400_000n;
  const days = wholeDays < 1n ? 1n : wholeDays;
  return [...positions.values()]
    .sort((a, b) =>
      a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : a.store < b.store ? -1 : a.store > b.store ? 1 : 0,
    )
    .map((at) => {
      const average = divideRounded(
        stockValue(at.opening, at.openingCost) + stockValue(at.onHand, at.lastCost),
        2n,
        "half-up",
      );
      const reorder = options.reorderPoints[at.sku];
      const turnover = ratio(at.cogs, average);
      const daysOfSupply = at.sold > 0n ? ratio(at.onHand * days, at.sold) : undefined;
      return {
        sku: at.sku,
        store: at.store,
        opening: qty(at.opening),
        onHand: qty(at.onHand),
        sold: qty(at.sold),
        cogs: new Money(at.cogs, options.currency),
        averageInventory: new Money(average, options.currency),
        ...(turnover === undefined ? {} : { turnover }),
        ...(daysOfSupply === undefined ? {} : { daysOfSupply }),
        belowReorderPoint: reorder !== undefined && at.onHand <= parseQuantity(reorder, "each").millionths,
      };
    });
}

/**
 * The CSV rows of the inventory report (header first).
 *
 * @param rows - from {@link inventoryReport}
 * @returns rows for `writeCsv`
 * @public
 */
export function inventoryReportCsv(rows: readonly InventoryRow[]): string[][] {
  return [
    [
      "sku",
      "store",
      "opening",
      "on_hand",
      "sold",
      "cogs",
      "average_inventory",
      "turnover",
      "days_of_supply",
      "below_reorder_point",
    ],
    ...rows.map((row) => [
      row.sku,
      row.store,
      row.opening,
      row.onHand,
      row.sold,
      row.cogs.toString(),
      row.averageInventory.toString(),
      row.turnover ?? "",
      row.daysOfSupply ?? "",
      row.belowReorderPoint ? "yes" : "no",
    ]),
  ];
}
