export {
  type AsbConditions,
  asbConditionsSchema,
  asbEnableCommand,
  escPosAsbBytes,
  parseEscPosAsb,
  splitEscPosAsb,
} from "./automatic-status";
export type { Bitmap } from "./bitmap";
export { asciiGlyph, combineGlyphSources, type Glyph, type GlyphSource } from "./bitmap-font";
export { type DecodeEscPosOptions, decodeEscPos } from "./decode-escpos";
export { decodeStarPrnt, STAR_CODEPAGES } from "./decode-star-prnt";
export { charWidth, textWidth } from "./display-width";
export { encodePng } from "./encode-png";
export { type EncodeReceiptOptions, encodeReceipt } from "./encode-receipt";
export { EPSON_CODEPAGES } from "./escpos-codepages";
export { parseHexFont } from "./hex-font";
export { builtInGlyph, latinGlyph } from "./latin-font";
export { layoutReceipt, type PrintItem, type PrintSegment } from "./layout-receipt";
export {
  type MultibyteMode,
  multibyteModeSchema,
  PRINTER_PROFILES,
  type PrinterProfile,
  printerProfileSchema,
  resolvePrinterProfile,
} from "./printer-profile";
export {
  DLE_EOT,
  dleEotBytes,
  type PrinterStatus,
  parseDleEotStatus,
  printerStatusSchema,
  queryDrawerOpen,
  queryPrinterStatus,
} from "./printer-status";
export { queryStarStatus, type StarStatusQueryOptions } from "./query-star-status";
export { rasterizeText } from "./rasterize-text";
export { makeReceiptPrinter, type PrintResult, type ReceiptPrinter } from "./receipt-printer";
export { type RenderPngOptions, renderReceiptPng } from "./render-receipt-png";
export {
  parseStarStatus,
  STAR_STATUS_REQUEST,
  starStatusBytes,
  starStatusLength,
} from "./star-status";
export { VirtualPrinter, type VirtualPrinterOptions } from "./virtual-printer";
export {
  receiptLines,
  type VirtualItem,
  type VirtualReceipt,
  type VirtualSegment,
} from "./virtual-receipt";
