import { z } from "zod";

/**
 * Every kind of fact the journal records. The list is closed so projections (X/Z reports, sync, exports)
 * can switch over it exhaustively; a new fact is a new member plus its payload schema.
 *
 * @public
 */
export const JOURNAL_ENTRY_TYPES = [
  "sale.completed",
  "sale.voided",
  "sale.postVoided",
  "return.completed",
  "training.receipt",
  "payment.intent",
  "tender.result",
  "payment.resolved",
  "payment.captured",
  "payment.tipAdjusted",
  "payment.voided",
  "stored-value.redeemed",
  "session.opened",
  "session.closed",
  "cash.paidIn",
  "cash.paidOut",
  "cash.drop",
  "cash.pickup",
  "drawer.opened",
  "approval.granted",
  "report.x",
  "report.z",
  "shift.clockIn",
  "shift.clockOut",
  "employee.clocked-in",
  "employee.clocked-out",
  "employee.break-started",
  "employee.break-ended",
  "employee.punch-corrected",
  "purchase-order.received",
  "exchange-rates.applied",
] as const;

/**
 * One journal entry type, see {@link JOURNAL_ENTRY_TYPES}.
 *
 * @public
 */
export type JournalEntryType = (typeof JOURNAL_ENTRY_TYPES)[number];

/**
 * zod schema for a journal entry type.
 *
 * @public
 */
export const journalEntryTypeSchema = /* @__PURE__ */ z.enum(JOURNAL_ENTRY_TYPES);

/**
 * The entry types that take the next receipt number of their register. Receipts a customer can hold
 * (sales, returns, post-voids) share one gap-free series; training receipts are printed "TRAINING" and
 * never consume a fiscal number.
 *
 * @public
 */
export const RECEIPT_ENTRY_TYPES: readonly JournalEntryType[] = [
  "sale.completed",
  "return.completed",
  "sale.postVoided",
];

/**
 * True when an entry of this type carries a receipt number.
 *
 * @param type - the entry type
 * @returns whether the type takes the next receipt number
 * @public
 */
export function isReceiptEntryType(type: JournalEntryType): boolean {
  return RECEIPT_ENTRY_TYPES.includes(type);
}
