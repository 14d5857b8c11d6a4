import { currencyExponent } from "../../core/currency/get-currency";
import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";
import { parseMoney } from "../../core/money/create-money";
import type { Money } from "../../core/money/money";
import { formatScaled } from "../../core/numbers/scaled-decimal";
import { parseQuantity, type Quantity } from "../../core/quantity/quantity";
import { hasValidGs1CheckDigit } from "./check-digit";
import { type InStoreConfigInput, type InStoreTemplate, inStoreConfigSchema } from "./in-store-template";
import { invalidBarcode } from "./invalid-barcode";
import { computePriceVerifier } from "./price-verifier";

/**
 * What an in-store barcode carries: the item code and its embedded price or weight.
 *
 * @public
 */
export interface InStoreBarcode {
  readonly kind: "in-store";
  /** The template pattern that matched. */
  readonly pattern: string;
  /** The item (PLU) digits. */
  readonly itemCode: string;
  /** The embedded price, in the store currency. */
  readonly price?: Money;
  /** The embedded weight. */
  readonly weight?: Quantity;
}

/**
 * Reads in-store barcodes with a store's templates.
 *
 * @public
 */
export type InStoreDecoder = (digits: string) => InStoreBarcode | undefined;

function fieldOf(digits: string, pattern: string, letter: string): string {
  let field = "";
  for (let index = 0; index < pattern.length; index += 1)
    if (pattern[index] === letter) field += digits[index];
  return field;
}

/** Literal digits must match; a 12-character template reads the UPC-A form, 13 the EAN-13 form. */
function alignTo(template: InStoreTemplate, digits: string): string | undefined {
  const { pattern } = template;
  const aligned =
    digits.length === pattern.length
      ? digits
      : digits.length === 12
        ? `0${digits}`
        : digits.startsWith("0")
          ? digits.slice(1)
          : "";
  if (aligned.length !== pattern.length) return undefined;
  for (let index = 0; index < pattern.length; index += 1) {
    const letter = pattern[index] as string;
    if (/\d/.test(letter) && aligned[index] !== letter) return undefined;
  }
  return aligned;
}

function verify(template: InStoreTemplate, digits: string, measured: string): void {
  if (!hasValidGs1CheckDigit(digits)) {
    throw invalidBarcode("check-digit", `Check digit does not verify: ${digits}`, { value: digits });
  }
  const verifier = fieldOf(digits, template.pattern, "V");
  if (verifier !== "" && computePriceVerifier(measured) !== Number(verifier)) {
    throw invalidBarcode("price-verifier", `Price verifier digit does not verify: ${digits}`, {
      value: digits,
      pattern: template.pattern,
      field: measured,
      verifier,
    });
  }
}

function decodeWith(template: InStoreTemplate, digits: string, currency: string): InStoreBarcode {
  const price = fieldOf(digits, template.pattern, "P");
  const weight = fieldOf(digits, template.pattern, "W");
  verify(template, digits, price === "" ? weight : price);
  const base = {
    kind: "in-store" as const,
    pattern: template.pattern,
    itemCode: fieldOf(digits, template.pattern, "I"),
  };
  if (price !== "") {
    const decimals = template.priceDecimals ?? currencyExponent(currency);
    return { ...base, price: parseMoney(formatScaled(BigInt(price), decimals), currency) };
  }
  if (weight !== "") {
    return {
      ...base,
      weight: parseQuantity(formatScaled(BigInt(weight), template.weightDecimals), template.weightUnit),
    };
  }
  return base;
}

/**
 * Builds a decoder for a store's in-store (variable measure) barcodes.
 *
 * @param config - store currency and templates (first match wins)
 * @returns a decoder: for an EAN-13 or UPC-A digit string, the item and its price or weight when a
 *   template's prefix matches, else undefined
 * @throws TillError INVALID_INPUT (bad template) or UNKNOWN_CURRENCY when building; MONEY_PRECISION when a
 *   template's priceDecimals exceed the currency's. The decoder throws INVALID_BARCODE (reason
 *   "check-digit" or "price-verifier") for a matching scan that does not verify.
 * @example
 * ```ts
 * const decode = makeInStoreDecoder({ currency: "EUR", templates: [{ pattern: "28IIIIVPPPPPC" }] });
 * decode("2812346012344")?.price?.toString(); // "12.34" when the verifier and check digit match
 * ```
 * @public
 */
export function makeInStoreDecoder(config: InStoreConfigInput): InStoreDecoder {
  const { currency, templates } = parseWith(inStoreConfigSchema, config);
  const exponent = currencyExponent(currency);
  templates.forEach((template, index) => {
    if ((template.priceDecimals ?? exponent) > exponent) {
      throw new TillError("MONEY_PRECISION", {
        message: `priceDecimals exceeds the ${currency} exponent ${exponent}`,
        path: ["templates", index, "priceDecimals"],
      });
    }
  });
  return (digits) => {
    if (!/^\d{12,13}$/.test(digits)) return undefined;
    for (const template of templates) {
      const aligned = alignTo(template, digits);
      if (aligned !== undefined) return decodeWith(template, aligned, currency);
    }
    return undefined;
  };
}
