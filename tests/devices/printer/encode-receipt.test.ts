import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import {
  asciiGlyph,
  combineGlyphSources,
  decodeEscPos,
  encodeReceipt,
  parseHexFont,
  receiptLines,
} from "../../../src/devices/printer";
import type { ReceiptBlock } from "../../../src/devices/receipt";

const INIT = [0x1b, 0x40, 0x1c, 0x2e, 0x1b, 0x4d, 0x00];

function encode(blocks: ReceiptBlock[], profile = "generic-escpos-80mm"): number[] {
  return [...encodeReceipt({ version: 1, blocks }, profile)];
}

describe("encodeReceipt golden ESC/POS bytes", () => {
  it.each<[string, ReceiptBlock[], number[]]>([
    ["init: ESC @, FS . (leave Kanji mode), ESC M 0 (font A)", [], INIT],
    [
      "bold: ESC E 1, ESC t 0 (CP437), 'A', ESC E 0, LF",
      [{ type: "text", runs: [{ text: "A", style: { bold: true } }] }],
      [...INIT, 0x1b, 0x45, 0x01, 0x1b, 0x74, 0x00, 0x41, 0x1b, 0x45, 0x00, 0x0a],
    ],
    [
      "underline ESC - 1, invert GS B 1, double size GS ! 0x11",
      [
        {
          type: "text",
          runs: [
            { text: "U", style: { underline: true } },
            { text: "I", style: { invert: true } },
            { text: "W", style: { width: 2, height: 2 } },
          ],
        },
      ],
      [
        ...INIT,
        0x1b,
        0x2d,
        0x01,
        0x1b,
        0x74,
        0x00,
        0x55,
        0x1b,
        0x2d,
        0x00,
        0x1d,
        0x42,
        0x01,
        0x49,
        0x1d,
        0x42,
        0x00,
        0x1d,
        0x21,
        0x11,
        0x57,
        0x1d,
        0x21,
        0x00,
        0x0a,
      ],
    ],
    [
      "partial cut: 3 feeds, GS V 1",
      [{ type: "cut", mode: "partial" }],
      [...INIT, 0x0a, 0x0a, 0x0a, 0x1d, 0x56, 0x01, 0x0a],
    ],
    ["full cut: 3 feeds, GS V 0", [{ type: "cut" }], [...INIT, 0x0a, 0x0a, 0x0a, 0x1d, 0x56, 0x00, 0x0a]],
    [
      "pulse pin 2, 100/500 ms: ESC p 0 50 250",
      [{ type: "pulse", pin: 2 }],
      [...INIT, 0x1b, 0x70, 0x00, 0x32, 0xfa],
    ],
    [
      "pulse pin 5, 50/250 ms: ESC p 1 25 125",
      [{ type: "pulse", pin: 5, onMs: 50, offMs: 250 }],
      [...INIT, 0x1b, 0x70, 0x01, 0x19, 0x7d],
    ],
    [
      "QR model 2, size 4, level M, data TK1, centred",
      [{ type: "qrcode", value: "TK1", size: 4, errorLevel: "m" }],
      [
        ...INIT,
        0x1b,
        0x61,
        0x01,
        0x1d,
        0x28,
        0x6b,
        0x04,
        0x00,
        0x31,
        0x41,
        0x32,
        0x00,
        0x1d,
        0x28,
        0x6b,
        0x03,
        0x00,
        0x31,
        0x43,
        0x04,
        0x1d,
        0x28,
        0x6b,
        0x03,
        0x00,
        0x31,
        0x45,
        0x31,
        0x1d,
        0x28,
        0x6b,
        0x06,
        0x00,
        0x31,
        0x50,
        0x30,
        0x54,
        0x4b,
        0x31,
        0x1d,
        0x28,
        0x6b,
        0x03,
        0x00,
        0x31,
        0x51,
        0x30,
        0x0a,
        0x1b,
        0x61,
        0x00,
      ],
    ],
    [
      "EAN-13 4006381333931, height 80: GS h 80, GS w 3, GS H 0, GS k 2 … NUL",
      [{ type: "barcode", value: "4006381333931", symbology: "ean13", height: 80 }],
      [
        ...INIT,
        0x1b,
        0x61,
        0x01,
        0x1d,
        0x68,
        0x50,
        0x1d,
        0x77,
        0x03,
        0x1d,
        0x48,
        0x00,
        0x1d,
        0x6b,
        0x02,
        0x34,
        0x30,
        0x30,
        0x36,
        0x33,
        0x38,
        0x31,
        0x33,
        0x33,
        0x33,
        0x39,
        0x33,
        0x31,
        0x00,
        0x0a,
        0x1b,
        0x61,
        0x00,
      ],
    ],
    ["feed 2: LF LF", [{ type: "feed", lines: 2 }], [...INIT, 0x0a, 0x0a]],
    [
      "é selects CP437 (ESC t 0) and prints 0x82",
      [{ type: "text", runs: [{ text: "é" }] }],
      [...INIT, 0x1b, 0x74, 0x00, 0x82, 0x0a],
    ],
  ])("%s", (_title, blocks, expected) => {
    expect(encode(blocks)).toEqual(expected);
  });

  it("StarPRNT: ESC @, CAN, bold ESC E / ESC F, cut ESC d 0", () => {
    const blocks: ReceiptBlock[] = [
      { type: "text", runs: [{ text: "A", style: { bold: true } }] },
      { type: "cut" },
    ];
    expect(encode(blocks, "star-tsp100iv")).toEqual([
      0x1b, 0x40, 0x18, 0x1b, 0x45, 0x1b, 0x1d, 0x74, 0x01, 0x41, 0x1b, 0x46, 0x0a, 0x0a, 0x0a, 0x0a, 0x1b,
      0x64, 0x00, 0x0a,
    ]);
  });
});

