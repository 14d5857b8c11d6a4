export { roundToPacks } from "./order-quantity";
export {
  projectReceivedStock,
  type ReceivedStock,
  type ReceivedStockOptions,
  type ReceivedStockPosition,
  receivedStockOptionsSchema,
} from "./project-received-stock";
export { purchaseOrderCsv } from "./purchase-order-csv";
export {
  draftPurchaseOrders,
  type PurchaseOrderDraft,
  type PurchaseOrderDraftOptions,
  type PurchaseOrderLine,
  purchaseOrderDraftOptionsSchema,
} from "./purchase-order-draft";
export {
  PURCHASE_ORDER_RECEIVED,
  type PurchaseOrderReceivedDraft,
  type PurchaseOrderReceivedPayload,
  purchaseOrderReceivedPayloadSchema,
} from "./purchase-order-received";
export {
  type PurchaseOrderReceipt,
  type ReceivePurchaseOrderInput,
  receivePurchaseOrder,
  receivePurchaseOrderInputSchema,
} from "./receive-purchase-order";
export {
  openOrderLineSchema,
  type ReorderInput,
  reorderInputSchema,
  reorderItemSchema,
} from "./reorder-input";
export type {
  MissingSupplierData,
  ReorderNote,
  ReorderResult,
  ReorderSuggestion,
} from "./reorder-result";
export { suggestReorders } from "./reorder-suggestions";
export {
  type SupplierField,
  type SupplierItem,
  type SupplierItemInput,
  supplierItemInputSchema,
  supplierItemSchema,
} from "./supplier-item";
