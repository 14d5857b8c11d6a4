import type { ReceiptBlock, ReceiptDocument, TextStyle } from "../receipt/receipt-document";
import { textWidth } from "./display-width";
import { fitText, wrapText } from "./wrap-text";

/** A styled piece of one printed line. @public */
export interface PrintSegment {
  readonly text: string;
  readonly style: TextStyle;
}

/**
 * One physical item of a laid-out receipt: a text line already padded to the paper width, or a
 * non-text block passed through. `block` is the index of the document block it came from.
 *
 * @public
 */
export type PrintItem =
  | { readonly kind: "text"; readonly block: number; readonly segments: readonly PrintSegment[] }
  | {
      readonly kind: "block";
      readonly block: number;
      readonly value: Exclude<ReceiptBlock, { type: "text" | "columns" | "rule" }>;
    };

/**
 * Lays a receipt document out on paper `columns` wide: wraps text, sizes and pads table columns, draws
 * rules. Widths count East Asian wide characters as two columns and scale with the style's width.
 *
 * @param document - the receipt document
 * @param columns - characters per line of the printer's font
 * @returns the physical lines and blocks, in order
 * @public
 */
export function layoutReceipt(document: ReceiptDocument, columns: number): PrintItem[] {
  return document.blocks.flatMap((block, index): PrintItem[] => {
    switch (block.type) {
      case "text":
        return textLines(block.runs, block.align ?? "left", columns).map((segments) => ({
          kind: "text",
          block: index,
          segments,
        }));
      case "columns":
        return tableLines(block, columns).map((segments) => ({ kind: "text", block: index, segments }));
      case "rule":
        return [
          {
            kind: "text",
            block: index,
            segments: [{ text: (block.style === "double" ? "=" : "-").repeat(columns), style: {} }],
          },
        ];
      default:
        return [{ kind: "block", block: index, value: block }];
    }
  });
}

function textLines(
  runs: readonly { text: string; style?: TextStyle | undefined }[],
  align: "left" | "center" | "right",
  columns: number,
): PrintSegment[][] {
  const scale = Math.max(1, ...runs.map((run) => run.style?.width ?? 1));
  const room = Math.max(1, Math.floor(columns / scale));
  // Runs of one style wrap as one text; mixed styles keep their boundaries on the first line they share.
  const pieces = runs.flatMap((run) =>
    wrapText(run.text, room).map((text, line) => ({ text, line, style: run.style ?? {} })),
  );
  const lines: PrintSegment[][] = [];
  let current: PrintSegment[] = [];
  let used = 0;
  for (const piece of pieces) {
    const width = textWidth(piece.text);
    if ((piece.line > 0 || used + width > room) && current.length > 0) {
      lines.push(current);
      current = [];
      used = 0;
    }
    current.push({ text: piece.text, style: piece.style });
    used += width;
  }
  lines.push(current);
  return lines.map((segments) => alignSegments(segments, align, room));
}

function alignSegments(
  segments: PrintSegment[],
  align: "left" | "center" | "right",
  room: number,
): PrintSegment[] {
  const used = segments.reduce((total, segment) => total + textWidth(segment.text), 0);
  const free = Math.max(0, room - used);
  const before = align === "right" ? free : align === "center" ? Math.floor(free / 2) : 0;
  const padded = before > 0 ? [{ text: " ".repeat(before), style: {} }, ...segments] : segments;
  return padded.filter((segment) => segment.text.length > 0);
}

function tableLines(block: Extract<ReceiptBlock, { type: "columns" }>, columns: number): PrintSegment[][] {
  const style = block.style ?? {};
  const room = Math.max(1, Math.floor(columns / (style.width ?? 1)));
  const widths = columnWidths(block.columns, block.rows, room);
  return block.rows.flatMap((row) => {
    const cells = widths.map((width, index) => wrapText(row[index] ?? "", width));
    const height = Math.max(...cells.map((cell) => cell.length));
    return Array.from({ length: height }, (_, line) => {
      const text = widths
        .map((width, index) =>
          fitText(cells[index]?.[line] ?? "", width, block.columns[index]?.align ?? "left"),
        )
        .join(" ");
      return [{ text: text.trimEnd(), style }];
    });
  });
}

/** Fixed columns keep their width; flexible ones share what is left after one space between columns. */
function columnWidths(
  specs: readonly { width?: number | undefined }[],
  rows: readonly string[][],
  room: number,
): number[] {
  const fixed = specs.reduce((total, spec) => total + (spec.width ?? 0), 0);
  const flexible = specs.filter((spec) => spec.width === undefined).length;
  const free = Math.max(flexible, room - fixed - (specs.length - 1));
  if (flexible === specs.length && specs.length === 2) return twoColumnWidths(rows, free);
  let extra = flexible === 0 ? 0 : free % flexible;
  return specs.map((spec) => {
    if (spec.width !== undefined) return spec.width;
    const width = Math.floor(free / flexible) + (extra > 0 ? 1 : 0);
    extra = Math.max(0, extra - 1);
    return width;
  });
}

/** Label/value pairs: the value column is as wide as its widest value, leaving the labels at least half. */
function twoColumnWidths(rows: readonly string[][], free: number): number[] {
  const valueNeed = Math.max(0, ...rows.map((row) => textWidth(row[1] ?? "")));
  const labelNeed = Math.max(0, ...rows.map((row) => textWidth(row[0] ?? "")));
  const valueWidth = Math.min(valueNeed, free - Math.min(labelNeed, Math.floor(free / 2)));
  return [free - valueWidth, valueWidth];
}
