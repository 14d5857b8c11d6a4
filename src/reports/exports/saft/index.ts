export { exportSaftCashRegister, SAFT_CASH_REGISTER_NAMESPACE } from "./export-saft-cash-register";
export { DEFAULT_SAFT_TENDER_CODES, SAFT_BASIC_TYPES, SAFT_PREDEFINED_CODES } from "./saft-codes";
export { type SaftOptions, saftOptionsSchema } from "./saft-options";
