import CodepageEncoder, { type Codepage } from "@point-of-sale/codepage-encoder";
import type { DecodeEscPosOptions } from "./decode-escpos";
import type { VirtualItem, VirtualSegment } from "./virtual-receipt";

/** Text style while decoding. @internal */
export type Style = Omit<VirtualSegment, "text">;

/** The decoder's running state. @internal */
export interface DecoderState {
  readonly bytes: Uint8Array;
  readonly options: DecodeEscPosOptions;
  readonly items: VirtualItem[];
  readonly unknown: { offset: number; byte: number }[];
  style: Style;
  codepage: string;
  isMultibyte: boolean;
  segments: VirtualSegment[];
  text: string;
  qrData: string;
}

/** No style: the state after ESC @. @internal */
export const PLAIN: Style = { bold: false, underline: false, invert: false, width: 1, height: 1 };

/** A decoder at the start of a byte stream: plain style, code page 437, nothing read. @internal */
export function initialDecoderState(bytes: Uint8Array, options: DecodeEscPosOptions): DecoderState {
  return {
    bytes,
    options,
    items: [],
    unknown: [],
    style: PLAIN,
    codepage: "cp437",
    isMultibyte: false,
    segments: [],
    text: "",
    qrData: "",
  };
}

/** Starts a new segment when the style changes. @internal */
export function setStyle(state: DecoderState, change: Partial<Style>): void {
  if (state.text.length > 0) {
    state.segments.push({ text: state.text, ...state.style });
    state.text = "";
  }
  state.style = { ...state.style, ...change };
}

/** Ends the current line (LF). @internal */
export function flushLine(state: DecoderState): void {
  if (state.text.length > 0) state.segments.push({ text: state.text, ...state.style });
  const text = state.segments.map((segment) => segment.text).join("");
  state.items.push({ type: "text", text, segments: state.segments });
  state.segments = [];
  state.text = "";
}

/** Records a byte the decoder does not know and skips it. @internal */
export function unknownAt(state: DecoderState, offset: number): number {
  state.unknown.push({ offset, byte: state.bytes[offset] ?? 0 });
  return offset + 1;
}

/**
 * The character a byte of 0x80 and above stands for in a code page; U+FFFD when the page or the byte is
 * unknown, so a decoded receipt shows exactly where the printer would have printed something unexpected.
 *
 * @internal
 */
export function codepageChar(codepage: string, byte: number): string {
  if (!CodepageEncoder.supports(codepage)) return "\uFFFD";
  const code = CodepageEncoder.getCodepoints(codepage as Codepage, true)[byte];
  return code === undefined ? "\uFFFD" : String.fromCodePoint(code);
}
