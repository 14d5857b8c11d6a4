export { type CardDetails, cardDetailsSchema } from "./card-details";
export {
  assertNoCardNumber,
  cardSafeTextSchema,
  containsCardNumber,
  isLuhnValid,
  rejectCardNumbers,
} from "./card-number-guard";
export { createPaymentFlow, type PaymentFlow, type PaymentFlowOptions } from "./create-payment-flow";
export { moneyInputSchema } from "./money-input";
export {
  isPaymentInFlight,
  isPaymentSettledPositive,
  PAYMENT_STATUSES,
  type Payment,
  type PaymentStatus,
  paymentSchema,
} from "./payment";
export type { PaymentEvent } from "./payment-event";
export type { OperatorDecisionInput } from "./payment-flow-steps";
export {
  type OperatorDecision,
  operatorDecisionSchema,
  type PaymentRequest,
  paymentRequestSchema,
  type RefundRequest,
  refundRequestSchema,
} from "./payment-requests";
export type { PaymentTerminal, TerminalRequest, TerminalResponse, TerminalStatus } from "./payment-terminal";
export {
  createPaymentTerminalSimulator,
  type PaymentTerminalSimulator,
  type SimulatedOutcome,
} from "./payment-terminal-simulator";
export { reducePayment } from "./reduce-payment";
export { createManualTimer, createSystemTimer, type ManualTimer, type WatchdogTimer } from "./watchdog-timer";
