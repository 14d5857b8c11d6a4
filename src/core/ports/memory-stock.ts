import { parseWith } from "../errors/from-zod";
import { Quantity } from "../quantity/quantity";
import type { UnitOfMeasure } from "../quantity/unit-of-measure";
import {
  type LowStockEvent,
  type StockLevel,
  type StockMovement,
  type StockPort,
  stockMovementSchema,
} from "./stock-port";

const keyOf = (storeId: string, sku: string) => `${storeId}\u0000${sku}`;

/**
 * An in-memory {@link StockPort}: movements kept as given, levels summed on read. A batch is validated
 * whole before anything is recorded.
 *
 * @returns the stock port
 * @throws TillError INVALID_INPUT (from `record`) with the path of a bad movement
 * @public
 */
export function createMemoryStock(): StockPort {
  const movements: StockMovement[] = [];
  const ids = new Set<string>();
  const points = new Map<string, Quantity>();
  const events: LowStockEvent[] = [];
  const sumOf = (storeId: string, sku: string): { millionths: bigint; unit: UnitOfMeasure } => {
    let millionths = 0n;
    let unit: UnitOfMeasure = points.get(keyOf(storeId, sku))?.unit ?? "each";
    for (const movement of movements)
      if (movement.storeId === storeId && movement.sku === sku) {
        millionths += movement.delta.millionths;
        unit = movement.delta.unit;
      }
    return { millionths, unit };
  };
  const levelOf = (storeId: string, sku: string): StockLevel => {
    const { millionths, unit } = sumOf(storeId, sku);
    const point = points.get(keyOf(storeId, sku));
    return {
      storeId,
      sku,
      level: new Quantity(millionths, unit),
      ...(point === undefined ? {} : { reorderPoint: point }),
      isLow: point !== undefined && millionths <= point.millionths,
    };
  };
  return {
    async record(input) {
      const parsed = input.map((movement, index) => parseWith(stockMovementSchema, movement, [index]));
      const raised: LowStockEvent[] = [];
      for (const movement of parsed) {
        if (ids.has(movement.movementId)) continue;
        const before = sumOf(movement.storeId, movement.sku).millionths;
        ids.add(movement.movementId);
        movements.push(movement);
        const after = before + movement.delta.millionths;
        const point = points.get(keyOf(movement.storeId, movement.sku));
        if (point !== undefined && before > point.millionths && after <= point.millionths)
          raised.push({
            storeId: movement.storeId,
            sku: movement.sku,
            movementId: movement.movementId,
            level: new Quantity(after, movement.delta.unit),
            reorderPoint: point,
            at: movement.at,
          });
      }
      events.push(...raised);
      return raised;
    },
    async setReorderPoint(storeId, sku, point) {
      points.set(keyOf(storeId, sku), point);
    },
    level: async (storeId, sku) => levelOf(storeId, sku),
    async levels(storeId) {
      const skus = new Set<string>();
      for (const movement of movements) if (movement.storeId === storeId) skus.add(movement.sku);
      for (const key of points.keys())
        if (key.startsWith(`${storeId}\u0000`)) skus.add(key.slice(storeId.length + 1));
      return [...skus].sort().map((sku) => levelOf(storeId, sku));
    },
    lowStockEvents: async (storeId) => events.filter((event) => event.storeId === storeId),
  };
}
