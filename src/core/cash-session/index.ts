export { type CashCount, cashCountSchema, countCash } from "./count-cash";
export { createRegisterSession, type RegisterSession } from "./create-register-session";
export { DENOMINATION_TABLES, type DenominationTable, getDenominationTable } from "./denomination-tables";
export { clockShift, openDrawer, openDrawerInputSchema } from "./drawer-and-shift";
export { type CashSessionState, projectCashSession, reduceCashSession } from "./project-cash-session";
export { computeRegisterReport, type RegisterReport, reportDraft } from "./register-report";
export { completionDraft, saleSummaryFromPriced } from "./sale-summary";
export {
  negateSaleSummaryLines,
  type SaleSummaryLine,
  type SaleSummarySource,
  saleSummaryLineSchema,
  saleSummaryLines,
} from "./sale-summary-lines";
export { closeSession, openSession, recordCashMovement, type SessionContext } from "./session-commands";
export { cashMovementInputSchema, closeSessionInputSchema, openSessionInputSchema } from "./session-inputs";
export {
  cashMovementPayloadSchema,
  drawerOpenedPayloadSchema,
  type SaleSummaryPayload,
  type SaleSummaryPayloadJson,
  saleSummaryPayloadSchema,
  sessionClosedPayloadSchema,
  sessionOpenedPayloadSchema,
  shiftPayloadSchema,
  summaryTaxSchema,
} from "./session-payloads";
