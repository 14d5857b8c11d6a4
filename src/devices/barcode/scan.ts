import type { Symbology } from "./aim-symbology";
import type { Gs1DigitalLink } from "./gs1-digital-link";
import type { Gs1Element } from "./gs1-element";
import type { GtinKind } from "./gtin";
import type { InStoreBarcode } from "./make-in-store-decoder";

/**
 * What a scan means.
 *
 * - `gtin`: a trade item number (EAN-13, EAN-8, UPC-A, UPC-E expanded, ITF-14), normalised to 14 digits
 * - `in-store`: a restricted-circulation barcode read through a store template (item plus price or weight)
 * - `gs1`: a GS1 element string (GS1-128, DataBar, GS1 DataMatrix, GS1 QR)
 * - `digital-link`: a GS1 Digital Link URI
 * - `text`: anything else, as sent
 *
 * @public
 */
export type ParsedBarcode =
  | {
      readonly kind: "gtin";
      readonly gtin14: string;
      readonly gtinKind: GtinKind;
      /** EAN/UPC add-on digits (2 or 5) when the scanner sent them. */
      readonly addOn?: string;
    }
  | InStoreBarcode
  | { readonly kind: "gs1"; readonly elements: readonly Gs1Element[] }
  | { readonly kind: "digital-link"; readonly link: Gs1DigitalLink }
  | { readonly kind: "text"; readonly text: string };

/**
 * One scan as every scanner source (HID POS, keyboard wedge, serial) reports it.
 *
 * @public
 */
export interface Scan {
  /** The barcode data without the AIM identifier; FNC1 separators kept as GS (0x1D). */
  readonly value: string;
  /** The symbology, from the AIM identifier or inferred from the data. */
  readonly symbology: Symbology;
  /** The AIM identifier as sent (e.g. "]E0"), or undefined when the scanner sent none. */
  readonly aim: string | undefined;
  /** The meaning of the data. */
  readonly parsed: ParsedBarcode;
}
