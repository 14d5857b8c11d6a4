import { type Bitmap, createBitmap, getPixel, setPixel } from "./bitmap";
import type { GlyphSource } from "./bitmap-font";
import { encodePng } from "./encode-png";
import { builtInGlyph } from "./latin-font";
import { rasterizeText } from "./rasterize-text";
import { receiptLines, type VirtualReceipt } from "./virtual-receipt";

/**
 * Options for {@link renderReceiptPng}.
 *
 * @public
 */
export interface RenderPngOptions {
  /** Paper width in pixels (default 576, an 80 mm printer at 203 dpi). */
  readonly width?: number;
  /** Glyphs for text (default {@link builtInGlyph}; characters without a glyph draw as a box). */
  readonly glyphs?: GlyphSource;
}

const BOX = {
  width: 8,
  height: 16,
  rows: [0, 0, 0x7e, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42, 0x7e, 0, 0, 0],
};

/**
 * Renders what a virtual printer decoded as a PNG picture of the paper: text with its styles, images as
 * printed, barcodes, QR codes, cuts and pulses as labelled placeholders.
 *
 * @param receipt - the decoded receipt
 * @param options - paper width and glyphs
 * @returns PNG bytes
 * @public
 */
export function renderReceiptPng(receipt: VirtualReceipt, options: RenderPngOptions = {}): Uint8Array {
  const width = options.width ?? 576;
  const source = options.glyphs ?? builtInGlyph;
  const glyphs: GlyphSource = (char) => source(char) ?? BOX;
  const bands = receipt.items.flatMap((item): Bitmap[] => {
    if (item.type === "image") return [{ width: item.width, height: item.height, data: item.data }];
    if (item.type === "text") {
      const segments = item.segments.map((segment) => ({ text: segment.text, style: segment }));
      return [rasterizeText(segments.length === 0 ? [{ text: " ", style: {} }] : segments, glyphs, width)];
    }
    const label = receiptLines({ items: [item], unknown: [] })[0];
    return label === undefined ? [] : [rasterizeText([{ text: label, style: {} }], glyphs, width)];
  });
  return encodePng(stack(bands, width));
}

function stack(bands: readonly Bitmap[], width: number): Bitmap {
  const margin = 8;
  const height = bands.reduce((total, band) => total + band.height, 0) + margin * 2;
  const page = createBitmap(width, height);
  let top = margin;
  for (const band of bands) {
    for (let y = 0; y < band.height; y += 1) {
      for (let x = 0; x < Math.min(band.width, width); x += 1) {
        if (getPixel(band, x, y)) setPixel(page, x, top + y);
      }
    }
    top += band.height;
  }
  return page;
}
