import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { decimalStringSchema } from "../../core/numbers/decimal-input";

const idSchema = /* @__PURE__ */ z.string().min(1).max(100);

/**
 * The shape of an {@link AccountingDocument}, built once for each way an amount is written: decimal text in
 * JSON, {@link Money} in typed form. One factory keeps the two schemas from drifting apart.
 *
 * @param amount - the schema of one amount
 * @returns the object schema of one receipt
 * @internal
 */
export function makeDocumentShape<A extends z.ZodType>(amount: A) {
  return z.object({
    /** Stable id of the receipt (the journal entry id of the sale or return). */
    id: idSchema,
    /** Gap-free receipt number printed on the receipt. */
    receiptNumber: idSchema,
    register: idSchema,
    /** The register session (Z period) the receipt belongs to. */
    sessionId: idSchema,
    /** ISO 8601 date-time with offset, as the receipt was completed in local time. */
    date: z.iso.datetime({ offset: true }),
    currency: currencyCodeSchema,
    kind: z.enum(["sale", "return"]),
    /** Revenue net of tax and before discounts, by category. A return carries negative amounts. */
    revenue: z.array(z.object({ category: idSchema, net: amount })).default([]),
    /** Discounts (net of tax) by promotion and the category they reduce; positive on a sale. */
    discounts: z.array(z.object({ promotion: idSchema, category: idSchema, amount })).default([]),
    /**
     * Tax collected by jurisdiction and rate (rate as a fraction: "0.07"); `category` names the revenue
     * category the row belongs to when one rate row is kept per category (SAF-T line amounts use it).
     */
    taxes: z
      .array(
        z.object({
          jurisdiction: idSchema,
          rate: decimalStringSchema,
          base: amount,
          amount,
          category: idSchema.optional(),
        }),
      )
      .default([]),
    /** Tenders received (clearing tenders only: gift cards and store credit are liabilities below). */
    tenders: z.array(z.object({ type: idSchema, amount, change: amount.optional() })).default([]),
    /** Cash rounding: rounded cash due minus exact cash due (27.10 − 27.12 = −0.02). */
    cashRounding: amount.optional(),
    giftCards: z.object({ sold: amount.optional(), redeemed: amount.optional() }).optional(),
    storeCredit: z.object({ issued: amount.optional(), redeemed: amount.optional() }).optional(),
    tips: amount.optional(),
    /** Value of loyalty points earned on this receipt and redeemed as payment on it. */
    loyalty: z.object({ earned: amount.optional(), redeemed: amount.optional() }).optional(),
    /** Cost of goods by category, where the cost is known. */
    costs: z.array(z.object({ category: idSchema, amount })).default([]),
    employee: idSchema.optional(),
    /** Fiscal signature of the receipt and its key version, carried into SAF-T. */
    signature: z.string().max(999).optional(),
    keyVersion: z.string().max(50).optional(),
  });
}

/**
 * The shape of a {@link SessionEvent}.
 *
 * @param amount - the schema of one amount
 * @returns the object schema of one session event
 * @internal
 */
export function makeSessionEventShape<A extends z.ZodType>(amount: A) {
  return z.object({
    id: idSchema,
    register: idSchema,
    sessionId: idSchema,
    date: z.iso.datetime({ offset: true }),
    currency: currencyCodeSchema,
    /** paid-in and paid-out move cash with a reason; over-short is counted minus expected at close. */
    kind: z.enum(["paid-in", "paid-out", "over-short"]),
    amount,
    /** Why cash moved ("float", "petty-cash"); selects the account. Defaults to "default". */
    reason: idSchema.optional(),
    /** Tender whose clearing account moves (default "cash"). */
    tender: idSchema.optional(),
    employee: idSchema.optional(),
  });
}
