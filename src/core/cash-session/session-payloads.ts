import { z } from "zod";
import { cardSafeTextSchema } from "../payments/card-number-guard";
import { moneyInputSchema } from "../payments/money-input";
import { idSchema } from "../sale/value-schemas";
import { TENDER_KINDS } from "../tenders/tender";
import { cashCountSchema } from "./count-cash";
import { saleSummaryLineSchema } from "./sale-summary-lines";

const reason = /* @__PURE__ */ cardSafeTextSchema.pipe(z.string().min(1).max(200));

/**
 * zod schema for the payload of `session.opened`.
 *
 * @public
 */
export const sessionOpenedPayloadSchema = /* @__PURE__ */ z.object({
  sessionId: idSchema,
  employeeId: idSchema,
  float: cashCountSchema,
  floatTotal: moneyInputSchema,
});

/**
 * zod schema for the payload of `session.closed`: what was counted, what was expected, and
 * `overShort = counted − expected` (positive over, negative short).
 *
 * @public
 */
export const sessionClosedPayloadSchema = /* @__PURE__ */ z.object({
  sessionId: idSchema,
  employeeId: idSchema,
  counted: cashCountSchema,
  countedTotal: moneyInputSchema,
  expected: moneyInputSchema,
  overShort: moneyInputSchema,
});

/**
 * zod schema for the payload of `cash.paidIn`, `cash.paidOut`, `cash.drop` and `cash.pickup` (amount
 * positive; the entry type gives the direction).
 *
 * @public
 */
export const cashMovementPayloadSchema = /* @__PURE__ */ z.object({
  sessionId: idSchema,
  employeeId: idSchema,
  amount: moneyInputSchema,
  reason,
  approvalId: idSchema.optional(),
});

/**
 * zod schema for the payload of `drawer.opened` (a no-sale opening).
 *
 * @public
 */
export const drawerOpenedPayloadSchema = /* @__PURE__ */ z.object({
  sessionId: idSchema,
  employeeId: idSchema,
  reason,
  approvalId: idSchema.optional(),
});

/**
 * zod schema for the payload of `shift.clockIn` and `shift.clockOut`.
 *
 * @public
 */
export const shiftPayloadSchema = /* @__PURE__ */ z.object({ employeeId: idSchema });

/**
 * zod schema for one tax of a sale summary.
 *
 * @public
 */
export const summaryTaxSchema = /* @__PURE__ */ z.object({
  jurisdiction: z.string().min(1),
  /** Rate as a fraction of one: "0.19". */
  rate: z.string().regex(/^\d+(\.\d+)?$/),
  base: moneyInputSchema,
  tax: moneyInputSchema,
});

/**
 * zod schema for the summary a sale-type entry carries (`sale.completed`, `return.completed`,
 * `sale.postVoided`, `sale.voided`, `training.receipt`) — the contract reports read. Amounts are signed
 * as they affect the till: a return or a post-void carries negative totals, taxes and tenders.
 *
 * @public
 */
export const saleSummaryPayloadSchema = /* @__PURE__ */ z.object({
  saleId: idSchema,
  employeeId: idSchema,
  sessionId: idSchema.optional(),
  /** The total due, tax included, before cash rounding. */
  total: moneyInputSchema,
  /** All discounts given (positive = in the customer's favour). */
  discountTotal: moneyInputSchema,
  taxes: z.array(summaryTaxSchema),
  tenders: z.array(
    z.object({
      kind: z.enum(TENDER_KINDS),
      amount: moneyInputSchema,
      /** Foreign cash: the notes handed over, the rate (home per foreign unit) and the rate table. */
      foreignAmount: moneyInputSchema.optional(),
      rate: z.string().optional(),
      rateTableId: z.string().optional(),
      /** Card: the payment intent; stored value: the account; voucher: the voucher id. */
      reference: z.string().optional(),
    }),
  ),
  change: moneyInputSchema,
  cashRounding: moneyInputSchema,
  /** Report detail, present on entries written since lines were journaled (older entries lack it). */
  storeId: idSchema.optional(),
  customerId: idSchema.optional(),
  /** Points earned and redeemed by the sale, when a loyalty program applied. */
  pointsEarned: z.string().regex(/^\d+$/).optional(),
  pointsRedeemed: z.string().regex(/^\d+$/).optional(),
  lines: z.array(saleSummaryLineSchema).optional(),
  /** The catalog, price, tax and promotion snapshot versions the sale was priced with. */
  snapshotVersions: z.record(z.string().min(1), z.number().int().nonnegative()).optional(),
});

/**
 * The sale summary payload, see {@link saleSummaryPayloadSchema}.
 *
 * @public
 */
export type SaleSummaryPayload = z.output<typeof saleSummaryPayloadSchema>;

/**
 * The sale summary payload as written (JSON form).
 *
 * @public
 */
export type SaleSummaryPayloadJson = z.input<typeof saleSummaryPayloadSchema>;
