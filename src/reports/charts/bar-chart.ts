import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { decimalStringSchema } from "../../core/numbers/decimal-input";
import type { XmlElement } from "../exports/saft/xml-element";
import { CHART_COLORS, chartSizeShape } from "./chart-options";
import { makeChartScale } from "./chart-scale";
import { svgElement, writeSvg } from "./svg-document";

/**
 * zod schema of a bar chart: labelled values as exact decimal strings (sales by hour, by category).
 *
 * @public
 */
export const barChartSchema = /* @__PURE__ */ z.object({
  title: z.string().max(200),
  bars: z.array(z.object({ label: z.string().max(100), value: decimalStringSchema })).max(400),
  ...chartSizeShape(),
});

/**
 * A bar chart's data.
 *
 * @public
 */
export type BarChartInput = z.input<typeof barChartSchema>;

const MARGIN = { top: 36, right: 16, bottom: 40, left: 16 } as const;

/**
 * Renders a vertical bar chart as SVG text: one `rect` per bar (negative values hang below the zero
 * line), the value above each bar and the label below, and the zero axis. Geometry is exact integer
 * arithmetic, so output is deterministic.
 *
 * @param input - title, bars and size
 * @returns SVG text
 * @throws TillError INVALID_INPUT, INVALID_DECIMAL (path of the value)
 * @example
 * ```ts
 * renderBarChart({ title: "Sales by hour", bars: [{ label: "09", value: "120.50" }] });
 * ```
 * @public
 */
export function renderBarChart(input: BarChartInput): string {
  const chart = parseWith(barChartSchema, input);
  const plotWidth = chart.width - MARGIN.left - MARGIN.right;
  const plotHeight = chart.height - MARGIN.top - MARGIN.bottom;
  const scale = makeChartScale(
    chart.bars.map((bar) => bar.value),
    ["bars"],
  );
  const band = chart.bars.length === 0 ? plotWidth : Math.floor(plotWidth / chart.bars.length);
  const barWidth = Math.max(1, Math.floor((band * 4) / 5));
  const baseline = MARGIN.top + plotHeight - scale.offset(0n, plotHeight);
  const parts: XmlElement[] = [];
  chart.bars.forEach((bar, index) => {
    const value = scale.units[index] ?? 0n;
    const top = MARGIN.top + plotHeight - scale.offset(value, plotHeight);
    const x = MARGIN.left + index * band + Math.floor((band - barWidth) / 2);
    const center = MARGIN.left + index * band + Math.floor(band / 2);
    const y = Math.min(top, baseline);
    parts.push(
      svgElement(
        "rect",
        { class: "bar", x, y, width: barWidth, height: Math.abs(baseline - top), fill: CHART_COLORS.bar },
        [svgElement("title", {}, `${bar.label}: ${scale.text(value)}`)],
      ),
      svgElement("text", { class: "value", x: center, y: y - 4, "text-anchor": "middle" }, scale.text(value)),
      svgElement(
        "text",
        { class: "label", x: center, y: chart.height - MARGIN.bottom + 16, "text-anchor": "middle" },
        bar.label,
      ),
    );
  });
  const axis = svgElement("line", {
    class: "axis",
    x1: MARGIN.left,
    y1: baseline,
    x2: chart.width - MARGIN.right,
    y2: baseline,
    stroke: CHART_COLORS.axis,
  });
  return writeSvg(chart.title, chart.width, chart.height, [axis, ...parts]);
}
