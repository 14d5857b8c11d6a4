import { z } from "zod";
import { TENDER_STATES, tenderSchema } from "../tenders/tender";
import { idSchema, moneyValueSchema, timestampSchema } from "./value-schemas";

/**
 * zod schema for the customer attached to a sale.
 *
 * @public
 */
export const saleCustomerSchema = /* @__PURE__ */ z.object({
  customerId: idSchema,
  name: z.string().optional(),
  /** Loyalty tier or price tier the pricing rules may read. */
  tier: z.string().optional(),
  /** Customer groups (staff, wholesale, tax-exempt, ...). */
  groups: z.array(z.string()).optional(),
});

/**
 * The customer attached to a sale.
 *
 * @public
 */
export type SaleCustomer = z.output<typeof saleCustomerSchema>;

/**
 * Tender states, the tenders module's {@link TENDER_STATES}: `entered` (cash, vouchers: counted, removable),
 * `pending`, `approved`, `declined`, `unknown` (a card payment whose outcome is not known yet).
 *
 * @public
 */
export const TENDER_STATUSES = TENDER_STATES;

/**
 * zod schema for a tender on a sale: the tenders module's tender (kind, state, home amount, foreign cash
 * details, reference) plus when it was entered.
 *
 * @public
 */
export const saleTenderSchema = /* @__PURE__ */ tenderSchema.extend({ at: timestampSchema });

/**
 * zod schema for the cash-rounding difference of a completed sale: its own receipt line and account,
 * stamped with the policy that made it so the receipt can be recomputed.
 *
 * @public
 */
export const saleCashRoundingSchema = /* @__PURE__ */ z.object({
  /** `toPay − total`: negative when the customer pays less (48.32 → 48.30 is −0.02). */
  difference: moneyValueSchema,
  policyId: z.string().min(1),
  policyVersion: z.number().int().min(1),
});

/**
 * The cash-rounding difference of a sale.
 *
 * @public
 */
export type SaleCashRounding = z.output<typeof saleCashRoundingSchema>;

/**
 * A tender applied to a sale.
 *
 * @public
 */
export type SaleTender = z.output<typeof saleTenderSchema>;

/**
 * zod schema for an approval granted for one operation.
 *
 * @public
 */
export const approvalRecordSchema = /* @__PURE__ */ z.object({
  approvalId: idSchema,
  /** The permission the operator lacked. */
  permission: z.string().min(1),
  /** Operator who asked. */
  requestedBy: idSchema,
  /** Employee who granted it (manager PIN, badge). */
  approvedBy: idSchema,
  at: timestampSchema,
  /** The line, discount or sale the approval covers. */
  subject: z.string().optional(),
  reason: z.string().optional(),
});

/**
 * An approval recorded on a sale.
 *
 * @public
 */
export type ApprovalRecord = z.output<typeof approvalRecordSchema>;

/**
 * zod schema for a note on a sale.
 *
 * @public
 */
export const saleNoteSchema = /* @__PURE__ */ z.object({
  text: z.string().min(1),
  by: idSchema,
  at: timestampSchema,
});

/**
 * A note on a sale.
 *
 * @public
 */
export type SaleNote = z.output<typeof saleNoteSchema>;

const pointsPerLineSchema = /* @__PURE__ */ z.array(
  z.object({ lineId: idSchema, points: z.number().int().nonnegative().refine(Number.isSafeInteger) }),
);

/**
 * zod schema for what a completed sale did with loyalty points, per line: points earned and points
 * redeemed (the redemption's allocation). Returns reverse and restore from these figures, in proportion
 * to the quantity returned, so a full return moves exactly what the sale moved.
 *
 * @public
 */
export const saleLoyaltySchema = /* @__PURE__ */ z.object({
  programId: z.string().min(1),
  customerId: z.string().min(1),
  earned: pointsPerLineSchema,
  redeemed: pointsPerLineSchema,
  /** When the earned points expire, if the program says. */
  expiresAt: timestampSchema.optional(),
});

/**
 * A sale's loyalty record (output form).
 *
 * @public
 */
export type SaleLoyalty = z.output<typeof saleLoyaltySchema>;
