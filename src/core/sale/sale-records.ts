import { z } from "zod";
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
 * Tender states the checkout core knows; the tenders module refines the flow behind them.
 *
 * @public
 */
export const TENDER_STATUSES = ["pending", "approved", "declined", "voided", "unknown"] as const;

/**
 * zod schema for a tender on a sale. Kept minimal here; the tenders module extends it.
 *
 * @public
 */
export const saleTenderSchema = /* @__PURE__ */ z.object({
  tenderId: idSchema,
  /** Tender method id: "cash", "card", "gift-card", ... */
  method: z.string().min(1),
  /** Amount applied to the sale (negative for a refund tender). */
  amount: moneyValueSchema,
  status: z.enum(TENDER_STATUSES),
  reference: z.string().optional(),
  at: timestampSchema,
});

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
