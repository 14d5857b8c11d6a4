export {
  buildReceiptDocument,
  type ReceiptTemplateOptions,
  receiptQrPayload,
  receiptTemplateOptionsSchema,
} from "./build-receipt-document";
export { type ReceiptData, type ReceiptDataInput, receiptDataSchema } from "./receipt-data";
export { type ReceiptContext, receiptDataFromSale } from "./receipt-data-from-sale";
export {
  type Align,
  alignSchema,
  type ReceiptBlock,
  type ReceiptDocument,
  receiptBlockSchema,
  receiptDocumentSchema,
  type TextStyle,
  textStyleSchema,
} from "./receipt-document";
export { labelsFor, RECEIPT_LABELS, type ReceiptLabels } from "./receipt-labels";
