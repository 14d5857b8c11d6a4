export { addTender } from "./add-tender";
export { assertRefundApproved } from "./assert-refund-approved";
export { balanceTenders, type TenderBalance } from "./balance-tenders";
export { convertForeignCash } from "./convert-foreign-cash";
export { makeTenderPolicy } from "./make-tender-policy";
export {
  planRefund,
  planRefundAcross,
  type RefundLine,
  type RefundPlan,
  type RefundPlanInput,
  refundPlanInputSchema,
} from "./plan-refund";
export { settleTenders, type TenderSettlement } from "./settle-tenders";
export {
  checkStoredValueTender,
  type StoredValueKind,
  type StoredValuePort,
  type StoredValueRejectionReason,
  type StoredValueResult,
  storedValueRedemptions,
} from "./stored-value-port";
export {
  CASH_TENDER_KINDS,
  isCountedTender,
  TENDER_KINDS,
  TENDER_STATES,
  type Tender,
  type TenderKind,
  tenderSchema,
} from "./tender";
export { type TenderInput, tenderInputSchema } from "./tender-input";
export {
  type ExchangeRateTable,
  exchangeRateTableSchema,
  type TenderPolicy,
  type TenderPolicyInput,
  tenderPolicySchema,
} from "./tender-policy";
export { startTendering, type TenderState, tenderStateSchema } from "./tender-state";
export { applyPaymentResult, applyStoredValueBalance, removeTender } from "./update-tender";
