export * from "./affinity";
export * from "./forecast";
export * from "./hours";
export { backofficeEntrySchema } from "./journal-fact";
export {
  nonNegativeQuantityTextSchema,
  positiveQuantityTextSchema,
  quantityTextSchema,
} from "./quantity-text";
export * from "./suppliers";
