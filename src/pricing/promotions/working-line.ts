import { powerOfTen } from "../../core/numbers/scaled-decimal";
import { QUANTITY_SCALE } from "../../core/quantity/quantity";
import type { PromotionLine } from "./promotion-input";

/**
 * A line during promotion evaluation: its net before any promotion and its current net, in minor units.
 *
 * @internal
 */
export interface WorkingLine {
  readonly line: PromotionLine;
  readonly originalMinor: bigint;
  readonly netMinor: bigint;
  /** Whole units for unit deals: the integer count for pieces, 1 for a measured line. */
  readonly wholeUnits: number;
}

/**
 * Counts the units a line offers to unit deals. A whole number of pieces gives that many units; a measured
 * quantity (0.35 kg) is one unit; a non-positive quantity or net gives none.
 *
 * @param line - the line
 * @returns the unit count
 * @internal
 */
export function wholeUnitsOf(line: PromotionLine): number {
  const millionths = line.quantity.millionths;
  if (millionths <= 0n || line.net.minor <= 0n) return 0;
  const one = powerOfTen(QUANTITY_SCALE);
  return millionths % one === 0n ? Number(millionths / one) : 1;
}

/**
 * Starts evaluation from the lines' current nets.
 *
 * @param lines - lines in canonical order
 * @returns working lines
 * @internal
 */
export function toWorkingLines(lines: readonly PromotionLine[]): WorkingLine[] {
  return lines.map((line) => ({
    line,
    originalMinor: line.net.minor,
    netMinor: line.net.minor,
    wholeUnits: wholeUnitsOf(line),
  }));
}
