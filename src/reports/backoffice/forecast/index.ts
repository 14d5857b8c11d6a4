export {
  calendarDateSchema,
  type DailyUnitSalesOptions,
  type DailyUnitSeries,
  dailyUnitSales,
  dailyUnitSalesOptionsSchema,
} from "./daily-unit-sales";
export { type DaysOfSupplyInput, daysOfSupply, daysOfSupplyInputSchema } from "./days-of-supply";
export type { ForecastAccuracy } from "./forecast-accuracy";
export {
  type DemandForecast,
  demandHistorySchema,
  type ForecastOptions,
  forecastDemand,
  forecastOptionsSchema,
} from "./forecast-demand";
