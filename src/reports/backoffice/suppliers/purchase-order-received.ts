import { z } from "zod";
import { currencyCodeSchema } from "../../../core/currency/currency";
import { decimalStringSchema } from "../../../core/numbers/decimal-input";
import { positiveQuantityTextSchema } from "../quantity-text";

/**
 * The journal entry type of a purchase-order receipt.
 *
 * @public
 */
export const PURCHASE_ORDER_RECEIVED = "purchase-order.received";

/**
 * zod schema of the payload of a `purchase-order.received` entry: which receipt (the idempotency key of
 * the goods-in), of which order, at which store, and the units and unit cost of each line received.
 *
 * @public
 */
export const purchaseOrderReceivedPayloadSchema = /* @__PURE__ */ z.object({
  receiptId: z.string().min(1).max(128),
  purchaseOrderId: z.string().min(1).max(128),
  storeId: z.string().min(1),
  lines: z
    .array(
      z.object({
        sku: z.string().min(1),
        quantity: positiveQuantityTextSchema,
        unitCost: z.object({ amount: decimalStringSchema, currency: currencyCodeSchema }),
      }),
    )
    .min(1),
});

/**
 * Payload of a `purchase-order.received` entry, see {@link purchaseOrderReceivedPayloadSchema}.
 *
 * @public
 */
export type PurchaseOrderReceivedPayload = z.infer<typeof purchaseOrderReceivedPayloadSchema>;

/**
 * A `purchase-order.received` fact for the journal to record. Its event id is derived from the receipt
 * id, so the journal's unique event id refuses a receipt posted twice as well.
 *
 * @public
 */
export interface PurchaseOrderReceivedDraft {
  readonly registerId: string;
  readonly eventId: string;
  readonly type: typeof PURCHASE_ORDER_RECEIVED;
  readonly timestamp: string;
  readonly payload: PurchaseOrderReceivedPayload;
}
