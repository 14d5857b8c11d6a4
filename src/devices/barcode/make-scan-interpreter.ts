import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { isTillError } from "../../core/errors/till-error";
import { isGs1Symbology, type Symbology, splitAim } from "./aim-symbology";
import { hasValidGs1CheckDigit } from "./check-digit";
import { parseGs1DigitalLink } from "./gs1-digital-link";
import { gs1ParseOptionsSchema } from "./gs1-element";
import { gtinKindOf, normalizeToGtin14 } from "./gtin";
import { inStoreConfigSchema } from "./in-store-template";
import { invalidBarcode } from "./invalid-barcode";
import { type InStoreDecoder, makeInStoreDecoder } from "./make-in-store-decoder";
import { parseGs1ElementString } from "./parse-gs1-element-string";
import type { ParsedBarcode, Scan } from "./scan";
import { expandUpcE } from "./upc-e";

/**
 * zod schema for the options of {@link makeScanInterpreter}.
 *
 * @public
 */
export const scanInterpreterOptionsSchema = /* @__PURE__ */ gs1ParseOptionsSchema.extend({
  /** The store's in-store barcode templates; without them, 02/20-29 barcodes read as plain GTINs. */
  inStore: inStoreConfigSchema.optional(),
});

/**
 * Options of {@link makeScanInterpreter}, see {@link scanInterpreterOptionsSchema}.
 *
 * @public
 */
export type ScanInterpreterOptions = z.input<typeof scanInterpreterOptionsSchema>;

/**
 * Turns raw scanner text into a {@link Scan}.
 *
 * @public
 */
export type ScanInterpreter = (scanned: string) => Scan;

const EAN_FAMILY: ReadonlySet<Symbology> = /* @__PURE__ */ new Set<Symbology>([
  "ean-13",
  "ean-8",
  "upc-a",
  "upc-e",
]);

/** Without an AIM identifier, digits of an EAN/UPC length are taken as EAN/UPC; URLs as Digital Links. */
function inferSymbology(data: string): Symbology {
  if (/^\d{13}$/.test(data)) return data.startsWith("0") ? "upc-a" : "ean-13";
  if (/^\d{12}$/.test(data)) return "upc-a";
  if (/^\d{8}$/.test(data)) return hasValidGs1CheckDigit(data) ? "ean-8" : "upc-e";
  if (/^\d{14}$/.test(data)) return "itf";
  if (data.includes("\u001d")) return "gs1-128";
  return "unknown";
}

/** ]E0 carries EAN-13, UPC-A (as 13 digits with a leading 0) and, on some scanners, UPC-E as 8 digits. */
function refineEan(symbology: Symbology, digits: string): Symbology {
  if (symbology !== "ean-13") return symbology;
  if (digits.length === 8) return "upc-e";
  if (digits.length === 12 || (digits.length === 13 && digits.startsWith("0"))) return "upc-a";
  return symbology;
}

function parseText(data: string, options: z.output<typeof gs1ParseOptionsSchema>): ParsedBarcode {
  if (!/^https?:\/\//i.test(data)) return { kind: "text", text: data };
  try {
    return { kind: "digital-link", link: parseGs1DigitalLink(data, options) };
  } catch (error) {
    if (isTillError(error) && error.details?.reason === "no-primary-key") return { kind: "text", text: data };
    throw error;
  }
}

/** Digit counts each EAN/UPC symbology may carry before an optional 2- or 5-digit add-on. */
const EAN_LENGTHS: Readonly<Partial<Record<Symbology, readonly number[]>>> = {
  "ean-13": [13],
  "upc-a": [13, 12],
  "ean-8": [8],
  "upc-e": [8],
};

function splitAddOn(symbology: Symbology, data: string): { digits: string; addOn: string } | undefined {
  if (!/^\d+$/.test(data)) return undefined;
  for (const length of EAN_LENGTHS[symbology] ?? []) {
    const addOn = data.slice(length);
    if (data.length >= length && (addOn === "" || addOn.length === 2 || addOn.length === 5)) {
      return { digits: data.slice(0, length), addOn };
    }
  }
  return undefined;
}

function parseEan(symbology: Symbology, data: string, decode: InStoreDecoder | undefined): ParsedBarcode {
  const split = splitAddOn(symbology, data);
  if (split === undefined || (symbology === "upc-e" && !/^[01]/.test(split.digits))) {
    throw invalidBarcode("bad-format", `Not ${symbology} digits: ${data}`, { value: data, symbology });
  }
  // UPC-A travels in its 13-digit EAN form with a leading 0; the GTIN is the 12 digits after it.
  const isPaddedUpcA = symbology === "upc-a" && split.digits.length === 13;
  const gtin =
    symbology === "upc-e" ? expandUpcE(split.digits) : isPaddedUpcA ? split.digits.slice(1) : split.digits;
  const gtin14 = normalizeToGtin14(gtin);
  const inStore = decode?.(gtin);
  if (inStore !== undefined) return inStore;
  const parsed = { kind: "gtin" as const, gtin14, gtinKind: gtinKindOf(gtin) };
  return split.addOn === "" ? parsed : { ...parsed, addOn: split.addOn };
}

/**
 * Builds the function that turns raw scanner text (AIM identifier and data) into `{ value, symbology, aim,
 * parsed }`: EAN/UPC check digits verified and normalised to GTIN-14, in-store barcodes decoded through the
 * store's templates, GS1 element strings and Digital Links parsed strictly.
 *
 * @param options - store currency, reference year for GS1 dates, in-store templates
 * @returns the interpreter
 * @throws TillError INVALID_INPUT for bad options. The interpreter throws INVALID_BARCODE, UNKNOWN_AI and
 *   INVALID_INPUT (non-text input), never anything else.
 * @example
 * ```ts
 * const interpret = makeScanInterpreter({ currency: "EUR" });
 * interpret("]E04006381333931").parsed; // { kind: "gtin", gtin14: "04006381333931", gtinKind: "gtin-13" }
 * ```
 * @public
 */
export function makeScanInterpreter(options: ScanInterpreterOptions = {}): ScanInterpreter {
  const settings = parseWith(scanInterpreterOptionsSchema, options, ["options"]);
  const decode = settings.inStore === undefined ? undefined : makeInStoreDecoder(settings.inStore);
  return (scanned) => {
    const split = splitAim(parseWith(z.string(), scanned));
    const symbology = refineEan(
      split.aim === undefined ? inferSymbology(split.data) : split.symbology,
      split.data,
    );
    const scan = (parsed: ParsedBarcode): Scan => ({ value: split.data, symbology, aim: split.aim, parsed });
    if (split.data === "") throw invalidBarcode("empty", "The scan holds no data");
    if (EAN_FAMILY.has(symbology)) return scan(parseEan(symbology, split.data, decode));
    if (isGs1Symbology(symbology))
      return scan({ kind: "gs1", elements: parseGs1ElementString(split.data, settings) });
    if (symbology === "itf" && /^\d{14}$/.test(split.data)) {
      return scan({ kind: "gtin", gtin14: normalizeToGtin14(split.data), gtinKind: "gtin-14" });
    }
    return scan(parseText(split.data, settings));
  };
}

/**
 * Interprets one scan with default options (no store currency, no in-store templates). Hosts that scan
 * often should build the interpreter once with {@link makeScanInterpreter}.
 *
 * @param scanned - raw scanner text, AIM identifier first when the scanner sends one
 * @returns the scan
 * @throws TillError INVALID_BARCODE, UNKNOWN_AI, INVALID_INPUT
 * @public
 */
export function interpretScan(scanned: string): Scan {
  return makeScanInterpreter()(scanned);
}
