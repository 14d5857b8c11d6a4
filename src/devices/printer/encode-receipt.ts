import type { Codepage } from "@point-of-sale/codepage-encoder";
import ReceiptPrinterEncoder, { type BarcodeSymbology } from "@point-of-sale/receipt-printer-encoder";
import { parseWith } from "../../core/errors/from-zod";
import { isTillError, TillError } from "../../core/errors/till-error";
import { type ReceiptDocument, receiptDocumentSchema } from "../receipt/receipt-document";
import { type Bitmap, bitmapToImageData } from "./bitmap";
import type { GlyphSource } from "./bitmap-font";
import { builtInGlyph } from "./latin-font";
import { layoutReceipt, type PrintItem, type PrintSegment } from "./layout-receipt";
import { type PrinterProfile, resolvePrinterProfile } from "./printer-profile";
import { rasterizeText } from "./rasterize-text";
import { encodeMultibyte, isCodepageEncodable } from "./text-encodability";

/**
 * Options for {@link encodeReceipt}.
 *
 * @public
 */
export interface EncodeReceiptOptions {
  /** Glyphs for the raster fallback (default {@link builtInGlyph}: ASCII, Latin letters with marks, € £ ¥ and receipt punctuation). */
  readonly glyphs?: GlyphSource;
}

/**
 * Turns a receipt document into printer bytes for a profile. Each text line takes the first path that
 * prints it faithfully: the printer's code pages, then its double-byte font (where the profile has one),
 * then a raster image drawn from `glyphs`. Text no path can print fails with ENCODING_UNSUPPORTED; it is
 * never replaced by "?".
 *
 * @param document - the receipt document (validated)
 * @param profile - a built-in profile id or a profile
 * @param options - raster glyphs
 * @returns the bytes to send
 * @throws TillError INVALID_INPUT for a malformed document; ENCODING_UNSUPPORTED (path ["blocks", i]);
 *   DEVICE_UNSUPPORTED for an unknown profile
 * @example
 * ```ts
 * const bytes = encodeReceipt(buildReceiptDocument(data), "generic-escpos-80mm");
 * await transport.write(bytes);
 * ```
 * @public
 */
export function encodeReceipt(
  document: ReceiptDocument,
  profile: string | PrinterProfile,
  options: EncodeReceiptOptions = {},
): Uint8Array {
  const valid = parseWith(receiptDocumentSchema, document, ["document"]);
  const resolved = resolvePrinterProfile(profile);
  const encoder = createEncoder(resolved);
  encoder.initialize().codepage("auto");
  for (const item of layoutReceipt(valid, resolved.columns)) {
    try {
      encodeItem(encoder, item, resolved, options.glyphs ?? builtInGlyph);
    } catch (error) {
      if (isTillError(error))
        throw new TillError(error.code, {
          message: error.message,
          path: ["blocks", item.block],
          details: error.details ?? {},
        });
      throw error;
    }
  }
  return encoder.encode();
}

/**
 * A receipt encoder configured from a profile (newline is LF only; code pages are the profile's).
 *
 * @param profile - the printer profile
 * @returns the encoder
 * @internal
 */
export function createEncoder(profile: PrinterProfile): ReceiptPrinterEncoder {
  return new ReceiptPrinterEncoder({
    language: profile.language,
    columns: profile.columns,
    newline: "\n",
    imageMode: "raster",
    feedBeforeCut: profile.feedBeforeCut,
    codepageMapping: profile.codepageMapping as "epson",
    codepageCandidates: profile.codepages as Codepage[],
  });
}

function encodeItem(
  encoder: ReceiptPrinterEncoder,
  item: PrintItem,
  profile: PrinterProfile,
  glyphs: GlyphSource,
): void {
  if (item.kind === "text") {
    encodeLine(encoder, item.segments, profile, glyphs);
    return;
  }
  const block = item.value;
  switch (block.type) {
    case "barcode":
      encoder
        .align("center")
        .barcode(block.value, block.symbology as BarcodeSymbology, block.height ?? 60)
        .align("left");
      return;
    case "qrcode":
      encoder
        .align("center")
        .qrcode(block.value, { model: 2, size: block.size ?? 4, errorlevel: block.errorLevel ?? "m" })
        .align("left");
      return;
    case "image":
      encodeBitmap(encoder, { width: block.width, height: block.height, data: base64ToBytes(block.bits) });
      return;
    case "feed":
      encoder.newline(block.lines);
      return;
    case "cut":
      encoder.cut(block.mode ?? "full");
      return;
    case "pulse":
      // The encoder numbers the drawer connector 0 for pin 2 and 1 for pin 5, and takes milliseconds.
      encoder.pulse(block.pin === 2 ? 0 : 1, block.onMs ?? 100, block.offMs ?? 500);
      return;
  }
}

function encodeLine(
  encoder: ReceiptPrinterEncoder,
  segments: readonly PrintSegment[],
  profile: PrinterProfile,
  glyphs: GlyphSource,
): void {
  const text = segments.map((segment) => segment.text).join("");
  if (isCodepageEncodable(text, profile.codepages)) {
    for (const segment of segments) styled(encoder, segment, () => encoder.text(segment.text));
    encoder.newline();
    return;
  }
  const multibyte = profile.multibyte;
  const parts =
    multibyte === undefined ? [] : segments.map((segment) => encodeMultibyte(segment.text, multibyte));
  if (multibyte !== undefined && parts.every((part) => part !== undefined)) {
    segments.forEach((segment, index) => {
      const bytes = parts[index] ?? new Uint8Array();
      styled(encoder, segment, () => encoder.raw([...multibyte.enter, ...bytes, ...multibyte.exit]));
    });
    encoder.newline();
    return;
  }
  encodeBitmap(encoder, rasterizeText(segments, glyphs, profile.dotsWidth));
}

function styled(encoder: ReceiptPrinterEncoder, segment: PrintSegment, write: () => void): void {
  const { style } = segment;
  const width = style.width ?? 1;
  const height = style.height ?? 1;
  if (style.bold === true) encoder.bold(true);
  if (style.underline === true) encoder.underline(true);
  if (style.invert === true) encoder.invert(true);
  if (width !== 1 || height !== 1) encoder.size(width, height);
  write();
  if (width !== 1 || height !== 1) encoder.size(1, 1);
  if (style.invert === true) encoder.invert(false);
  if (style.underline === true) encoder.underline(false);
  if (style.bold === true) encoder.bold(false);
}

function encodeBitmap(encoder: ReceiptPrinterEncoder, bitmap: Bitmap): void {
  // Raster images go out in bands of 8 rows; pad the height so the last band is whole.
  const height = Math.ceil(bitmap.height / 8) * 8;
  const padded: Bitmap =
    height === bitmap.height ? bitmap : { ...bitmap, height, data: padRows(bitmap, height) };
  encoder.image(bitmapToImageData(padded), padded.width, padded.height, "threshold", 128);
}

function padRows(bitmap: Bitmap, height: number): Uint8Array {
  const data = new Uint8Array((bitmap.width / 8) * height);
  data.set(bitmap.data);
  return data;
}

/**
 * Decodes base64 without Node's Buffer, so it runs in browsers too.
 *
 * @internal
 */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
