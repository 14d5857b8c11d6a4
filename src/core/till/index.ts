export * from "./create-till";
export {
  type AddTenderInput,
  addTenderInputSchema,
  type ReturnItemsInput,
  returnItemsInputSchema,
} from "./till-checkout-operations";
export * from "./till-config";
export { type AddDiscountInput, addDiscountInputSchema } from "./till-discount-operations";
export * from "./till-events";
export { type AddItemInput, addItemInputSchema } from "./till-line-operations";
