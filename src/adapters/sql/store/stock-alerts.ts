import type { LowStockEvent, StockMovement } from "../../../core/ports/stock-port";
import { Quantity } from "../../../core/quantity/quantity";
import type { SqlTransaction } from "../sql-client";
import { insertRows } from "./sql-values";

/**
 * A SKU's stock level (after the movements being recorded) beside its reorder point.
 *
 * @internal
 */
export interface LevelRow {
  readonly sku: string;
  readonly level: bigint;
  readonly point: bigint;
}

/** Walks a SKU's new movements from the level before them and names the one that crosses the point. */
function crossings(recorded: readonly StockMovement[], row: LevelRow): LowStockEvent[] {
  const mine = recorded.filter((movement) => movement.sku === row.sku);
  let level = row.level;
  for (const movement of mine) level -= movement.delta.millionths;
  const events: LowStockEvent[] = [];
  for (const movement of mine) {
    const before = level;
    level += movement.delta.millionths;
    if (before > row.point && level <= row.point)
      events.push({
        storeId: movement.storeId,
        sku: movement.sku,
        movementId: movement.movementId,
        level: new Quantity(level, movement.delta.unit),
        reorderPoint: new Quantity(row.point, movement.delta.unit),
        at: movement.at,
      });
  }
  return events;
}

/**
 * The low-stock events of newly recorded movements of one store: a movement that takes its SKU's level
 * from above the reorder point to at or below it.
 *
 * @param recorded - the movements just recorded, in order
 * @param levels - each SKU's level after them, with its reorder point (SKUs without one are absent)
 * @returns the events, in movement order per SKU
 * @internal
 */
export function lowStockEventsOf(
  recorded: readonly StockMovement[],
  levels: readonly LevelRow[],
): LowStockEvent[] {
  return levels.flatMap((row) => crossings(recorded, row));
}

/**
 * Stores low-stock events (no statement when there are none).
 *
 * @internal
 */
export async function saveAlerts(
  transaction: SqlTransaction,
  events: readonly LowStockEvent[],
): Promise<void> {
  await insertRows(
    transaction,
    "stock_alerts",
    ["store_id", "sku", "movement_id", "level_millionths", "reorder_point_millionths", "unit", "occurred_at"],
    events.map((event) => [
      event.storeId,
      event.sku,
      event.movementId,
      event.level.millionths.toString(),
      event.reorderPoint.millionths.toString(),
      event.level.unit,
      event.at,
    ]),
  );
}
