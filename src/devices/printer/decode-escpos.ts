import { escapeCommand, fileSeparator, groupSeparator } from "./escpos-commands";
import {
  codepageChar,
  type DecoderState,
  flushLine,
  initialDecoderState,
  unknownAt,
} from "./escpos-decoder-state";
import type { VirtualReceipt } from "./virtual-receipt";

/**
 * Options for {@link decodeEscPos}.
 *
 * @public
 */
export interface DecodeEscPosOptions {
  /** `ESC t n` numbering (default Epson's). */
  readonly codepages?: readonly (string | undefined)[];
  /** Encoding of double-byte text between `FS &` and `FS .` (default gb18030). */
  readonly multibyteEncoding?: string;
}

/**
 * Decodes an ESC/POS byte stream back into what it prints: text lines with their styles, barcodes and QR
 * codes (with their data), raster images, cuts, drawer pulses and status requests. The virtual printer and
 * the tests read receipts through it.
 *
 * @param bytes - the stream
 * @param options - code-page numbering and double-byte encoding
 * @returns the decoded receipt
 * @public
 */
export function decodeEscPos(bytes: Uint8Array, options: DecodeEscPosOptions = {}): VirtualReceipt {
  const state: DecoderState = initialDecoderState(bytes, options);
  let offset = 0;
  while (offset < bytes.length) offset = step(state, offset);
  if (state.text.length > 0 || state.segments.length > 0) flushLine(state);
  return { items: state.items, unknown: state.unknown };
}

function step(state: DecoderState, offset: number): number {
  const byte = state.bytes[offset] ?? 0;
  switch (byte) {
    case 0x0a:
      flushLine(state);
      return offset + 1;
    case 0x0d:
      return offset + 1;
    case 0x1b:
      return escapeCommand(state, offset);
    case 0x1d:
      return groupSeparator(state, offset);
    case 0x1c:
      return fileSeparator(state, offset);
    case 0x10:
      if (state.bytes[offset + 1] === 0x04) {
        state.items.push({ type: "status-request", command: "dle-eot", n: state.bytes[offset + 2] ?? 0 });
        return offset + 3;
      }
      return unknownAt(state, offset);
    default:
      return printable(state, offset);
  }
}

function printable(state: DecoderState, offset: number): number {
  const byte = state.bytes[offset] ?? 0;
  if (state.isMultibyte && byte >= 0x80) {
    const pair = state.bytes.slice(offset, offset + 2);
    state.text += new TextDecoder(state.options.multibyteEncoding ?? "gb18030").decode(pair);
    return offset + 2;
  }
  if (byte < 0x20) return unknownAt(state, offset);
  state.text += byte < 0x80 ? String.fromCharCode(byte) : codepageChar(state.codepage, byte);
  return offset + 1;
}
