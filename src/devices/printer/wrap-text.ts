import { charWidth } from "./display-width";

/**
 * Splits text into lines no wider than `width` columns, breaking at spaces where it can and inside a word
 * only when the word alone is too wide. Wide (CJK) characters count two columns and may break anywhere.
 *
 * @param text - the text
 * @param width - columns available (at least 1)
 * @returns the lines (at least one, possibly empty)
 * @internal
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  for (const word of text.split(/(?<= )/)) {
    const wordWidth = measure(word.trimEnd());
    if (lineWidth > 0 && lineWidth + wordWidth > width) {
      lines.push(line.trimEnd());
      line = "";
      lineWidth = 0;
    }
    for (const char of word) {
      const charColumns = charWidth(char);
      if (lineWidth + charColumns > width && !(char === " " && lineWidth === width)) {
        lines.push(line.trimEnd());
        line = "";
        lineWidth = 0;
      }
      if (char === " " && lineWidth === 0 && lines.length > 0) continue;
      line += char;
      lineWidth += charColumns;
    }
  }
  lines.push(line.trimEnd());
  return lines;
}

/**
 * Pads (or cuts) text to exactly `width` columns with the given alignment.
 *
 * @param text - text no wider than `width` (wider text is cut)
 * @param width - target columns
 * @param align - where the text sits
 * @returns the padded text
 * @internal
 */
export function fitText(text: string, width: number, align: "left" | "center" | "right"): string {
  let fitted = "";
  let used = 0;
  for (const char of text) {
    const columns = charWidth(char);
    if (used + columns > width) break;
    fitted += char;
    used += columns;
  }
  const room = width - used;
  const before = align === "right" ? room : align === "center" ? Math.floor(room / 2) : 0;
  return " ".repeat(before) + fitted + " ".repeat(room - before);
}

function measure(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}
