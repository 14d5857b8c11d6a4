import CodepageEncoder, { type Codepage } from "@point-of-sale/codepage-encoder";
import type { MemoryDeviceEnd } from "../transport/memory-transport";
import { type DisplayDialect, resolveDisplayDialect } from "./display-dialect";

/**
 * Decodes pole-display bytes into the two lines the display would show.
 *
 * @param bytes - everything sent to the display
 * @param dialect - its dialect
 * @returns the upper and lower line, each exactly `columns` characters
 * @public
 */
export function decodeDisplay(bytes: Uint8Array, dialect: string | DisplayDialect): [string, string] {
  const resolved = resolveDisplayDialect(dialect);
  const screen = { cells: blank(resolved.columns), row: 0, column: 0 };
  const table = CodepageEncoder.supports(resolved.codepage)
    ? CodepageEncoder.getCodepoints(resolved.codepage as Codepage, true)
    : [];
  let offset = 0;
  while (offset < bytes.length) {
    const consumed =
      resolved.family === "escpos"
        ? escposCommand(bytes, offset, screen)
        : logicCommand(bytes, offset, screen);
    if (consumed > 0) {
      offset += consumed;
      continue;
    }
    const byte = bytes[offset] ?? 0;
    if (byte >= 0x20)
      put(screen, byte < 0x80 ? String.fromCharCode(byte) : String.fromCodePoint(table[byte] ?? 0x3f));
    offset += 1;
  }
  return [screen.cells[0]?.join("") ?? "", screen.cells[1]?.join("") ?? ""];
}

interface Screen {
  cells: string[][];
  row: number;
  column: number;
}

function blank(columns: number): string[][] {
  return [Array.from({ length: columns }, () => " "), Array.from({ length: columns }, () => " ")];
}

function put(screen: Screen, char: string): void {
  const line = screen.cells[screen.row];
  if (line === undefined || screen.column >= line.length) return;
  line[screen.column] = char;
  screen.column += 1;
}

function clearScreen(screen: Screen): void {
  screen.cells = blank(screen.cells[0]?.length ?? 20);
  screen.row = 0;
  screen.column = 0;
}

/** Returns the bytes an ESC/US command takes (0 when the byte is text). */
function escposCommand(bytes: Uint8Array, offset: number, screen: Screen): number {
  const [byte, next = 0, x = 1, y = 1] = bytes.subarray(offset, offset + 4);
  if (byte === 0x0c || (byte === 0x1b && next === 0x40)) {
    clearScreen(screen);
    return byte === 0x0c ? 1 : 2;
  }
  if (byte === 0x0d || byte === 0x0a) {
    // CR returns to the line start; LF moves to the lower line.
    if (byte === 0x0d) screen.column = 0;
    else screen.row = 1;
    return 1;
  }
  if (byte === 0x1b && next === 0x51) {
    // CD5220 ESC Q A/B: rewrite the upper/lower line from its start.
    screen.row = x === 0x42 ? 1 : 0;
    screen.column = 0;
    return 3;
  }
  if ((byte === 0x1f && next === 0x24) || (byte === 0x1b && next === 0x6c)) {
    screen.column = Math.max(0, x - 1);
    screen.row = y >= 2 ? 1 : 0;
    return 4;
  }
  if (byte === 0x1b && next === 0x74) return 3;
  if (byte === 0x1f && next === 0x43) return 3;
  if (byte === 0x1f) return 2;
  return 0;
}

/** Returns the bytes a DLE-addressed command takes (0 when the byte is text). */
function logicCommand(bytes: Uint8Array, offset: number, screen: Screen): number {
  const [byte, next = 0] = bytes.subarray(offset, offset + 2);
  const columns = screen.cells[0]?.length ?? 20;
  if (byte === 0x1f) {
    clearScreen(screen);
    return 1;
  }
  if (byte === 0x10) {
    screen.row = next >= columns ? 1 : 0;
    screen.column = next % columns;
    return 2;
  }
  if (byte === 0x0d) {
    screen.column = 0;
    return 1;
  }
  if (byte === 0x11 || byte === 0x12 || byte === 0x13 || byte === 0x14) return 1;
  return 0;
}

/**
 * A pole display emulator on the device end of a memory link: it shows the two lines the bytes draw.
 *
 * @public
 */
export class VirtualDisplay {
  readonly #device: MemoryDeviceEnd;
  readonly #dialect: DisplayDialect;

  /**
   * @param device - device end of a memory link
   * @param dialect - the dialect it speaks
   */
  constructor(device: MemoryDeviceEnd, dialect: string | DisplayDialect) {
    this.#device = device;
    this.#dialect = resolveDisplayDialect(dialect);
  }

  /** The upper and lower line now shown. */
  lines(): [string, string] {
    return decodeDisplay(this.#device.received(), this.#dialect);
  }
}
