export { parseQuantity, pieces, QUANTITY_SCALE, Quantity, type QuantityJson } from "./quantity";
export { UNITS_OF_MEASURE, type UnitOfMeasure, unitOfMeasureSchema } from "./unit-of-measure";
