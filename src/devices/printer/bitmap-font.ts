/**
 * One glyph as a bitmap: `rows[y]` holds the pixels of row y, most significant of `width` bits leftmost.
 *
 * @public
 */
export interface Glyph {
  readonly width: number;
  readonly height: number;
  readonly rows: readonly number[];
}

/**
 * Where raster text gets its glyphs: a function from one character to its bitmap, or undefined when the
 * font has none. Hosts add scripts by combining sources (see {@link combineGlyphSources} and
 * {@link parseHexFont}).
 *
 * @public
 */
export type GlyphSource = (char: string) => Glyph | undefined;

// 95 printable ASCII glyphs (0x20–0x7E), 5×7 pixels, drawn for tillkit. Each glyph is 7 base-32 digits,
// one per row, whose 5 bits are the row's pixels left to right.
const ASCII_5X7 =
  "00000004444404AAA0000AAVAVAA4FKE5U4OP248J3CIK8LID44800002488842842224804LEL40044V4400000C48000V00000000CC01248G0EHJLPHE4C4444EEH1248VV2421HE26AIV22VGU11HE68GUHHEV124888EHHEHHEEHHF12C0CC0CC00CC0C48248G84200V0V008421248EH12404EH1DLLEEHHVHHHUHHUHHUEHGGGHESIHHHISVGGUGGVVGGUGGGEHGNHHFHHHVHHHE44444E72222ICHIKOKIHGGGGGGVHRLLHHHHHPLJHHEHHHHHEUHHUGGGEHHHLIDUHHUKIHFGGE11UV444444HHHHHHEHHHHHA4HHHLLLAHHA4AHHHHA4444V1248GVE88888E0G84210E22222E4AH0000000000V842000000E1FHFGGMPHHU00EGGHE11DJHHF00EHVGE698S8880FHHF1EGGMPHHH40C444E20622ICGGIKOKIC44444E00QLLHH00MPHHH00EHHHE00UHUGG00DJF1100MPGGG00EGE1U88S889600HHHJD00HHHA400HHLLA00HA4AH00HHF1E00V248V244844244444448442448008L200";
const BASE32 = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

/**
 * The built-in 5×7 ASCII font, placed in an 8×16 cell (rows doubled) so it lines up with 8×16 and
 * 16×16 fonts such as GNU Unifont.
 *
 * @param char - one character
 * @returns its glyph, or undefined outside printable ASCII
 * @public
 */
export function asciiGlyph(char: string): Glyph | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code > 0x7e || char.length !== 1) return undefined;
  return glyphFrom5x7(ASCII_5X7.slice((code - 0x20) * 7, (code - 0x20) * 7 + 7));
}

/**
 * The seven 5-pixel rows of a printable ASCII character in the built-in font.
 *
 * @param char - one printable ASCII character
 * @returns its rows (top first), or undefined outside printable ASCII
 * @internal
 */
export function ascii5x7Rows(char: string): number[] | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code > 0x7e || char.length !== 1) return undefined;
  return rows5x7(ASCII_5X7.slice((code - 0x20) * 7, (code - 0x20) * 7 + 7));
}

/**
 * Reads seven base-32 digits (one 5-pixel row each, as the built-in tables store them).
 *
 * @internal
 */
export function rows5x7(digits: string): number[] {
  return Array.from({ length: 7 }, (_, y) => Math.max(0, BASE32.indexOf(digits.charAt(y))));
}

/**
 * Places seven 5-pixel rows in an 8×16 cell: one pixel in from the left, rows 1–14 carrying the doubled
 * rows, so the glyph lines up with 8×16 and 16×16 fonts such as GNU Unifont.
 *
 * @internal
 */
export function glyphFrom5x7(digits: string): Glyph {
  const rows = new Array<number>(16).fill(0);
  rows5x7(digits).forEach((bits, y) => {
    rows[1 + y * 2] = bits << 2;
    rows[2 + y * 2] = bits << 2;
  });
  return { width: 8, height: 16, rows };
}

/**
 * A glyph source trying each source in turn.
 *
 * @param sources - glyph sources, first match wins
 * @returns the combined source
 * @public
 */
export function combineGlyphSources(...sources: readonly GlyphSource[]): GlyphSource {
  return (char) => {
    for (const source of sources) {
      const glyph = source(char);
      if (glyph !== undefined) return glyph;
    }
    return undefined;
  };
}
