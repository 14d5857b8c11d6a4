import { z } from "zod";
import { parseWith } from "../../../core/errors/from-zod";
import { TillError } from "../../../core/errors/till-error";
import { moneyJsonSchema } from "../../../core/money/money-conversions";
import type { StockMovement } from "../../analytics/stock-movement";
import {
  millionthsOf,
  nonNegativeQuantityTextSchema,
  positiveQuantityTextSchema,
  quantityText,
} from "../quantity-text";
import { PURCHASE_ORDER_RECEIVED, type PurchaseOrderReceivedDraft } from "./purchase-order-received";

/**
 * zod schema of a goods-in against a purchase order. `outstanding` (optional) lists what the order still
 * awaited before this receipt; with it a receipt is checked (no SKU off the order, no more than
 * outstanding) and the result says what remains.
 *
 * @public
 */
export const receivePurchaseOrderInputSchema = /* @__PURE__ */ z.object({
  registerId: z.string().min(1).max(128),
  receiptId: z.string().min(1).max(100),
  purchaseOrderId: z.string().min(1).max(128),
  storeId: z.string().min(1),
  receivedAt: z.iso.datetime(),
  outstanding: z
    .array(z.object({ sku: z.string().min(1), quantity: nonNegativeQuantityTextSchema }))
    .optional(),
  lines: z
    .array(
      z.object({ sku: z.string().min(1), quantity: positiveQuantityTextSchema, unitCost: moneyJsonSchema }),
    )
    .min(1),
});

/**
 * Input of {@link receivePurchaseOrder}, see {@link receivePurchaseOrderInputSchema}.
 *
 * @public
 */
export type ReceivePurchaseOrderInput = z.input<typeof receivePurchaseOrderInputSchema>;

/**
 * What a goods-in posts: the journal draft, the stock-ledger movements (reason "received", with the unit
 * cost) and, when the outstanding lines were given, what the order still awaits.
 *
 * @public
 */
export interface PurchaseOrderReceipt {
  readonly draft: PurchaseOrderReceivedDraft;
  readonly stockMovements: readonly StockMovement[];
  readonly remaining?: readonly { readonly sku: string; readonly quantity: string }[];
  readonly isComplete?: boolean;
}

type Parsed = z.output<typeof receivePurchaseOrderInputSchema>;

function remainingAfter(parsed: Parsed, outstanding: NonNullable<Parsed["outstanding"]>) {
  const left = new Map(
    outstanding.map((line, i) => [line.sku, millionthsOf(line.quantity, ["input", "outstanding", i])]),
  );
  parsed.lines.forEach((line, index) => {
    const path = ["input", "lines", index];
    const open = left.get(line.sku);
    if (open === undefined)
      throw new TillError("UNKNOWN_SKU", {
        message: `${line.sku} is not on the order`,
        path: [...path, "sku"],
      });
    const after = open - millionthsOf(line.quantity, [...path, "quantity"]);
    if (after < 0n)
      throw new TillError("INVALID_QUANTITY", {
        message: `Receiving more ${line.sku} than the order awaits (${quantityText(open)})`,
        path: [...path, "quantity"],
      });
    left.set(line.sku, after);
  });
  return [...left.entries()].map(([sku, quantity]) => ({ sku, quantity: quantityText(quantity) }));
}

/**
 * Receives goods against a purchase order, in full or in part, as data to post: a
 * `purchase-order.received` journal draft whose event id is derived from the receipt id, and the stock
 * movements. Posting the same receipt twice changes nothing the second time: the journal refuses the
 * repeated event id, and `projectReceivedStock` counts each receipt id once.
 *
 * @param input - the receipt, see {@link receivePurchaseOrderInputSchema}
 * @returns the draft, stock movements and what remains on the order
 * @throws TillError INVALID_INPUT with the field path; UNKNOWN_SKU for a line not on the order;
 *   INVALID_QUANTITY for more than the order awaits
 * @public
 */
export function receivePurchaseOrder(input: ReceivePurchaseOrderInput): PurchaseOrderReceipt {
  const parsed = parseWith(receivePurchaseOrderInputSchema, input, ["input"]);
  const remaining = parsed.outstanding === undefined ? undefined : remainingAfter(parsed, parsed.outstanding);
  const draft: PurchaseOrderReceivedDraft = {
    registerId: parsed.registerId,
    eventId: `${PURCHASE_ORDER_RECEIVED}:${parsed.receiptId}`,
    type: PURCHASE_ORDER_RECEIVED,
    timestamp: parsed.receivedAt,
    payload: {
      receiptId: parsed.receiptId,
      purchaseOrderId: parsed.purchaseOrderId,
      storeId: parsed.storeId,
      lines: parsed.lines.map((line) => ({
        sku: line.sku,
        quantity: line.quantity,
        unitCost: line.unitCost.toJSON(),
      })),
    },
  };
  const stockMovements = parsed.lines.map((line) => ({
    sku: line.sku,
    store: parsed.storeId,
    delta: quantityText(millionthsOf(line.quantity)),
    unitCost: line.unitCost.toString(),
    reason: "received" as const,
    time: parsed.receivedAt,
  }));
  if (remaining === undefined) return { draft, stockMovements };
  return { draft, stockMovements, remaining, isComplete: remaining.every((line) => line.quantity === "0") };
}
