export {
  type CommissionRules,
  type CommissionRulesInput,
  commissionRulesSchema,
  type PartnerPlan,
  partnerPlanSchema,
} from "./commission-rules";
export {
  type CustomerLedgerEntry,
  type CustomerLedgerOptions,
  type CustomerPurchase,
  customerLedger,
  customerLedgerOptionsSchema,
} from "./customer-ledger";
export { customerLedgerCsv } from "./customer-ledger-csv";
export { type DailyReportSet, dailyReportSet } from "./daily-report-set";
export {
  type InventoryOptions,
  type InventoryRow,
  inventoryOptionsSchema,
  inventoryReport,
  inventoryReportCsv,
} from "./inventory-report";
export { lineReportCsv, movers, sellThrough, stockReceivedSchema } from "./item-movers";
export { type LocalTime, makeLocalClock, timeZoneSchema } from "./local-time";
export {
  type CommissionLine,
  type PartnerPeriod,
  partnerCommissions,
} from "./partner-commissions";
export { partnerPerformanceCsv } from "./partner-performance-csv";
export { type PromotionRow, promotionReport, promotionReportCsv } from "./promotion-report";
export { SALES_DIMENSIONS, type SalesDimension, salesBy, salesDimensionSchema } from "./sales-by-dimension";
export {
  LINE_DIMENSIONS,
  type LineDimension,
  type LineReport,
  type LineRow,
  lineDimensionSchema,
  salesByLine,
} from "./sales-by-item";
export {
  type HeatmapCell,
  hourOfWeekHeatmap,
  type SalesReport,
  salesByDay,
  salesByHour,
  type TimeReportOptions,
  timeReportOptionsSchema,
} from "./sales-by-time";
export { type SalesRow, salesRowsCsv, tallySales } from "./sales-tally";
export { commissionStatementCsv, heatmapCsv } from "./statement-csv";
export { STOCK_MOVEMENT_REASONS, type StockMovement, stockMovementSchema } from "./stock-movement";
export { type TaxReport, type TaxReportRow, taxReport, taxReportCsv } from "./tax-report";
