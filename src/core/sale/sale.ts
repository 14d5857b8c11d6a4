import { z } from "zod";
import { currencyCodeSchema } from "../currency/currency";
import { parseWith } from "../errors/from-zod";
import { manualDiscountSchema } from "./manual-discount";
import { actionRecordSchema, saleLineSchema } from "./sale-line";
import {
  approvalRecordSchema,
  saleCashRoundingSchema,
  saleCustomerSchema,
  saleLoyaltySchema,
  saleNoteSchema,
  saleTenderSchema,
} from "./sale-records";
import { idSchema, timestampSchema } from "./value-schemas";

/**
 * The states of a sale. `open` takes changes; `tendering` has tenders in flight; `suspended` is parked and
 * resumes to `open`; `completed` and `voided` are final (a completed sale can only be post-voided).
 *
 * @public
 */
export const SALE_STATUSES = ["open", "tendering", "completed", "voided", "suspended"] as const;

/**
 * A sale status, see {@link SALE_STATUSES}.
 *
 * @public
 */
export type SaleStatus = (typeof SALE_STATUSES)[number];

/**
 * zod codec for a whole sale: reads its JSON form (or a Sale holding Money/Quantity values) into a Sale.
 *
 * @public
 */
export const saleSchema = /* @__PURE__ */ z.object({
  saleId: idSchema,
  /** Gap-free per register, given when the sale completes. */
  receiptNumber: z.string().optional(),
  storeId: idSchema,
  registerId: idSchema,
  cashierId: idSchema,
  currency: currencyCodeSchema,
  status: z.enum(SALE_STATUSES),
  lines: z.array(saleLineSchema),
  customer: saleCustomerSchema.optional(),
  /** Coupon codes as entered; the coupon stage decides which apply. */
  couponCodes: z.array(z.string().min(1)),
  manualDiscounts: z.array(manualDiscountSchema),
  tenders: z.array(saleTenderSchema),
  /** The cash-rounding difference of the payment, set at completion when the policy rounded. */
  cashRounding: saleCashRoundingSchema.optional(),
  /** Points earned and redeemed per line, set at completion when a loyalty program applies. */
  loyalty: saleLoyaltySchema.optional(),
  /** Training sales are excluded from totals, stock and ledgers. */
  isTraining: z.boolean(),
  notes: z.array(saleNoteSchema),
  approvals: z.array(approvalRecordSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  completedAt: timestampSchema.optional(),
  suspendedAt: timestampSchema.optional(),
  /** Present once the sale is voided; `isPostVoid` tells a post-void of a completed sale. */
  voided: actionRecordSchema.extend({ isPostVoid: z.boolean() }).optional(),
});

/**
 * An immutable sale: plain objects and arrays holding immutable Money and Quantity values. Change it only
 * through the reducer (`applySaleAction`) or the operation functions, which return a new Sale.
 *
 * @public
 */
export type Sale = z.output<typeof saleSchema>;

/**
 * The JSON form of a {@link Sale} (what `JSON.stringify(sale)` writes).
 *
 * @public
 */
export type SaleJson = z.input<typeof saleSchema>;

/**
 * Reads a sale from its JSON form (e.g. from storage).
 *
 * @param json - parsed JSON, e.g. `JSON.parse(text)`
 * @returns the Sale with Money and Quantity values
 * @throws TillError INVALID_INPUT (or a money/quantity code) with the path of the bad field
 * @example
 * ```ts
 * const copy = saleFromJson(JSON.parse(JSON.stringify(sale)));
 * ```
 * @public
 */
export function saleFromJson(json: unknown): Sale {
  return parseWith(saleSchema, json);
}
