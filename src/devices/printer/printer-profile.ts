import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";

/**
 * A printer's double-byte mode: which legacy encoding its resident font speaks and the bytes that enter
 * and leave that mode (ESC/POS: `FS &` = 1C 26 and `FS .` = 1C 2E).
 *
 * @public
 */
export const multibyteModeSchema = /* @__PURE__ */ z.object({
  encoding: z.enum(["gb18030", "big5", "shift_jis", "euc-kr"]),
  enter: z.array(z.number().int().min(0).max(255)),
  exit: z.array(z.number().int().min(0).max(255)),
});

/** @public */
export type MultibyteMode = z.infer<typeof multibyteModeSchema>;

/**
 * A printer described as data: protocol language, paper geometry, code pages, optional double-byte font
 * and how it reports status. Supporting a printer means adding a profile.
 *
 * @public
 */
export const printerProfileSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  language: z.enum(["esc-pos", "star-prnt", "star-line"]),
  /** Characters per line in the default font (font A: 12 dots a character on ESC/POS). */
  columns: z.number().int().min(16).max(96),
  /** Printable width in dots (576 on 80 mm paper at 203 dpi, 384 on 58 mm). */
  dotsWidth: z.number().int().min(128).max(2048).multipleOf(8),
  /** The encoder's code-page numbering table ("epson", "star", "bixolon", …). */
  codepageMapping: z.string().min(1),
  /** Code pages tried, in order, for text outside ASCII. */
  codepages: z.array(z.string().min(1)).min(1),
  multibyte: multibyteModeSchema.optional(),
  /** Lines fed before the cutter so the last line clears the blade. */
  feedBeforeCut: z.number().int().min(0).max(16),
  /**
   * "dle-eot": ESC/POS real-time status (DLE EOT n); "star": Star status frame (ESC ACK SOH);
   * "none": a one-way link or no status.
   */
  status: z.enum(["dle-eot", "star", "none"]),
  /** Level of drawer connector pin 3 that means "drawer open" (drawers differ). */
  drawerOpenLevel: z.enum(["high", "low"]),
});

/** @public */
export type PrinterProfile = z.infer<typeof printerProfileSchema>;

const WESTERN = [
  "cp437",
  "cp858",
  "cp850",
  "cp852",
  "cp866",
  "cp857",
  "cp737",
  "windows1252",
  "windows1250",
  "windows1251",
];

const escPos80: PrinterProfile = {
  id: "generic-escpos-80mm",
  language: "esc-pos",
  columns: 48,
  dotsWidth: 576,
  codepageMapping: "epson",
  codepages: WESTERN,
  feedBeforeCut: 3,
  status: "dle-eot",
  drawerOpenLevel: "high",
};

const GB18030: MultibyteMode = { encoding: "gb18030", enter: [0x1c, 0x26], exit: [0x1c, 0x2e] };

/**
 * Built-in printer profiles. Hosts pass their own (validated by {@link printerProfileSchema}) for others.
 *
 * @public
 */
export const PRINTER_PROFILES: Readonly<Record<string, PrinterProfile>> = {
  "generic-escpos-80mm": escPos80,
  "generic-escpos-58mm": { ...escPos80, id: "generic-escpos-58mm", columns: 32, dotsWidth: 384 },
  "epson-tm-t88vi": { ...escPos80, id: "epson-tm-t88vi", columns: 42, dotsWidth: 512 },
  "epson-tm-t88vi-ja": {
    ...escPos80,
    id: "epson-tm-t88vi-ja",
    columns: 42,
    dotsWidth: 512,
    codepages: ["cp437", "epson/katakana", "cp858"],
    // FS C 1 selects Shift JIS, FS & enters Kanji mode; FS . leaves it.
    multibyte: { encoding: "shift_jis", enter: [0x1c, 0x43, 0x01, 0x1c, 0x26], exit: [0x1c, 0x2e] },
  },
  "xprinter-xp-n160ii-zh": {
    ...escPos80,
    id: "xprinter-xp-n160ii-zh",
    codepageMapping: "xprinter",
    codepages: ["cp437", "cp858", "cp866"],
    multibyte: { encoding: "gb18030", enter: [0x1c, 0x26], exit: [0x1c, 0x2e] },
  },
  // ESC/POS printers sold for the Chinese market carry a GB18030 (simplified) or Big5 (traditional)
  // resident font entered with FS &; printing through it needs no host font and stays text on the wire.
  "generic-escpos-80mm-zh": { ...escPos80, id: "generic-escpos-80mm-zh", multibyte: GB18030 },
  "generic-escpos-58mm-zh": {
    ...escPos80,
    id: "generic-escpos-58mm-zh",
    columns: 32,
    dotsWidth: 384,
    multibyte: GB18030,
  },
  "generic-escpos-80mm-zh-hant": {
    ...escPos80,
    id: "generic-escpos-80mm-zh-hant",
    multibyte: { encoding: "big5", enter: [0x1c, 0x26], exit: [0x1c, 0x2e] },
  },
  // Korean-market ESC/POS printers: KS X 1001 (EUC-KR) Hangul and Hanja through the same FS & mode.
  "generic-escpos-80mm-ko": {
    ...escPos80,
    id: "generic-escpos-80mm-ko",
    multibyte: { encoding: "euc-kr", enter: [0x1c, 0x26], exit: [0x1c, 0x2e] },
  },
  "star-tsp100iv": {
    ...escPos80,
    id: "star-tsp100iv",
    language: "star-prnt",
    codepageMapping: "star",
    codepages: ["cp437", "cp858", "cp852", "cp866", "windows1252"],
    status: "star",
  },
  "star-tsp650ii": {
    ...escPos80,
    id: "star-tsp650ii",
    language: "star-line",
    codepageMapping: "star",
    codepages: ["cp437", "cp858", "cp852", "cp866", "windows1252"],
    status: "star",
  },
};

/**
 * Resolves a profile by id or validates a host-supplied one.
 *
 * @param profile - a built-in id or a profile object
 * @returns the validated profile
 * @throws TillError DEVICE_UNSUPPORTED for an unknown id; INVALID_INPUT for a malformed profile
 * @public
 */
export function resolvePrinterProfile(profile: string | PrinterProfile): PrinterProfile {
  if (typeof profile !== "string") return parseWith(printerProfileSchema, profile, ["profile"]);
  const found = PRINTER_PROFILES[profile];
  if (found === undefined)
    throw new TillError("DEVICE_UNSUPPORTED", { path: ["profile"], details: { profile } });
  return found;
}
