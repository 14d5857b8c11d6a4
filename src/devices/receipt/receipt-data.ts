import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { decimalStringSchema } from "../../core/numbers/decimal-input";

const discountSchema = /* @__PURE__ */ z.object({
  promotionName: z.string().min(1),
  /** Positive reduction, as on the allocation ledger. */
  amount: decimalStringSchema,
});

const lineSchema = /* @__PURE__ */ z.object({
  description: z.string().min(1),
  sku: z.string().optional(),
  quantity: decimalStringSchema,
  /** Unit of measure shown after the quantity, e.g. "kg"; omitted for pieces. */
  unit: z.string().optional(),
  unitPrice: decimalStringSchema,
  /** quantity × unit price, before discounts. */
  lineTotal: decimalStringSchema,
  discounts: z.array(discountSchema).default([]),
  /** Short tax code printed after the amount (A, B, …) and keyed in the tax summary. */
  taxCode: z.string().max(2).optional(),
});

/**
 * What a receipt shows, close to a PricedSale: money is decimal strings in the sale's `currency`, every
 * discount keeps its promotion name, tax is summarised by rate and jurisdiction.
 *
 * @public
 */
export const receiptDataSchema = /* @__PURE__ */ z.object({
  currency: currencyCodeSchema,
  mode: z.enum(["live", "training"]).default("live"),
  store: z.object({
    name: z.string().min(1),
    addressLines: z.array(z.string()).default([]),
    vatId: z.string().optional(),
    phone: z.string().optional(),
  }),
  receiptNumber: z.string().min(1),
  /** ISO 8601 instant with offset, e.g. 2026-03-14T15:09:26Z. */
  issuedAt: z.iso.datetime({ offset: true }),
  register: z.string().optional(),
  cashier: z.object({ id: z.string(), name: z.string() }).optional(),
  customer: z.object({ id: z.string().optional(), name: z.string() }).optional(),
  lines: z.array(lineSchema),
  /** Basket-level promotions (already allocated over lines in the sale), shown once by name. */
  basketDiscounts: z.array(discountSchema).default([]),
  taxes: z.array(
    z.object({
      code: z.string().max(2).optional(),
      name: z.string(),
      jurisdiction: z.string(),
      /** Percent, e.g. "21" or "7.25". */
      ratePercent: decimalStringSchema,
      base: decimalStringSchema,
      amount: decimalStringSchema,
    }),
  ),
  totals: z.object({
    subtotal: decimalStringSchema,
    discount: decimalStringSchema,
    tax: decimalStringSchema,
    total: decimalStringSchema,
    /** Whether the shelf prices include the tax (then the tax line reads "incl."). */
    taxIncluded: z.boolean(),
  }),
  /** Cash rounding as its own line: the signed adjustment and the amount then due. */
  cashRounding: z.object({ adjustment: decimalStringSchema, roundedTotal: decimalStringSchema }).optional(),
  tenders: z.array(
    z.object({
      method: z.enum([
        "cash",
        "card",
        "gift-card",
        "store-credit",
        "points",
        "voucher",
        "foreign-cash",
        "other",
      ]),
      label: z.string().optional(),
      amount: decimalStringSchema,
      reference: z.string().optional(),
    }),
  ),
  change: decimalStringSchema.optional(),
  loyalty: z
    .object({ pointsEarned: decimalStringSchema.optional(), balance: decimalStringSchema.optional() })
    .optional(),
  journal: z.object({
    sequence: z.number().int().min(0),
    /** SHA-256 of the journal entry, hex. */
    hash: z.string().regex(/^[0-9a-f]{16,128}$/),
  }),
  returnPolicy: z.string().optional(),
  footerLines: z.array(z.string()).default([]),
});

/** Receipt data as callers pass it (defaults may be omitted). @public */
export type ReceiptDataInput = z.input<typeof receiptDataSchema>;
/** Receipt data after validation. @public */
export type ReceiptData = z.output<typeof receiptDataSchema>;
