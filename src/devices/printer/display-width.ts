/**
 * Columns a character takes on a receipt or pole display: 2 for East Asian wide and full-width characters
 * (CJK ideographs, kana, hangul, full-width forms), 1 otherwise. Ranges follow Unicode's East Asian Width
 * property (W and F) in the blocks a receipt can meet.
 *
 * @param char - one code point
 * @returns 1 or 2
 * @public
 */
export function charWidth(char: string): 1 | 2 {
  const code = char.codePointAt(0) ?? 0;
  const isWide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return isWide ? 2 : 1;
}

/**
 * Columns a string takes.
 *
 * @param text - the text
 * @returns the sum of {@link charWidth} over its code points
 * @public
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}
