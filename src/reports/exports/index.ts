export { exportGeneralLedgerCsv, GENERAL_LEDGER_COLUMNS } from "./general-ledger-csv";
export { exportGeneralLedgerJsonLines } from "./general-ledger-json-lines";
export { exportQuickBooksIif, type IifOptions, iifOptionsSchema } from "./quickbooks-iif";
export * from "./saft";
export {
  type ExportFile,
  exportXeroManualJournals,
  XERO_COLUMNS,
  type XeroOptions,
  xeroOptionsSchema,
} from "./xero-manual-journals";
