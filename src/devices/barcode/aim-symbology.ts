/**
 * Symbologies tillkit names. `gs1-*` ones carry a GS1 element string.
 *
 * @public
 */
export const SYMBOLOGIES = [
  "ean-13",
  "ean-8",
  "upc-a",
  "upc-e",
  "ean-addon",
  "gs1-128",
  "code-128",
  "gs1-databar",
  "gs1-datamatrix",
  "datamatrix",
  "gs1-qr",
  "qr",
  "gs1-dotcode",
  "code-39",
  "code-93",
  "itf",
  "codabar",
  "pdf417",
  "aztec",
  "unknown",
] as const;

/**
 * A symbology, see {@link SYMBOLOGIES}.
 *
 * @public
 */
export type Symbology = (typeof SYMBOLOGIES)[number];

/**
 * AIM symbology identifiers (ISO/IEC 15424): "]" + code character + modifier. Keys are the code character
 * plus modifier; a code character listed with "*" covers every modifier not listed.
 */
const AIM_TABLE: Readonly<Record<string, Symbology>> = {
  E0: "ean-13",
  E1: "ean-addon",
  E2: "ean-addon",
  E3: "ean-13",
  E4: "ean-8",
  C1: "gs1-128",
  "C*": "code-128",
  "e*": "gs1-databar",
  d2: "gs1-datamatrix",
  "d*": "datamatrix",
  Q3: "gs1-qr",
  Q4: "gs1-qr",
  "Q*": "qr",
  J1: "gs1-dotcode",
  "A*": "code-39",
  "G*": "code-93",
  "I*": "itf",
  "F*": "codabar",
  "L*": "pdf417",
  "z*": "aztec",
};

/** The identifier an emulator sends for each symbology (UPC-A and UPC-E travel as ]E0 in EAN-13 form). */
const PREFERRED_AIM: Partial<Record<Symbology, string>> = {
  "ean-13": "]E0",
  "upc-a": "]E0",
  "upc-e": "]E0",
  "ean-8": "]E4",
  "ean-addon": "]E2",
  "gs1-128": "]C1",
  "code-128": "]C0",
  "gs1-databar": "]e0",
  "gs1-datamatrix": "]d2",
  datamatrix: "]d1",
  "gs1-qr": "]Q3",
  qr: "]Q1",
  "gs1-dotcode": "]J1",
  "code-39": "]A0",
  "code-93": "]G0",
  itf: "]I0",
  codabar: "]F0",
  pdf417: "]L0",
  aztec: "]z0",
};

const GS1_SYMBOLOGIES: ReadonlySet<Symbology> = /* @__PURE__ */ new Set<Symbology>([
  "gs1-128",
  "gs1-databar",
  "gs1-datamatrix",
  "gs1-qr",
  "gs1-dotcode",
]);

/**
 * A scan split into its AIM identifier and data.
 *
 * @public
 */
export interface AimSplit {
  /** The identifier, e.g. "]C1", or undefined when the scan carried none. */
  readonly aim: string | undefined;
  /** What the identifier names; "unknown" without one. */
  readonly symbology: Symbology;
  /** The data after the identifier. */
  readonly data: string;
}

/**
 * Names the symbology of an AIM identifier.
 *
 * @param aim - "]" plus code character plus modifier, e.g. "]e0"
 * @returns the symbology, "unknown" for identifiers not in the table
 * @example
 * ```ts
 * symbologyOfAim("]d2"); // "gs1-datamatrix"
 * ```
 * @public
 */
export function symbologyOfAim(aim: string): Symbology {
  const key = aim.slice(1, 3);
  return AIM_TABLE[key] ?? AIM_TABLE[`${key[0] ?? ""}*`] ?? "unknown";
}

/**
 * Splits a leading AIM identifier ("]" + letter + modifier character) off scanned text.
 *
 * @param scanned - scanner output, with or without an identifier
 * @returns the identifier, its symbology and the data
 * @example
 * ```ts
 * splitAim("]E04006381333931"); // { aim: "]E0", symbology: "ean-13", data: "4006381333931" }
 * ```
 * @public
 */
export function splitAim(scanned: string): AimSplit {
  if (!/^\][A-Za-z][0-9A-Za-z]/.test(scanned)) return { aim: undefined, symbology: "unknown", data: scanned };
  const aim = scanned.slice(0, 3);
  return { aim, symbology: symbologyOfAim(aim), data: scanned.slice(3) };
}

/**
 * True for symbologies whose data is a GS1 element string.
 *
 * @param symbology - the symbology
 * @returns whether to parse the data as GS1 elements
 * @public
 */
export function isGs1Symbology(symbology: Symbology): boolean {
  return GS1_SYMBOLOGIES.has(symbology);
}

/**
 * The AIM identifier a scanner sends for a symbology, for emulators and encoders.
 *
 * @param symbology - the symbology
 * @returns e.g. "]E0" for EAN-13, UPC-A and UPC-E (sent expanded), "]E4" for EAN-8; undefined for "unknown"
 * @public
 */
export function aimForSymbology(symbology: Symbology): string | undefined {
  return PREFERRED_AIM[symbology];
}
