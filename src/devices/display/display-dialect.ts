import { z } from "zod";
import { TillError } from "../../core/errors/till-error";

/**
 * A pole display's command set as data: the bytes that reset it, clear it, and start (and end) a write
 * on each of its two lines, its code page and the byte grammar family its emulator reads.
 *
 * @public
 */
export const displayDialectSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  /** "escpos": ESC/US commands (CD5220, Epson, Bixolon); "logic-controls": DLE-addressed (DigiPOS). */
  family: z.enum(["escpos", "logic-controls"]),
  columns: z.number().int().min(8).max(40),
  init: z.array(z.number().int().min(0).max(255)),
  clear: z.array(z.number().int().min(0).max(255)),
  lineStart: z.tuple([z.array(z.number().int().min(0).max(255)), z.array(z.number().int().min(0).max(255))]),
  lineEnd: z.tuple([z.array(z.number().int().min(0).max(255)), z.array(z.number().int().min(0).max(255))]),
  /** The display's character table; text outside it is replaced (see toDisplayText). */
  codepage: z.string().min(1),
});

/** @public */
export type DisplayDialect = z.infer<typeof displayDialectSchema>;

/**
 * The built-in dialects of 2×20 pole displays.
 *
 * - `cd5220`: ESC @ resets; FF clears; `ESC Q A … CR` / `ESC Q B … CR` write the upper / lower line.
 * - `escpos`: Epson customer-display commands: `US MD1` overwrite mode, `US $ x y` moves the cursor.
 * - `bixolon`: ESC/POS family with the cursor hidden (`US C 0`) and `ESC l x y` positioning.
 * - `digipos`: the DLE-addressed command set: US resets, DC1 normal mode, DC4 hides the cursor,
 *   `DLE n` puts the cursor at position n (0x00 top left, 0x14 bottom left).
 *
 * @public
 */
export const DISPLAY_DIALECTS: Readonly<Record<string, DisplayDialect>> = {
  cd5220: {
    id: "cd5220",
    family: "escpos",
    columns: 20,
    init: [0x1b, 0x40],
    clear: [0x0c],
    lineStart: [
      [0x1b, 0x51, 0x41],
      [0x1b, 0x51, 0x42],
    ],
    lineEnd: [[0x0d], [0x0d]],
    codepage: "cp437",
  },
  escpos: {
    id: "escpos",
    family: "escpos",
    columns: 20,
    init: [0x1b, 0x40, 0x1f, 0x01],
    clear: [0x0c],
    lineStart: [
      [0x1f, 0x24, 0x01, 0x01],
      [0x1f, 0x24, 0x01, 0x02],
    ],
    lineEnd: [[], []],
    codepage: "cp437",
  },
  bixolon: {
    id: "bixolon",
    family: "escpos",
    columns: 20,
    init: [0x1b, 0x40, 0x1f, 0x43, 0x00],
    clear: [0x0c],
    lineStart: [
      [0x1b, 0x6c, 0x01, 0x01],
      [0x1b, 0x6c, 0x01, 0x02],
    ],
    lineEnd: [[], []],
    codepage: "cp437",
  },
  digipos: {
    id: "digipos",
    family: "logic-controls",
    columns: 20,
    init: [0x1f, 0x11, 0x14],
    clear: [0x1f, 0x11, 0x14],
    lineStart: [
      [0x10, 0x00],
      [0x10, 0x14],
    ],
    lineEnd: [[], []],
    codepage: "cp437",
  },
};

/**
 * Resolves a dialect by id or validates a host-supplied one.
 *
 * @param dialect - id or dialect
 * @returns the dialect
 * @throws TillError DEVICE_UNSUPPORTED for an unknown id
 * @public
 */
export function resolveDisplayDialect(dialect: string | DisplayDialect): DisplayDialect {
  if (typeof dialect !== "string") return displayDialectSchema.parse(dialect);
  const found = DISPLAY_DIALECTS[dialect];
  if (found === undefined)
    throw new TillError("DEVICE_UNSUPPORTED", { path: ["dialect"], details: { dialect } });
  return found;
}
