import { z } from "zod";

/**
 * zod schema for one row of the currency table.
 *
 * @public
 */
export const currencySchema = /* @__PURE__ */ z.object({
  /** ISO 4217 alphabetic code, e.g. "EUR". */
  code: z.string().regex(/^[A-Z]{3}$/),
  /** ISO 4217 numeric code, e.g. 978. */
  numeric: z.number().int().min(0).max(999),
  /** Minor-unit exponent: 2 for EUR (cents), 0 for JPY, 3 for KWD, 4 for CLF. */
  exponent: z.number().int().min(0).max(4),
  /** English name. */
  name: z.string(),
  /** True for codes ISO lists with "N.A." minor units (gold, SDR, test code): they take exponent 0 here. */
  noMinorUnit: z.boolean().optional(),
  /** For withdrawn codes kept so old receipts still read: the year it was withdrawn. */
  withdrawn: z.number().int().optional(),
});

/**
 * One currency: ISO 4217 codes, minor-unit exponent, and whether it is withdrawn.
 *
 * @public
 */
export type Currency = z.infer<typeof currencySchema>;

/**
 * zod schema for a currency code: three upper-case letters (whether it is known is checked on lookup).
 *
 * @public
 */
export const currencyCodeSchema = /* @__PURE__ */ z.string().regex(/^[A-Z]{3}$/, {
  message: "Expected an ISO 4217 code such as EUR",
});
