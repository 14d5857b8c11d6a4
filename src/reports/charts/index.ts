export { type BarChartInput, barChartSchema, renderBarChart } from "./bar-chart";
export { CHART_COLORS } from "./chart-options";
export { type HeatmapInput, heatmapSchema, renderHeatmap } from "./heatmap-chart";
export {
  type PartnerPerformanceChartInput,
  partnerPerformanceChartSchema,
  renderPartnerPerformanceChart,
} from "./partner-performance-chart";
