import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { decimalStringSchema } from "../../core/numbers/decimal-input";
import type { XmlElement } from "../exports/saft/xml-element";
import { CHART_COLORS } from "./chart-options";
import { makeChartScale } from "./chart-scale";
import { svgElement, writeSvg } from "./svg-document";

/**
 * zod schema of an hour-of-week heatmap: values per (day 0–6, hour 0–23); missing cells are zero, and a
 * cell given twice is summed.
 *
 * @public
 */
export const heatmapSchema = /* @__PURE__ */ z.object({
  title: z.string().max(200),
  cells: z
    .array(
      z.object({
        day: z.number().int().min(0).max(6),
        hour: z.number().int().min(0).max(23),
        value: decimalStringSchema,
      }),
    )
    .max(2000),
  /** Row labels, Monday first by default. */
  dayLabels: z.array(z.string().max(20)).length(7).default(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),
  cellSize: z.number().int().min(8).max(60).default(22),
});

/**
 * A heatmap's data.
 *
 * @public
 */
export type HeatmapInput = z.input<typeof heatmapSchema>;

const LEFT = 44;
const TOP = 36;

/**
 * Renders the hour-of-week heatmap as SVG text: 7 × 24 `rect` cells, each shaded in one of six steps of
 * its value over the largest value (step = ⌈5 × value / max⌉, zero and negatives get the lightest), each
 * with a `title` tooltip, plus day and hour labels.
 *
 * @param input - title, cells, labels and cell size
 * @returns SVG text
 * @throws TillError INVALID_INPUT, INVALID_DECIMAL
 * @public
 */
export function renderHeatmap(input: HeatmapInput): string {
  const chart = parseWith(heatmapSchema, input);
  const scale = makeChartScale(
    chart.cells.map((cell) => cell.value),
    ["cells"],
  );
  const totals = Array.from({ length: 7 * 24 }, () => 0n);
  chart.cells.forEach((cell, index) => {
    const at = cell.day * 24 + cell.hour;
    totals[at] = (totals[at] ?? 0n) + (scale.units[index] ?? 0n);
  });
  const size = chart.cellSize;
  const parts = [
    ...cellElements(totals, scale.text, chart.dayLabels, size),
    ...axisLabels(chart.dayLabels, size),
  ];
  return writeSvg(chart.title, LEFT + 24 * size + 12, TOP + 7 * size + 24, parts);
}

/** One shaded rect per hour of the week, with its tooltip. */
function cellElements(
  totals: readonly bigint[],
  text: (units: bigint) => string,
  dayLabels: readonly string[],
  size: number,
): XmlElement[] {
  let high = 0n;
  for (const value of totals) if (value > high) high = value;
  return totals.map((value, at) => {
    const day = Math.floor(at / 24);
    const hour = at % 24;
    // Ceiling division keeps any positive value off the zero colour.
    const step = value <= 0n || high === 0n ? 0 : Number((value * 5n + high - 1n) / high);
    const attributes = {
      class: "cell",
      x: LEFT + hour * size,
      y: TOP + day * size,
      width: size - 1,
      height: size - 1,
      fill: CHART_COLORS.heat[step] ?? CHART_COLORS.heat[0],
    };
    const tooltip = `${dayLabels[day]} ${String(hour).padStart(2, "0")}:00 ${text(value)}`;
    return svgElement("rect", attributes, [svgElement("title", {}, tooltip)]);
  });
}

/** Day names down the left, every third hour along the bottom. */
function axisLabels(dayLabels: readonly string[], size: number): XmlElement[] {
  const days = dayLabels.map((label, day) =>
    svgElement(
      "text",
      { class: "day", x: LEFT - 6, y: TOP + day * size + Math.floor(size / 2) + 4, "text-anchor": "end" },
      label,
    ),
  );
  const hours = Array.from({ length: 8 }, (_, index) => {
    const hour = index * 3;
    const x = LEFT + hour * size + Math.floor(size / 2);
    return svgElement(
      "text",
      { class: "hour", x, y: TOP + 7 * size + 14, "text-anchor": "middle" },
      String(hour).padStart(2, "0"),
    );
  });
  return [...days, ...hours];
}
