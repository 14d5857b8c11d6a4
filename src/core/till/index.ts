export * from "./create-till";
export { type ReturnItemsInput, returnItemsInputSchema } from "./till-checkout-operations";
export * from "./till-config";
export { type AddDiscountInput, addDiscountInputSchema } from "./till-discount-operations";
export * from "./till-events";
export { type AddItemInput, addItemInputSchema } from "./till-line-operations";
export {
  type ResolvePaymentByOperatorInput,
  resolvePaymentByOperatorInputSchema,
} from "./till-payment-operations";
export { type TillCashMovementInput, tillCashMovementInputSchema } from "./till-session-operations";
export { type AddTenderInput, addTenderInputSchema } from "./till-tender-operations";
