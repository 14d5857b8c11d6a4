import { ascii5x7Rows, asciiGlyph, type Glyph, glyphFrom5x7 } from "./bitmap-font";

// Symbols receipts print beyond ASCII, 5×7 like the ASCII font (7 base-32 digits, one per row). The spaces
// cover what Intl puts in formatted amounts: U+00A0 ("€ 9,11" in nl) and U+202F (fr, de-CH).
const SYMBOLS = /* @__PURE__ */ new Map<string, string>([
  ["\u00a0", "0000000"],
  ["\u2007", "0000000"],
  ["\u2009", "0000000"],
  ["\u202f", "0000000"],
  ["€", "78U8U87"],
  ["£", "698U88V"],
  ["¥", "HA4V4V4"],
  ["¢", "04EKKE4"],
  ["×", "0HA4AH0"],
  ["÷", "040V040"],
  ["±", "44V440V"],
  ["°", "CIIC000"],
  ["µ", "00HHJTG"],
  ["·", "0004000"],
  ["•", "00EEE00"],
  ["…", "000000L"],
  ["–", "000V000"],
  ["—", "000V000"],
  ["\u2010", "000E000"],
  ["\u2011", "000E000"],
  ["\u2212", "000V000"],
  ["‘", "48C0000"],
  ["’", "6240000"],
  ["‚", "0000048"],
  ["“", "9IR0000"],
  ["”", "R9I0000"],
  ["„", "000009I"],
  ["«", "05AKA50"],
  ["»", "0KA5AK0"],
  ["¡", "4044444"],
  ["¿", "4048GHE"],
  ["¬", "000V100"],
  ["¹", "4C4E000"],
  ["²", "C24E000"],
  ["³", "C242C00"],
  ["ß", "EHIKIHM"],
  ["Æ", "FKKVKKN"],
  ["æ", "00Q5VKR"],
  ["Œ", "FKKMKKF"],
  ["œ", "00ALNKB"],
  ["Ø", "EJJLPPE"],
  ["ø", "00EJLPE"],
  ["Ł", "GGKOGGV"],
  ["ł", "C46C44E"],
  ["ı", "00C444E"],
]);

// Combining marks drawn above a letter: two rows of 5 pixels each, top first.
const MARKS_ABOVE = /* @__PURE__ */ new Map<string, readonly [number, number]>([
  ["\u0300", [0b01000, 0b00100]],
  ["\u0301", [0b00010, 0b00100]],
  ["\u0302", [0b00100, 0b01010]],
  ["\u0303", [0b01101, 0b10110]],
  ["\u0304", [0b01110, 0]],
  ["\u0306", [0b10001, 0b01110]],
  ["\u0307", [0b00100, 0]],
  ["\u0308", [0b01010, 0b01010]],
  ["\u030a", [0b01110, 0b01010]],
  ["\u030b", [0b01001, 0b10010]],
  ["\u030c", [0b01010, 0b00100]],
]);

// Marks drawn below: one row of 5 pixels in the cell's last row.
const MARKS_BELOW = /* @__PURE__ */ new Map<string, number>([
  ["\u0327", 0b00110],
  ["\u0328", 0b00011],
]);

/**
 * Glyphs for the Latin characters and symbols receipts use beyond ASCII: € £ ¥ × – ’ “ ” … and the
 * like, the spaces Intl formats amounts with, ß Æ Ø Œ Ł, and every letter that decomposes (NFD) into an
 * ASCII letter with at most one mark above (grave, acute, circumflex, tilde, macron, breve, dot,
 * diaeresis, ring, double acute, caron) and one below (cedilla, ogonek) — é ë ü ö à ç ñ å ő š č ę and
 * their capitals. Capitals with a mark are drawn slightly shorter so the mark fits in the 16-row cell.
 *
 * @param char - one character
 * @returns its glyph, or undefined when this font has none
 * @public
 */
export function latinGlyph(char: string): Glyph | undefined {
  const symbol = SYMBOLS.get(char);
  if (symbol !== undefined) return glyphFrom5x7(symbol);
  const [base = "", ...marks] = [...char.normalize("NFD")];
  if (marks.length === 0 || marks.length > 2 || !/^[A-Za-z]$/.test(base)) return undefined;
  const above = marks.filter((mark) => MARKS_ABOVE.has(mark));
  const below = marks.filter((mark) => MARKS_BELOW.has(mark));
  if (above.length > 1 || below.length > 1 || above.length + below.length !== marks.length) return undefined;
  const letter = ascii5x7Rows(base) ?? [];
  const mark = above[0] === undefined ? undefined : MARKS_ABOVE.get(above[0]);
  const rows = mark === undefined ? [...(asciiGlyph(base)?.rows ?? [])] : withMarkAbove(base, letter, mark);
  const low = below[0] === undefined ? undefined : MARKS_BELOW.get(below[0]);
  if (low !== undefined) rows[15] = low << 2;
  return { width: 8, height: 16, rows };
}

function withMarkAbove(base: string, letter: readonly number[], mark: readonly [number, number]): number[] {
  const rows = new Array<number>(16).fill(0);
  if (/[A-Z]/.test(base)) {
    // Capitals: mark in rows 0–1, a blank row, then the letter in rows 3–14 (its first and last rows
    // single, the five between doubled: 1 + 10 + 1 = 12 rows).
    rows[0] = mark[0] << 2;
    rows[1] = mark[1] << 2;
    letter.forEach((bits, y) => {
      const cells = y === 0 ? [3] : y === 6 ? [14] : [2 + y * 2, 3 + y * 2];
      for (const cell of cells) rows[cell] = bits << 2;
    });
    return rows;
  }
  // Small letters keep their usual rows; i and j lose their dot; the mark goes in rows 2–3 over the
  // x-height (which starts at row 5), or over the ascender where the letter has one.
  letter.forEach((bits, y) => {
    const shown = y === 0 && (base === "i" || base === "j") ? 0 : bits;
    rows[1 + y * 2] = shown << 2;
    rows[2 + y * 2] = shown << 2;
  });
  rows[2] = (rows[2] ?? 0) | (mark[0] << 2);
  rows[3] = (rows[3] ?? 0) | (mark[1] << 2);
  return rows;
}

/**
 * The built-in raster font: printable ASCII ({@link asciiGlyph}) and the Latin characters and symbols of
 * {@link latinGlyph}. Receipts in English, Dutch, German, French, Spanish, the Nordic and most Central
 * European languages, with € £ ¥ amounts, print with it alone.
 *
 * @param char - one character
 * @returns its glyph, or undefined outside the built-in set
 * @public
 */
export function builtInGlyph(char: string): Glyph | undefined {
  return asciiGlyph(char) ?? latinGlyph(char);
}
