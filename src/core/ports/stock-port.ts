import { z } from "zod";
import type { Quantity } from "../quantity/quantity";
import { quantityValueSchema, timestampSchema } from "../sale/value-schemas";

/**
 * zod schema for one stock movement: a signed delta of one SKU in one store (negative: goods left).
 * `movementId` is the idempotency key; recording the same id again changes nothing.
 *
 * @public
 */
export const stockMovementSchema = /* @__PURE__ */ z.object({
  movementId: z.string().min(1),
  storeId: z.string().min(1),
  sku: z.string().min(1),
  delta: quantityValueSchema,
  /** "sale", "return", "receipt", "count", "waste", ... */
  reason: z.string().min(1),
  reference: z.string().optional(),
  at: timestampSchema,
});

/**
 * A stock movement (values), see {@link stockMovementSchema}.
 *
 * @public
 */
export type StockMovement = z.output<typeof stockMovementSchema>;

/**
 * The JSON form of a {@link StockMovement}.
 *
 * @public
 */
export type StockMovementInput = z.input<typeof stockMovementSchema>;

/**
 * The level of one SKU: the sum of its deltas, with its reorder point when one is set.
 *
 * @public
 */
export interface StockLevel {
  readonly storeId: string;
  readonly sku: string;
  readonly level: Quantity;
  readonly reorderPoint?: Quantity;
  /** True when a reorder point is set and the level is at or below it. */
  readonly isLow: boolean;
}

/**
 * Raised when a movement takes a level from above its reorder point to at or below it. A level that
 * stays low raises nothing more until it climbs above the point again.
 *
 * @public
 */
export interface LowStockEvent {
  readonly storeId: string;
  readonly sku: string;
  readonly movementId: string;
  readonly level: Quantity;
  readonly reorderPoint: Quantity;
  readonly at: string;
}

/**
 * The stock ledger port: movements are deltas, levels are derived, never stored as a number that two
 * tills could overwrite.
 *
 * @public
 */
export interface StockPort {
  /** Records movements atomically; ids already recorded are skipped. @returns low-stock events raised */
  record(movements: readonly StockMovementInput[]): Promise<readonly LowStockEvent[]>;
  /** Sets (or replaces) the reorder point of a SKU. */
  setReorderPoint(storeId: string, sku: string, point: Quantity): Promise<void>;
  /** @returns the level of one SKU (zero "each" when it never moved) */
  level(storeId: string, sku: string): Promise<StockLevel>;
  /** @returns the levels of every SKU that moved or has a reorder point, by SKU */
  levels(storeId: string): Promise<readonly StockLevel[]>;
  /** @returns low-stock events of a store, oldest first */
  lowStockEvents(storeId: string): Promise<readonly LowStockEvent[]>;
}
