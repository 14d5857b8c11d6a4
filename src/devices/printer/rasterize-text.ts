import { TillError } from "../../core/errors/till-error";
import type { TextStyle } from "../receipt/receipt-document";
import { type Bitmap, createBitmap, setPixel } from "./bitmap";
import type { Glyph, GlyphSource } from "./bitmap-font";

/**
 * Draws styled text as a bitmap with the given glyphs: the fallback that lets a printer without a font for
 * a script still print it. Every glyph is looked up before anything is drawn, so a character with no glyph
 * fails the whole line instead of printing a gap or garbage.
 *
 * @param segments - styled text of one line
 * @param glyphs - where glyphs come from
 * @param maxWidth - widest bitmap allowed, in pixels (the printer's dots)
 * @returns the bitmap (its height is the tallest glyph times the tallest style height)
 * @throws TillError ENCODING_UNSUPPORTED naming the first character without a glyph
 * @public
 */
export function rasterizeText(
  segments: readonly { text: string; style: TextStyle }[],
  glyphs: GlyphSource,
  maxWidth: number,
): Bitmap {
  const placed = placeGlyphs(segments, glyphs);
  const height = Math.max(16, ...placed.map((item) => item.glyph.height * item.scaleY));
  const width = Math.min(
    maxWidth,
    placed.reduce((total, item) => total + item.glyph.width * item.scaleX, 0),
  );
  const bitmap = createBitmap(Math.max(8, width), height);
  let x = 0;
  for (const item of placed) {
    drawGlyph(bitmap, item, x, height - item.glyph.height * item.scaleY);
    x += item.glyph.width * item.scaleX;
  }
  return bitmap;
}

interface PlacedGlyph {
  readonly glyph: Glyph;
  readonly scaleX: number;
  readonly scaleY: number;
  readonly style: TextStyle;
}

function placeGlyphs(
  segments: readonly { text: string; style: TextStyle }[],
  glyphs: GlyphSource,
): PlacedGlyph[] {
  const placed: PlacedGlyph[] = [];
  for (const segment of segments) {
    for (const char of segment.text) {
      const glyph = glyphs(char);
      if (glyph === undefined) {
        const codePoint = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
        throw new TillError("ENCODING_UNSUPPORTED", {
          message: `No glyph for ${codePoint} in the printer's fonts or the raster font.`,
          details: { char, codePoint },
        });
      }
      placed.push({
        glyph,
        scaleX: segment.style.width ?? 1,
        scaleY: segment.style.height ?? 1,
        style: segment.style,
      });
    }
  }
  return placed;
}

function drawGlyph(bitmap: Bitmap, item: PlacedGlyph, left: number, top: number): void {
  const { glyph, scaleX, scaleY, style } = item;
  const cellWidth = glyph.width * scaleX;
  const cellHeight = glyph.height * scaleY;
  for (let y = 0; y < cellHeight; y += 1) {
    const row = glyph.rows[Math.floor(y / scaleY)] ?? 0;
    for (let x = 0; x < cellWidth; x += 1) {
      const bit = glyph.width - 1 - Math.floor(x / scaleX);
      let isBlack = ((row >> bit) & 1) === 1;
      if (style.bold === true && !isBlack && x >= scaleX) {
        isBlack = ((row >> (bit + 1)) & 1) === 1;
      }
      if (style.underline === true && y === cellHeight - 1) isBlack = true;
      if (style.invert === true) isBlack = !isBlack;
      setPixel(bitmap, left + x, top + y, isBlack);
    }
  }
}
