import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { decimalStringSchema } from "../../core/numbers/decimal-input";
import type { XmlElement } from "../exports/saft/xml-element";
import { CHART_COLORS, chartSizeShape } from "./chart-options";
import { makeChartScale } from "./chart-scale";
import { svgElement, writeSvg } from "./svg-document";

/**
 * zod schema of the partner performance chart: per partner the attributed net sales and the commission.
 *
 * @public
 */
export const partnerPerformanceChartSchema = /* @__PURE__ */ z.object({
  title: z.string().max(200),
  partners: z
    .array(
      z.object({ partner: z.string().max(100), sales: decimalStringSchema, commission: decimalStringSchema }),
    )
    .max(200),
  ...chartSizeShape(),
});

/**
 * The partner performance chart's data.
 *
 * @public
 */
export type PartnerPerformanceChartInput = z.input<typeof partnerPerformanceChartSchema>;

const LEFT = 140;
const TOP = 36;

/**
 * Renders partner performance as horizontal grouped bars: per partner a sales bar and a commission bar on
 * one shared scale, the partner name at the left and each amount at the end of its bar.
 *
 * @param input - title, partners and size (height grows to fit 28 px per partner)
 * @returns SVG text
 * @throws TillError INVALID_INPUT, INVALID_DECIMAL
 * @public
 */
export function renderPartnerPerformanceChart(input: PartnerPerformanceChartInput): string {
  const chart = parseWith(partnerPerformanceChartSchema, input);
  const values = chart.partners.flatMap((row) => [row.sales, row.commission]);
  const scale = makeChartScale(values, ["partners"]);
  const plotWidth = chart.width - LEFT - 80;
  const zero = LEFT + scale.offset(0n, plotWidth);
  const height = Math.max(chart.height, TOP + chart.partners.length * 28 + 30);
  const parts: XmlElement[] = [];
  chart.partners.forEach((row, index) => {
    const y = TOP + index * 28;
    parts.push(
      svgElement("text", { class: "label", x: LEFT - 8, y: y + 16, "text-anchor": "end" }, row.partner),
    );
    [
      { units: scale.units[2 * index] ?? 0n, color: CHART_COLORS.bar, name: "sales", dy: 0 },
      { units: scale.units[2 * index + 1] ?? 0n, color: CHART_COLORS.secondary, name: "commission", dy: 12 },
    ].forEach((bar) => {
      const end = LEFT + scale.offset(bar.units, plotWidth);
      const x = Math.min(zero, end);
      parts.push(
        svgElement(
          "rect",
          {
            class: `bar ${bar.name}`,
            x,
            y: y + bar.dy,
            width: Math.abs(end - zero),
            height: 11,
            fill: bar.color,
          },
          [svgElement("title", {}, `${row.partner} ${bar.name}: ${scale.text(bar.units)}`)],
        ),
        svgElement(
          "text",
          { class: "value", x: Math.max(zero, end) + 4, y: y + bar.dy + 9 },
          scale.text(bar.units),
        ),
      );
    });
  });
  const legend = [
    svgElement("rect", { x: LEFT, y: height - 18, width: 10, height: 10, fill: CHART_COLORS.bar }),
    svgElement("text", { x: LEFT + 14, y: height - 9 }, "Net sales"),
    svgElement("rect", { x: LEFT + 90, y: height - 18, width: 10, height: 10, fill: CHART_COLORS.secondary }),
    svgElement("text", { x: LEFT + 104, y: height - 9 }, "Commission"),
  ];
  return writeSvg(chart.title, chart.width, height, [...parts, ...legend]);
}
