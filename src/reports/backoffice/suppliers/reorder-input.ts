import { z } from "zod";
import { currencyCodeSchema } from "../../../core/currency/currency";
import { decimalStringSchema } from "../../../core/numbers/decimal-input";
import { nonNegativeQuantityTextSchema, quantityTextSchema } from "../quantity-text";
import { supplierItemInputSchema } from "./supplier-item";

/**
 * zod schema of one item at one store to consider for reordering. `onHand` may be negative (sold before
 * it was received); `dailyDemand` is the forecast's mean daily units (see `forecastDemand`), any scale.
 *
 * @public
 */
export const reorderItemSchema = /* @__PURE__ */ z.object({
  sku: z.string().min(1),
  storeId: z.string().min(1),
  onHand: quantityTextSchema,
  reorderPoint: nonNegativeQuantityTextSchema,
  dailyDemand: decimalStringSchema
    .refine((text) => !text.startsWith("-"), { message: "Expected a demand of zero or more" })
    .optional(),
});

/**
 * zod schema of a purchase-order line not yet received in full: what is still to come.
 *
 * @public
 */
export const openOrderLineSchema = /* @__PURE__ */ z.object({
  purchaseOrderId: z.string().min(1),
  sku: z.string().min(1),
  storeId: z.string().min(1),
  outstanding: nonNegativeQuantityTextSchema,
});

/**
 * zod schema of the input of `suggestReorders`: the report currency, how many days an order should
 * cover beyond its lead time, the items, their supplier records (the first record of a SKU is its
 * preferred supplier) and the open purchase-order lines.
 *
 * @public
 */
export const reorderInputSchema = /* @__PURE__ */ z.object({
  currency: currencyCodeSchema,
  coverDays: z.number().int().min(0).max(365).default(7),
  items: z.array(reorderItemSchema),
  suppliers: z.array(supplierItemInputSchema).default([]),
  openOrders: z.array(openOrderLineSchema).default([]),
});

/**
 * Input of `suggestReorders`, see {@link reorderInputSchema}.
 *
 * @public
 */
export type ReorderInput = z.input<typeof reorderInputSchema>;
