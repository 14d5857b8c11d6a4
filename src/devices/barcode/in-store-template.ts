import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { unitOfMeasureSchema } from "../../core/quantity/unit-of-measure";

function count(pattern: string, letter: string): number {
  return pattern.split(letter).length - 1;
}

/** The variable-measure field a verifier digit covers must be 4 or 5 digits (GS1 7.9.2). */
function isVerifierValid(pattern: string): boolean {
  const verifiers = count(pattern, "V");
  if (verifiers === 0) return true;
  const field = Math.max(count(pattern, "P"), count(pattern, "W"));
  return verifiers === 1 && (field === 4 || field === 5);
}

/**
 * zod schema for one in-store (restricted circulation, variable measure) barcode template.
 *
 * The pattern has one character per barcode digit: literal digits for the prefix, `I` item code, `V` price
 * verifier digit, `P` price, `W` weight, `X` a digit to ignore, and `C` the check digit, last. Thirteen
 * characters read EAN-13 scans; twelve read UPC-A (number system 2). The prefix must lie in the GS1
 * restricted-circulation ranges 02 and 20-29.
 *
 * @example
 * ```ts
 * { pattern: "28IIIIVPPPPPC" }              // price in minor units of the store currency
 * { pattern: "21IIIIIWWWWWC", weightDecimals: 3 } // weight in grams, read as kg
 * ```
 * @public
 */
export const inStoreTemplateSchema = /* @__PURE__ */ z
  .object({
    pattern: z.string().regex(/^\d+[IVPWXC]+$/, { message: "Expected literal digits then I, V, P, W, X, C" }),
    /** Decimals of the price field; default the store currency's exponent (PPPPP = 01234 is 12.34 EUR). */
    priceDecimals: z.number().int().min(0).max(4).optional(),
    /** Decimals of the weight field; default 3 (grams read as kilograms). */
    weightDecimals: z.number().int().min(0).max(6).default(3),
    /** Unit of the weight field; default kg. */
    weightUnit: unitOfMeasureSchema.default("kg"),
  })
  .refine((t) => t.pattern.length === 12 || t.pattern.length === 13, {
    message: "A template has 12 (UPC-A) or 13 (EAN-13) characters",
    path: ["pattern"],
  })
  .refine((t) => t.pattern.endsWith("C") && count(t.pattern, "C") === 1, {
    message: "The check digit C comes last, once",
    path: ["pattern"],
  })
  .refine((t) => (t.pattern.length === 13 ? t.pattern : `0${t.pattern}`).match(/^(?:02|2)/) !== null, {
    message: "In-store prefixes are 02 and 20-29 (UPC number system 2)",
    path: ["pattern"],
  })
  .refine((t) => count(t.pattern, "I") > 0 && !(count(t.pattern, "P") > 0 && count(t.pattern, "W") > 0), {
    message: "A template has an item code and either a price or a weight",
    path: ["pattern"],
  })
  .refine((t) => isVerifierValid(t.pattern), {
    message: "A verifier digit V covers a 4- or 5-digit price or weight",
    path: ["pattern"],
  });

/**
 * One in-store template, see {@link inStoreTemplateSchema}.
 *
 * @public
 */
export type InStoreTemplate = z.output<typeof inStoreTemplateSchema>;

/**
 * zod schema for a store's in-store barcode configuration: its currency and its templates, tried in order.
 *
 * @public
 */
export const inStoreConfigSchema = /* @__PURE__ */ z.object({
  /** ISO 4217 code of the prices embedded in the barcodes. */
  currency: currencyCodeSchema,
  /** Templates, first match wins. */
  templates: z.array(inStoreTemplateSchema),
});

/**
 * A store's in-store barcode configuration as given, see {@link inStoreConfigSchema}.
 *
 * @public
 */
export type InStoreConfigInput = z.input<typeof inStoreConfigSchema>;
