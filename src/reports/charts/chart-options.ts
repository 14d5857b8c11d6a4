import { z } from "zod";

/**
 * The zod shape of a chart's size in pixels (integers), built on call so importing costs nothing.
 *
 * @returns the width and height fields
 * @internal
 */
export function chartSizeShape() {
  return {
    width: z.number().int().min(120).max(4000).default(640),
    height: z.number().int().min(120).max(4000).default(320),
  };
}

/**
 * The palette every chart draws with: a colour-blind-safe blue ramp for heat and two contrasting bar
 * colours.
 *
 * @public
 */
export const CHART_COLORS = {
  bar: "#3b6fb6",
  secondary: "#e08a2c",
  axis: "#555555",
  grid: "#dddddd",
  heat: ["#f2f2f2", "#d6e4f5", "#a9c8ea", "#6ea4d9", "#3b78c3", "#154c94"],
} as const;
