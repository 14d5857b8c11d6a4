import {
  codepageChar,
  type DecoderState,
  flushLine,
  initialDecoderState,
  PLAIN,
  setStyle,
  unknownAt,
} from "./escpos-decoder-state";
import type { VirtualReceipt } from "./virtual-receipt";

/**
 * StarPRNT `ESC GS t n` code-page numbers as Star documents them (index = n).
 *
 * @public
 */
export const STAR_CODEPAGES: readonly (string | undefined)[] = /* @__PURE__ */ (() => {
  const table: (string | undefined)[] = [
    "star/standard",
    "cp437",
    "star/katakana",
    undefined,
    "cp858",
    "cp852",
    "cp860",
    "cp861",
    "cp863",
    "cp865",
    "cp866",
    "cp855",
    "cp857",
    "cp862",
    "cp864",
    "cp737",
    "cp851",
    "cp869",
    "star/cp928",
    "cp772",
    "cp774",
    "star/cp874",
  ];
  table[32] = "windows1252";
  table[33] = "windows1250";
  table[34] = "windows1251";
  return table;
})();

/**
 * Decodes a StarPRNT or Star Line mode byte stream (the encoder writes the same commands for both; only
 * StarPRNT adds a page flush, `ESC GS P 0`) into the same
 * {@link VirtualReceipt} the ESC/POS decoder gives: styled text lines, barcodes, QR codes, column images,
 * cuts and drawer pulses.
 *
 * @param bytes - the stream
 * @returns the decoded receipt
 * @public
 */
export function decodeStarPrnt(bytes: Uint8Array): VirtualReceipt {
  const state: DecoderState & { pulse: [number, number] } = {
    ...initialDecoderState(bytes, { codepages: STAR_CODEPAGES }),
    pulse: [200, 200],
  };
  let offset = 0;
  while (offset < bytes.length) offset = starStep(state, offset);
  if (state.text.length > 0 || state.segments.length > 0) flushLine(state);
  return { items: state.items, unknown: state.unknown };
}

function starStep(state: DecoderState & { pulse: [number, number] }, offset: number): number {
  const byte = state.bytes[offset] ?? 0;
  if (byte === 0x0a) {
    flushLine(state);
    return offset + 1;
  }
  if (byte === 0x0d || byte === 0x18) return offset + 1;
  if (byte === 0x07 || byte === 0x1a) {
    const [onMs, offMs] = state.pulse;
    state.items.push({ type: "pulse", pin: byte === 0x07 ? 2 : 5, onMs, offMs });
    return offset + 1;
  }
  if (byte === 0x1b) return starEscape(state, offset);
  if (byte < 0x20) return unknownAt(state, offset);
  state.text += byte < 0x80 ? String.fromCharCode(byte) : codepageChar(state.codepage, byte);
  return offset + 1;
}

function starEscape(state: DecoderState & { pulse: [number, number] }, offset: number): number {
  const at = (index: number): number => state.bytes[offset + index] ?? 0;
  switch (at(1)) {
    case 0x40:
      state.style = PLAIN;
      return offset + 2;
    case 0x45:
    case 0x46:
      setStyle(state, { bold: at(1) === 0x45 });
      return offset + 2;
    case 0x34:
    case 0x35:
      setStyle(state, { invert: at(1) === 0x34 });
      return offset + 2;
    case 0x2d:
      setStyle(state, { underline: at(2) !== 0 });
      return offset + 3;
    case 0x69:
      setStyle(state, { height: at(2) + 1, width: at(3) + 1 });
      return offset + 4;
    case 0x64:
      state.items.push({ type: "cut", partial: (at(2) & 1) === 1 });
      return offset + 3;
    case 0x06:
      // ESC ACK SOH: status request (answered with the Automatic Status frame).
      if (at(2) !== 0x01) return unknownAt(state, offset);
      state.items.push({ type: "status-request", command: "star", n: 1 });
      return offset + 3;
    case 0x07:
      // ESC BEL n1 n2: drawer pulse on and off times in 10 ms units.
      state.pulse = [at(2) * 10, at(3) * 10];
      return offset + 4;
    case 0x62:
      return starBarcode(state, offset);
    case 0x58:
      return starColumnImage(state, offset);
    case 0x1d:
      return starGroup(state, offset);
    case 0x30:
      return offset + 2;
    case 0x7a:
      return offset + 3;
    default:
      return unknownAt(state, offset);
  }
}

function starGroup(state: DecoderState, offset: number): number {
  const at = (index: number): number => state.bytes[offset + index] ?? 0;
  if (at(2) === 0x74) {
    state.codepage = STAR_CODEPAGES[at(3)] ?? "cp437";
    return offset + 4;
  }
  if (at(2) === 0x61 || at(2) === 0x50) return offset + 4;
  if (at(2) !== 0x79) return unknownAt(state, offset);
  // QR: ESC GS y S n m (settings), ESC GS y D 1 0 nL nH data (store), ESC GS y P (print).
  if (at(3) === 0x53) return offset + 6;
  if (at(3) === 0x44) {
    const length = at(6) + at(7) * 256;
    state.qrData = new TextDecoder().decode(state.bytes.slice(offset + 8, offset + 8 + length));
    return offset + 8 + length;
  }
  if (at(3) === 0x50) {
    state.items.push({ type: "qrcode", value: state.qrData });
    return offset + 4;
  }
  return unknownAt(state, offset);
}

function starBarcode(state: DecoderState, offset: number): number {
  let end = offset + 6;
  while (end < state.bytes.length && state.bytes[end] !== 0x1e) end += 1;
  const value = String.fromCharCode(...state.bytes.slice(offset + 6, end));
  state.items.push({ type: "barcode", symbology: state.bytes[offset + 2] ?? 0, value });
  return end + 1;
}

function starColumnImage(state: DecoderState, offset: number): number {
  const columns = (state.bytes[offset + 2] ?? 0) + (state.bytes[offset + 3] ?? 0) * 256;
  const start = offset + 4;
  // 24-dot columns, 3 bytes each, top byte first; turn them into packed rows.
  const width = Math.ceil(columns / 8) * 8;
  const data = new Uint8Array((width / 8) * 24);
  for (let x = 0; x < columns; x += 1) {
    for (let y = 0; y < 24; y += 1) {
      const byte = state.bytes[start + x * 3 + (y >> 3)] ?? 0;
      const index = y * (width / 8) + (x >> 3);
      if ((byte & (0x80 >> (y & 7))) !== 0) data[index] = (data[index] ?? 0) | (0x80 >> (x & 7));
    }
  }
  state.items.push({ type: "image", width, height: 24, data });
  return start + columns * 3;
}
