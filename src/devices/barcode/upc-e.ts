import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { hasValidGs1CheckDigit } from "./check-digit";
import { invalidBarcode } from "./invalid-barcode";

/**
 * zod schema for UPC-E text: number system 0 or 1, six digits, check digit.
 *
 * @public
 */
export const upcETextSchema = /* @__PURE__ */ z
  .string()
  .regex(/^[01]\d{7}$/, { message: "Expected 8 digits starting with 0 or 1" });

const upcATextSchema = /* @__PURE__ */ z.string().regex(/^\d{12}$/, { message: "Expected 12 digits" });

/** The six UPC-E digits d1..d6 become the ten UPC-A digits after the number system, by the last digit. */
function expandBody(d: string): string {
  const last = d[5] as string;
  if (last === "0" || last === "1" || last === "2") return `${d.slice(0, 2)}${last}0000${d.slice(2, 5)}`;
  if (last === "3") return `${d.slice(0, 3)}00000${d.slice(3, 5)}`;
  if (last === "4") return `${d.slice(0, 4)}00000${d[4]}`;
  return `${d.slice(0, 5)}0000${last}`;
}

/**
 * Expands a zero-suppressed UPC-E to its UPC-A (GTIN-12). The check digit is that of the UPC-A, and it is
 * verified.
 *
 * @param upcE - 8 digits: number system, six data digits, check digit
 * @returns the 12-digit UPC-A
 * @throws TillError INVALID_INPUT for a wrong shape; INVALID_BARCODE (reason "check-digit")
 * @example
 * ```ts
 * expandUpcE("04252614"); // "042100005264"
 * ```
 * @public
 */
export function expandUpcE(upcE: string): string {
  const digits = parseWith(upcETextSchema, upcE);
  const upcA = `${digits[0]}${expandBody(digits.slice(1, 7))}${digits[7]}`;
  if (!hasValidGs1CheckDigit(upcA)) {
    throw invalidBarcode("check-digit", `UPC-E check digit does not verify: ${digits}`, { value: digits });
  }
  return upcA;
}

/** The UPC-A body (10 digits after the number system) in its zero-suppressed form, or undefined. */
function compressBody(b: string): string | undefined {
  const manufacturer = b.slice(0, 5);
  const product = b.slice(5, 10);
  if (/^\d\d[012]00$/.test(manufacturer) && /^00\d{3}$/.test(product)) {
    return `${b.slice(0, 2)}${product.slice(2)}${b[2]}`;
  }
  if (/^\d\d\d00$/.test(manufacturer) && /^000\d\d$/.test(product))
    return `${b.slice(0, 3)}${product.slice(3)}3`;
  if (/^\d{4}0$/.test(manufacturer) && /^0000\d$/.test(product)) return `${b.slice(0, 4)}${product[4]}4`;
  if (/^0000[5-9]$/.test(product)) return `${manufacturer}${product[4]}`;
  return undefined;
}

/**
 * Compresses a UPC-A to UPC-E where the zero-suppression rules allow it.
 *
 * @param upcA - 12 digits with number system 0 or 1
 * @returns the 8-digit UPC-E, or undefined when this UPC-A has no UPC-E form
 * @throws TillError INVALID_INPUT for a wrong shape; INVALID_BARCODE (reason "check-digit")
 * @example
 * ```ts
 * compressToUpcE("042100005264"); // "04252614"
 * ```
 * @public
 */
export function compressToUpcE(upcA: string): string | undefined {
  const digits = parseWith(upcATextSchema, upcA);
  if (!hasValidGs1CheckDigit(digits)) {
    throw invalidBarcode("check-digit", `UPC-A check digit does not verify: ${digits}`, { value: digits });
  }
  if (digits[0] !== "0" && digits[0] !== "1") return undefined;
  const body = compressBody(digits.slice(1, 11));
  return body === undefined ? undefined : `${digits[0]}${body}${digits[11]}`;
}