describe("encodeReceipt for scripts outside the code pages", () => {
  const chinese: ReceiptBlock[] = [{ type: "text", runs: [{ text: "合计 9.11" }] }];

  it("uses the double-byte font where the profile has one: FS & + GB18030 + FS .", () => {
    const bytes = encode([{ type: "text", runs: [{ text: "中" }] }], "xprinter-xp-n160ii-zh");
    expect(bytes.slice(INIT.length)).toEqual([0x1c, 0x26, 0xd6, 0xd0, 0x1c, 0x2e, 0x0a]);
  });

  it("round-trips Chinese text through the double-byte path", () => {
    const receipt = decodeEscPos(new Uint8Array(encode(chinese, "xprinter-xp-n160ii-zh")));
    expect(receiptLines(receipt)).toEqual(["合计 9.11"]);
  });

  it("fails with ENCODING_UNSUPPORTED (never '?') when neither font nor raster glyphs cover the text", () => {
    let error: unknown;
    try {
      encode(chinese, "generic-escpos-80mm");
    } catch (caught) {
      error = caught;
    }
    expect(isTillError(error) && [error.code, error.path, error.details?.codePoint]).toEqual([
      "ENCODING_UNSUPPORTED",
      ["blocks", 0],
      "U+5408",
    ]);
  });

  it("falls back to a raster image drawn from host glyphs (Unifont .hex format)", () => {
    const square = "FFFF".repeat(16);
    const hex = `5408:${square}\n8BA1:${square}`;
    const bytes = new Uint8Array(
      encodeReceipt({ version: 1, blocks: chinese }, "generic-escpos-80mm", {
        glyphs: combineGlyphSources(asciiGlyph, parseHexFont(hex)),
      }),
    );
    const items = decodeEscPos(bytes).items;
    // The encoder feeds one line after an image; no text line carries a substitute "?".
    expect(receiptLines({ items, unknown: [] })).toEqual(["[IMAGE 72x16]", ""]);
    const image = items[0];
    // Two 16-dot ideographs plus " 9.11" in 8-dot cells, padded to a multiple of 8 rows.
    expect(image?.type === "image" && [image.width, image.height]).toEqual([16 * 2 + 8 * 5, 16]);
  });

  it("prints any printable ASCII faithfully: encode → virtual printer gives the same text (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[!-~][ -~]{0,40}[!-~]$/), (text) => {
        // Arrange
        const blocks: ReceiptBlock[] = [{ type: "text", runs: [{ text }] }];
        // Act
        const lines = receiptLines(decodeEscPos(new Uint8Array(encode(blocks))));
        // Assert: wrapping may split at spaces, but every character arrives in order.
        expect(lines.join(" ").replace(/\s+/g, " ")).toBe(text.replace(/\s+/g, " "));
      }),
      { numRuns: 300 },
    );
  });

  it("prints Latin-1 letters through automatic code pages (property)", () => {
    const latin = fc.constantFrom(..."àáâäçèéêëìíîïñòóôöùúûüÿßÀÉÖÜ€£¥ЖжЩщ");
    fc.assert(
      fc.property(fc.array(latin, { minLength: 1, maxLength: 30 }), (chars) => {
        const text = chars.join("");
        const lines = receiptLines(
          decodeEscPos(new Uint8Array(encode([{ type: "text", runs: [{ text }] }]))),
        );
        expect(lines).toEqual([text]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("encodeReceipt images", () => {
  it("prints an image block as a raster image with the same bits (GS v 0)", () => {
    // Arrange: 16 × 2 pixels, a checkerboard of bytes.
    const bits = new Uint8Array([0xf0, 0x0f, 0xaa, 0x55]);
    const block: ReceiptBlock = {
      type: "image",
      width: 16,
      height: 2,
      bits: btoa(String.fromCharCode(...bits)),
    };
    // Act
    const items = decodeEscPos(new Uint8Array(encode([block]))).items;
    // Assert: the encoder prints in bands of 8 rows, so rows 3–8 come back white.
    const image = items.find((item) => item.type === "image");
    expect(image?.type === "image" && [image.width, image.height, [...image.data.slice(0, 4)]]).toEqual([
      16,
      8,
      [...bits],
    ]);
    expect(image?.type === "image" && image.data.slice(4).every((byte) => byte === 0)).toBe(true);
  });
});
