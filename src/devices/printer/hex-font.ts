import { TillError } from "../../core/errors/till-error";
import type { Glyph, GlyphSource } from "./bitmap-font";

/**
 * Reads a font in the `.hex` format GNU Unifont ships (`4E2D:` followed by 32 hex digits for an 8×16
 * glyph or 64 for a 16×16 glyph, one glyph a line). With Unifont a host can raster-print any script of
 * the Basic Multilingual Plane, CJK included, on a printer that has no such font.
 *
 * @param text - the .hex file's content
 * @returns a glyph source over the parsed glyphs
 * @throws TillError INVALID_INPUT (path ["hexFont", lineIndex]) for a malformed line
 * @public
 */
export function parseHexFont(text: string): GlyphSource {
  const glyphs = new Map<number, Glyph>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const match = /^([0-9A-Fa-f]{4,6}):([0-9A-Fa-f]{32}|[0-9A-Fa-f]{64})$/.exec(line.trim());
    if (match === null) throw new TillError("INVALID_INPUT", { path: ["hexFont", index] });
    const [, code = "", bits = ""] = match;
    const width = bits.length === 32 ? 8 : 16;
    const digitsPerRow = width / 4;
    const rows = Array.from({ length: 16 }, (_, y) =>
      Number.parseInt(bits.slice(y * digitsPerRow, (y + 1) * digitsPerRow), 16),
    );
    glyphs.set(Number.parseInt(code, 16), { width, height: 16, rows });
  });
  return (char) => glyphs.get(char.codePointAt(0) ?? -1);
}
