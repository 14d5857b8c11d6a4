import { z } from "zod";
import { currencyCodeSchema } from "../../../core/currency/currency";
import { parseWith } from "../../../core/errors/from-zod";
import { TillError } from "../../../core/errors/till-error";
import { moneyFromMinor, parseMoney } from "../../../core/money/create-money";
import type { Money } from "../../../core/money/money";
import { moneyJsonSchema } from "../../../core/money/money-conversions";
import { divideRounded } from "../../../core/rounding/divide-rounded";
import { entriesOfTypes } from "../journal-fact";
import { millionthsOf, quantityText, quantityTextSchema } from "../quantity-text";
import { PURCHASE_ORDER_RECEIVED, purchaseOrderReceivedPayloadSchema } from "./purchase-order-received";

/**
 * zod schema of the options of {@link projectReceivedStock}: the cost currency and the position of each
 * item before the entries (stock on hand from the stock ledger, and its average unit cost).
 *
 * @public
 */
export const receivedStockOptionsSchema = /* @__PURE__ */ z.object({
  currency: currencyCodeSchema,
  opening: z
    .array(
      z.object({
        sku: z.string().min(1),
        storeId: z.string().min(1),
        onHand: quantityTextSchema,
        averageCost: moneyJsonSchema,
      }),
    )
    .default([]),
});

/**
 * Options of {@link projectReceivedStock}, see {@link receivedStockOptionsSchema}.
 *
 * @public
 */
export type ReceivedStockOptions = z.input<typeof receivedStockOptionsSchema>;

/**
 * Where an item stands at a store after the receipts: on hand, units received and the moving-average
 * unit cost.
 *
 * @public
 */
export interface ReceivedStockPosition {
  readonly sku: string;
  readonly storeId: string;
  readonly onHand: string;
  readonly received: string;
  readonly averageCost: Money;
}

/**
 * The result of {@link projectReceivedStock}.
 *
 * @public
 */
export interface ReceivedStock {
  readonly positions: readonly ReceivedStockPosition[];
  /** Receipt ids applied, in the order applied. */
  readonly appliedReceipts: readonly string[];
  /** Entries whose receipt id had been applied already: left out, stock changed once. */
  readonly duplicateReceipts: readonly { readonly receiptId: string; readonly eventId: string }[];
}

interface Position {
  sku: string;
  storeId: string;
  onHand: bigint;
  received: bigint;
  averageMinor: bigint;
}

/**
 * The moving average after a receipt. Only stock actually on the shelf carries its cost forward: when
 * stock on hand is zero or negative (units sold before they were received), the new average is the
 * receipt's cost, because the owed units were costed when they sold. 10 at 2.00 plus 30 at 3.00 averages
 * 2.75; -5 on hand plus 10 at 3.00 averages 3.00. Rounded half-up to the minor unit.
 */
function movingAverage(position: Position, quantity: bigint, costMinor: bigint): bigint {
  const before = position.onHand > 0n ? position.onHand : 0n;
  return divideRounded(before * position.averageMinor + quantity * costMinor, before + quantity, "half-up");
}

function openingPositions(options: z.output<typeof receivedStockOptionsSchema>): Map<string, Position> {
  const positions = new Map<string, Position>();
  options.opening.forEach((line, index) => {
    const path = ["options", "opening", index];
    if (line.averageCost.currency !== options.currency)
      throw new TillError("CURRENCY_MISMATCH", { path: [...path, "averageCost", "currency"] });
    positions.set(`${line.sku}\u0000${line.storeId}`, {
      sku: line.sku,
      storeId: line.storeId,
      onHand: millionthsOf(line.onHand, [...path, "onHand"]),
      received: 0n,
      averageMinor: line.averageCost.minor,
    });
  });
  return positions;
}

type ReceivedPayload = z.output<typeof purchaseOrderReceivedPayloadSchema>;

function applyReceipt(
  positions: Map<string, Position>,
  payload: ReceivedPayload,
  currency: string,
  path: readonly (string | number)[],
): void {
  payload.lines.forEach((line, index) => {
    const linePath = [...path, "lines", index];
    const cost = parseMoney(line.unitCost.amount, line.unitCost.currency, {
      path: [...linePath, "unitCost"],
    });
    if (cost.currency !== currency)
      throw new TillError("CURRENCY_MISMATCH", { path: [...linePath, "unitCost", "currency"] });
    const key = `${line.sku}\u0000${payload.storeId}`;
    const position = positions.get(key) ?? {
      sku: line.sku,
      storeId: payload.storeId,
      onHand: 0n,
      received: 0n,
      averageMinor: 0n,
    };
    const quantity = millionthsOf(line.quantity, [...linePath, "quantity"]);
    position.averageMinor = movingAverage(position, quantity, cost.minor);
    position.onHand += quantity;
    position.received += quantity;
    positions.set(key, position);
  });
}

/**
 * Projects `purchase-order.received` entries over opening positions: each receipt adds its units and
 * moves the average cost. A receipt id seen again (a retried post, a replayed sync) is listed under
 * `duplicateReceipts` and changes nothing, so the projection is idempotent.
 *
 * @param entries - journal entries of any types (others are skipped)
 * @param options - currency and opening positions
 * @returns positions sorted by store then SKU, applied and duplicate receipts
 * @throws TillError INVALID_INPUT with the path of a malformed entry or payload; CURRENCY_MISMATCH for a
 *   cost in another currency
 * @public
 */
export function projectReceivedStock(
  entries: readonly unknown[],
  options: ReceivedStockOptions,
): ReceivedStock {
  const parsed = parseWith(receivedStockOptionsSchema, options, ["options"]);
  const positions = openingPositions(parsed);
  const applied = new Set<string>();
  const duplicates: { receiptId: string; eventId: string }[] = [];
  for (const entry of entriesOfTypes(entries, new Set([PURCHASE_ORDER_RECEIVED]))) {
    const path = ["entries", entry.index, "payload"];
    const payload = parseWith(purchaseOrderReceivedPayloadSchema, entry.payload, path);
    if (applied.has(payload.receiptId))
      duplicates.push({ receiptId: payload.receiptId, eventId: entry.eventId });
    else {
      applied.add(payload.receiptId);
      applyReceipt(positions, payload, parsed.currency, path);
    }
  }
  const list = [...positions.values()]
    .sort((a, b) => a.storeId.localeCompare(b.storeId) || a.sku.localeCompare(b.sku))
    .map((position) => ({
      sku: position.sku,
      storeId: position.storeId,
      onHand: quantityText(position.onHand),
      received: quantityText(position.received),
      averageCost: moneyFromMinor(position.averageMinor, parsed.currency),
    }));
  return { positions: list, appliedReceipts: [...applied], duplicateReceipts: duplicates };
}
