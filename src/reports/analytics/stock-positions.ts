import { parseWith } from "../../core/errors/from-zod";
import { parseMoney } from "../../core/money/create-money";
import { parseQuantity } from "../../core/quantity/quantity";
import { divideRounded } from "../../core/rounding/divide-rounded";
import { stockMovementSchema } from "./stock-movement";

/**
 * Where one SKU stands at one store: quantities in millionths, money in minor units.
 *
 * @internal
 */
export interface StockPosition {
  readonly sku: string;
  readonly store: string;
  opening: bigint;
  onHand: bigint;
  sold: bigint;
  cogs: bigint;
  lastCost: bigint;
  openingCost: bigint;
}

/**
 * Value of a quantity at a unit cost, half-up to the minor unit.
 *
 * @param millionths - quantity in millionths
 * @param costMinor - unit cost in minor units
 * @returns the value in minor units
 * @internal
 */
export function stockValue(millionths: bigint, costMinor: bigint): bigint {
  return divideRounded(millionths * costMinor, 1_000_000n, "half-up");
}

/**
 * Replays validated stock movements in time order up to `to`: opening position at `from`, position at
 * `to`, units sold (sales less customer returns) and their cost in `[from, to)`.
 *
 * @param movementsInput - stock movements (validated here)
 * @param currency - currency of the unit costs
 * @param from - period start, epoch ms
 * @param to - period end (exclusive), epoch ms
 * @returns positions by SKU and store
 * @throws TillError INVALID_INPUT naming the bad movement; MONEY_PRECISION for a cost with excess decimals
 * @internal
 */
export function stockPositions(
  movementsInput: readonly unknown[],
  currency: string,
  from: number,
  to: number,
): Map<string, StockPosition> {
  const movements = movementsInput
    .map((input, index) => ({ ...parseWith(stockMovementSchema, input, ["movements", index]), index }))
    .sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || a.index - b.index);
  const positions = new Map<string, StockPosition>();
  for (const movement of movements) {
    const time = Date.parse(movement.time);
    if (time >= to) continue;
    const key = `${movement.sku}\u0000${movement.store}`;
    const at = positions.get(key) ?? {
      sku: movement.sku,
      store: movement.store,
      opening: 0n,
      onHand: 0n,
      sold: 0n,
      cogs: 0n,
      lastCost: 0n,
      openingCost: 0n,
    };
    const delta = parseQuantity(movement.delta, "each", ["movements", movement.index, "delta"]).millionths;
    const cost =
      movement.unitCost === undefined
        ? at.lastCost
        : parseMoney(movement.unitCost, currency, { path: ["movements", movement.index, "unitCost"] }).minor;
    at.onHand += delta;
    if (time < from) {
      at.opening += delta;
      at.openingCost = cost;
    } else if (movement.reason === "sold" || movement.reason === "returned") {
      at.sold -= delta;
      at.cogs -= stockValue(delta, cost);
    }
    if (movement.reason === "received" && movement.unitCost !== undefined) at.lastCost = cost;
    positions.set(key, at);
  }
  return positions;
}
