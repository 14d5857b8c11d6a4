import { EPSON_CODEPAGES } from "./escpos-codepages";
import { type DecoderState, flushLine, PLAIN, setStyle, unknownAt } from "./escpos-decoder-state";

/** Decodes one ESC command; returns the offset after it. @internal */
export function escapeCommand(state: DecoderState, offset: number): number {
  const command = state.bytes[offset + 1] ?? 0;
  const argument = state.bytes[offset + 2] ?? 0;
  switch (String.fromCharCode(command)) {
    case "@":
      state.style = PLAIN;
      state.codepage = "cp437";
      state.isMultibyte = false;
      return offset + 2;
    case "2":
      return offset + 2;
    case "E":
    case "G":
      setStyle(state, { bold: (argument & 1) === 1 });
      return offset + 3;
    case "-":
      setStyle(state, { underline: (argument & 3) !== 0 && argument !== 0x30 });
      return offset + 3;
    case "!":
      setStyle(state, {
        bold: (argument & 0x08) !== 0,
        height: (argument & 0x10) !== 0 ? 2 : 1,
        width: (argument & 0x20) !== 0 ? 2 : 1,
        underline: (argument & 0x80) !== 0,
      });
      return offset + 3;
    case "t":
      state.codepage = (state.options.codepages ?? EPSON_CODEPAGES)[argument] ?? "cp437";
      return offset + 3;
    case "d":
    case "J":
      if (state.text.length > 0 || state.segments.length > 0) flushLine(state);
      return offset + 3;
    case "p":
      state.items.push({
        type: "pulse",
        pin: (argument & 1) === 0 ? 2 : 5,
        onMs: (state.bytes[offset + 3] ?? 0) * 2,
        offMs: (state.bytes[offset + 4] ?? 0) * 2,
      });
      return offset + 5;
    case "c":
    case "$":
    case "\\":
      return offset + 4;
    case "*":
      return columnImage(state, offset);
    case "M":
    case "a":
    case "3":
    case " ":
    case "U":
    case "V":
    case "{":
    case "R":
    case "=":
    case "r":
      return offset + 3;
    default:
      return unknownAt(state, offset);
  }
}

function columnImage(state: DecoderState, offset: number): number {
  const mode = state.bytes[offset + 2] ?? 0;
  const columns = (state.bytes[offset + 3] ?? 0) + (state.bytes[offset + 4] ?? 0) * 256;
  const bytesPerColumn = mode >= 32 ? 3 : 1;
  state.items.push({ type: "image", width: columns, height: bytesPerColumn * 8, data: new Uint8Array() });
  return offset + 5 + columns * bytesPerColumn;
}

/** Decodes one GS command; returns the offset after it. @internal */
export function groupSeparator(state: DecoderState, offset: number): number {
  const command = state.bytes[offset + 1] ?? 0;
  const argument = state.bytes[offset + 2] ?? 0;
  switch (String.fromCharCode(command)) {
    case "!":
      setStyle(state, { width: ((argument >> 4) & 7) + 1, height: (argument & 7) + 1 });
      return offset + 3;
    case "B":
      setStyle(state, { invert: (argument & 1) === 1 });
      return offset + 3;
    case "V":
      state.items.push({ type: "cut", partial: argument === 1 || argument === 49 || argument === 66 });
      return offset + (argument >= 65 ? 4 : 3);
    case "k":
      return barcode(state, offset);
    case "(":
      return extended(state, offset);
    case "v":
      return rasterImage(state, offset);
    case "L":
    case "W":
    case "P":
      return offset + 4;
    case "a":
      state.items.push({ type: "status-request", command: "asb", n: argument });
      return offset + 3;
    case "h":
    case "w":
    case "H":
    case "f":
    case "b":
    case "r":
    case "I":
      return offset + 3;
    default:
      return unknownAt(state, offset);
  }
}

function barcode(state: DecoderState, offset: number): number {
  const symbology = state.bytes[offset + 2] ?? 0;
  if (symbology <= 6) {
    let end = offset + 3;
    while (end < state.bytes.length && state.bytes[end] !== 0) end += 1;
    state.items.push({ type: "barcode", symbology, value: ascii(state.bytes.slice(offset + 3, end)) });
    return end + 1;
  }
  const length = state.bytes[offset + 3] ?? 0;
  const value = ascii(state.bytes.slice(offset + 4, offset + 4 + length));
  // CODE128 data starts with a code-set selector such as "{B"; the printed value is what follows.
  state.items.push({
    type: "barcode",
    symbology,
    value: symbology === 73 ? value.replace(/^\{[ABC]/, "") : value,
  });
  return offset + 4 + length;
}

function extended(state: DecoderState, offset: number): number {
  const length = (state.bytes[offset + 3] ?? 0) + (state.bytes[offset + 4] ?? 0) * 256;
  const end = offset + 5 + length;
  if (state.bytes[offset + 2] === 0x6b && state.bytes[offset + 5] === 0x31) {
    const fn = state.bytes[offset + 6];
    if (fn === 0x50) state.qrData = new TextDecoder().decode(state.bytes.slice(offset + 8, end));
    if (fn === 0x51) state.items.push({ type: "qrcode", value: state.qrData });
  }
  return end;
}

function rasterImage(state: DecoderState, offset: number): number {
  const widthBytes = (state.bytes[offset + 4] ?? 0) + (state.bytes[offset + 5] ?? 0) * 256;
  const height = (state.bytes[offset + 6] ?? 0) + (state.bytes[offset + 7] ?? 0) * 256;
  const start = offset + 8;
  const data = state.bytes.slice(start, start + widthBytes * height);
  state.items.push({ type: "image", width: widthBytes * 8, height, data });
  return start + widthBytes * height;
}

/** Decodes one FS command; returns the offset after it. @internal */
export function fileSeparator(state: DecoderState, offset: number): number {
  const command = String.fromCharCode(state.bytes[offset + 1] ?? 0);
  if (command === "&") state.isMultibyte = true;
  if (command === ".") state.isMultibyte = false;
  if (command === "&" || command === ".") return offset + 2;
  if (command === "C" || command === "!" || command === "-" || command === "W") return offset + 3;
  if (command === "p") return offset + 4;
  if (command === "(")
    return offset + 5 + (state.bytes[offset + 3] ?? 0) + (state.bytes[offset + 4] ?? 0) * 256;
  return unknownAt(state, offset);
}

function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
