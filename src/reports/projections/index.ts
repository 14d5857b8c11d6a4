export { reportSalePayloadSchema } from "./parse-sale-fact";
export {
  projectSaleFacts,
  type ReadSaleFactsOptions,
  readSaleFacts,
  readSaleFactsOptionsSchema,
} from "./read-sale-facts";
export {
  type SaleDetailItem,
  type SaleDetailJson,
  type SaleDetailOptions,
  saleDetailFromPriced,
  saleDetailLineSchema,
  saleDetailSchema,
} from "./sale-detail";
export type { AdjustmentFact, SaleFact, SaleFacts, SaleLineFact, SessionFact } from "./sale-fact";
export { accountingDocumentOf, accountingSourceOf } from "./to-accounting-documents";
