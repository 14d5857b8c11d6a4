import { existsSync, readFileSync } from "node:fs";
import { asciiGlyph, combineGlyphSources, type GlyphSource, parseHexFont } from "tillkit/devices";

/** Where Debian's `unifont` package puts GNU Unifont in the .hex format (`apt-get install unifont`). */
export const DEBIAN_UNIFONT = "/usr/share/unifont/unifont.hex";

// CJK radicals (U+2E80) up to the fullwidth forms (U+FFEF): what a Chinese receipt needs beyond ASCII.
const FIRST_WIDE = 0x2e80;
const LAST_WIDE = 0xffef;

/**
 * Glyphs for drawing CJK receipts as PNG: the built-in ASCII font, then the CJK part of a Unifont .hex
 * file. Without the file the PNG shows a box for each CJK character (the printer itself prints them in
 * its GB18030 font either way).
 *
 * @param file - a Unifont .hex file, or undefined for Debian's when installed
 * @returns the glyph source, or undefined when there is no font file
 */
export function loadCjkGlyphs(file: string | undefined): GlyphSource | undefined {
  const path = file ?? (existsSync(DEBIAN_UNIFONT) ? DEBIAN_UNIFONT : undefined);
  if (path === undefined) return undefined;
  const wide = readFileSync(path, "latin1")
    .split("\n")
    .filter((line) => {
      const code = Number.parseInt(line.slice(0, line.indexOf(":")), 16);
      return code >= FIRST_WIDE && code <= LAST_WIDE;
    })
    .join("\n");
  return combineGlyphSources(asciiGlyph, parseHexFont(wide));
}
