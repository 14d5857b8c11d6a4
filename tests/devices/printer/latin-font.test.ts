import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asciiGlyph,
  builtInGlyph,
  encodeReceipt,
  type GlyphSource,
  latinGlyph,
  rasterizeText,
  VirtualPrinter,
} from "../../../src/devices/printer";
import { buildReceiptDocument } from "../../../src/devices/receipt";
import { createMemoryLink } from "../../../src/devices/transport";
import { sampleReceipt } from "../receipt/sample-receipt";

const SYMBOLS = "€£¥¢×÷±°µ·•…–—‘’‚“”„«»¡¿²³\u00a0\u202f";
const LETTERS = "éëèêüöäàáâçñåõøæœßÉËÈÜÖÄÀÇÑÅØÆŒíìîïóòôúùûýÿőűšžčřěęąłŁ";

/** A glyph source that records every character it is asked for and every one it lacks. */
function recording(source: GlyphSource): { glyphs: GlyphSource; asked: Set<string>; missing: Set<string> } {
  const asked = new Set<string>();
  const missing = new Set<string>();
  const glyphs: GlyphSource = (char) => {
    asked.add(char);
    const glyph = source(char);
    if (glyph === undefined) missing.add(char);
    return glyph;
  };
  return { glyphs, asked, missing };
}

const european = {
  ...sampleReceipt,
  lines: [
    { description: "Crème brûlée × 2 – ’t Café", quantity: "1", unitPrice: "4.99", lineTotal: "4.99" },
    { description: "Käse Größe M, Müsli, Façade", quantity: "1", unitPrice: "4.12", lineTotal: "4.12" },
  ],
};

describe("built-in raster font", () => {
  it.each([
    ["en", "€"],
    ["nl", "€"],
  ])(
    "a EUR receipt in %s rendered to PNG asks the font for %s and finds every glyph",
    async (locale, euro) => {
      const { host, device } = createMemoryLink("printer");
      const printer = new VirtualPrinter(device);
      await host.open();
      await host.write(encodeReceipt(buildReceiptDocument(european, { locale }), "generic-escpos-80mm"));
      const { glyphs, asked, missing } = recording(builtInGlyph);
      printer.png({ glyphs });
      expect(asked.has(euro)).toBe(true);
      expect([...asked].filter((char) => "éüöçß×–’".includes(char)).length).toBe(8);
      expect([...missing]).toEqual([]);
    },
  );

  it("the ASCII-only font lacks € (the box the default font no longer draws)", () => {
    expect([asciiGlyph("€"), builtInGlyph("€") === undefined]).toEqual([undefined, false]);
  });

  it.each([...SYMBOLS, ...LETTERS].map((char) => [char]))("%s has an 8×16 glyph", (char) => {
    const glyph = latinGlyph(char);
    expect([glyph?.width, glyph?.height, glyph?.rows.length]).toEqual([8, 16, 16]);
  });

  it.each([
    ["é", "e"],
    ["ë", "e"],
    ["ü", "u"],
    ["ö", "o"],
    ["à", "a"],
    ["ç", "c"],
    ["É", "E"],
    ["Ü", "U"],
    ["ï", "i"],
  ])("%s is drawn differently from %s", (accented, plain) => {
    expect(latinGlyph(accented)?.rows).not.toEqual(asciiGlyph(plain)?.rows);
  });

  it("letters with different marks get different glyphs", () => {
    const drawn = [...LETTERS].map((char) => JSON.stringify(latinGlyph(char)?.rows));
    expect(new Set(drawn).size).toBe([...LETTERS].length);
  });

  it.each([["\u0301"], ["ẹ̀"], ["ж"], ["中"], ["ǽ"]])(
    "has no glyph for %j (not a mark-on-ASCII letter)",
    (char) => {
      expect(latinGlyph(char)).toBeUndefined();
    },
  );

  it("keeps every glyph inside the 8-pixel cell (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SYMBOLS, ...LETTERS), (char) => {
        const rows = latinGlyph(char)?.rows ?? [256];
        return rows.every((row) => row >= 0 && row < 256);
      }),
      { numRuns: 300 },
    );
  });

  it("rasterizes any text of ASCII, receipt symbols and accented letters without failing (property)", () => {
    const chars = fc.constantFrom(..." AZaz09.,-", ...SYMBOLS, ...LETTERS);
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 40 }), (list) => {
        const bitmap = rasterizeText([{ text: list.join(""), style: {} }], builtInGlyph, 576);
        return bitmap.width === Math.min(576, list.length * 8) || list.length * 8 < 8;
      }),
      { numRuns: 200 },
    );
  });
});
