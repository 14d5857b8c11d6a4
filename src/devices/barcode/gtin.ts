import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import type { TillErrorPath } from "../../core/errors/till-error";
import { hasValidGs1CheckDigit } from "./check-digit";
import { invalidBarcode } from "./invalid-barcode";

/**
 * The GTIN formats by digit count.
 *
 * @public
 */
export const GTIN_KINDS = ["gtin-8", "gtin-12", "gtin-13", "gtin-14"] as const;

/**
 * A GTIN format: EAN-8 is GTIN-8, UPC-A is GTIN-12, EAN-13 is GTIN-13, ITF-14 carries GTIN-14.
 *
 * @public
 */
export type GtinKind = (typeof GTIN_KINDS)[number];

/**
 * zod schema for GTIN text: 8, 12, 13 or 14 digits (the check digit is verified separately).
 *
 * @public
 */
export const gtinTextSchema = /* @__PURE__ */ z
  .string()
  .regex(/^(?:\d{8}|\d{12,14})$/, { message: "Expected 8, 12, 13 or 14 digits" });

const KIND_BY_LENGTH: Readonly<Record<number, GtinKind>> = {
  8: "gtin-8",
  12: "gtin-12",
  13: "gtin-13",
  14: "gtin-14",
};

/**
 * Names the GTIN format of a digit string by its length.
 *
 * @param gtin - 8, 12, 13 or 14 digits
 * @returns the kind
 * @throws TillError INVALID_INPUT for any other shape
 * @public
 */
export function gtinKindOf(gtin: string): GtinKind {
  const digits = parseWith(gtinTextSchema, gtin);
  return KIND_BY_LENGTH[digits.length] as GtinKind;
}

/**
 * Checks a GTIN of any length and returns it unchanged.
 *
 * @param gtin - EAN-8, UPC-A, EAN-13 or GTIN-14 digits
 * @param path - where the GTIN sits in the caller's input
 * @returns the same digits
 * @throws TillError INVALID_INPUT for a wrong shape; INVALID_BARCODE (reason "check-digit") when the check
 *   digit does not verify
 * @example
 * ```ts
 * validateGtin("036000291452"); // "036000291452"
 * ```
 * @public
 */
export function validateGtin(gtin: string, path: TillErrorPath = []): string {
  const digits = parseWith(gtinTextSchema, gtin, path);
  if (!hasValidGs1CheckDigit(digits)) {
    throw invalidBarcode("check-digit", `Check digit does not verify: ${digits}`, { value: digits }, path);
  }
  return digits;
}

/**
 * Normalises a GTIN-8/12/13/14 to its 14-digit form by left-padding zeros (the check digit is unchanged
 * because leading zeros weigh nothing).
 *
 * @param gtin - EAN-8, UPC-A, EAN-13 or GTIN-14 digits
 * @param path - where the GTIN sits in the caller's input
 * @returns 14 digits
 * @throws TillError INVALID_INPUT, INVALID_BARCODE (reason "check-digit")
 * @example
 * ```ts
 * normalizeToGtin14("4006381333931"); // "04006381333931"
 * ```
 * @public
 */
export function normalizeToGtin14(gtin: string, path: TillErrorPath = []): string {
  return validateGtin(gtin, path).padStart(14, "0");
}
