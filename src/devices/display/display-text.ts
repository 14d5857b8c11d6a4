import CodepageEncoder, { type Codepage } from "@point-of-sale/codepage-encoder";

/**
 * Makes text printable on a display's code page, predictably: a character in the page stays; one whose
 * base letter is (after removing accents by Unicode decomposition, "ő" → "o") becomes that letter; any
 * other becomes "?". Control characters become spaces. Each character maps to exactly one, so column
 * counts never change.
 *
 * @param text - the text
 * @param codepage - the display's code page
 * @returns text of the same length in characters, all in the page
 * @public
 */
export function toDisplayText(text: string, codepage: string): string {
  const table = CodepageEncoder.supports(codepage)
    ? CodepageEncoder.getCodepoints(codepage as Codepage, true)
    : [];
  const inPage = new Set(table.slice(0x80));
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) out += " ";
    else if (code < 0x7f || inPage.has(code)) out += char;
    else {
      const base = char.normalize("NFD").charAt(0);
      const baseCode = base.codePointAt(0) ?? 0;
      out += baseCode >= 0x20 && baseCode < 0x7f ? base : "?";
    }
  }
  return out;
}

/**
 * Fits text to exactly `columns` display cells: cut when too long, padded by alignment when short.
 *
 * @param text - display-safe text (see {@link toDisplayText})
 * @param columns - cells per line (20 on a pole display)
 * @param align - where the text sits
 * @returns a string of exactly `columns` characters
 * @public
 */
export function fitDisplayLine(
  text: string,
  columns: number,
  align: "left" | "center" | "right" = "left",
): string {
  const chars = [...text].slice(0, columns);
  const room = columns - chars.length;
  const before = align === "right" ? room : align === "center" ? room >> 1 : 0;
  return " ".repeat(before) + chars.join("") + " ".repeat(room - before);
}

/**
 * A label on the left and a value on the right of one display line; the label gives way when both do
 * not fit.
 *
 * @param label - left text
 * @param value - right text
 * @param columns - cells per line
 * @returns exactly `columns` characters
 * @public
 */
export function displayPair(label: string, value: string, columns: number): string {
  const valueChars = [...value].slice(0, columns);
  const labelRoom = Math.max(0, columns - valueChars.length - 1);
  const labelChars = [...label].slice(0, labelRoom);
  return fitDisplayLine(
    labelChars.join("") + " ".repeat(columns - labelChars.length - valueChars.length) + valueChars.join(""),
    columns,
  );
}
