import { z } from "zod";
import { decimalStringSchema } from "../../core/numbers/decimal-input";

/**
 * zod schema of an account code as the ledger knows it ("4000", "1910-CARD").
 *
 * @public
 */
export const accountCodeSchema = /* @__PURE__ */ z.string().min(1).max(35);

/**
 * zod schema of a keyed mapping: an account per key (category, promotion, reason) and an optional fallback.
 *
 * @public
 */
export const keyedAccountsSchema = /* @__PURE__ */ z.object({
  byKey: z.record(z.string(), accountCodeSchema).default({}),
  default: accountCodeSchema.optional(),
});

/**
 * An account per key plus a fallback.
 *
 * @public
 */
export type KeyedAccounts = z.output<typeof keyedAccountsSchema>;

/**
 * zod schema of the chart-of-accounts mapping: which ledger account each kind of posting goes to. Only
 * postings that actually occur need a mapping; a missing one fails the whole journal with
 * UNMAPPED_ACCOUNT listing every gap at once.
 *
 * @public
 */
export const chartOfAccountsSchema = /* @__PURE__ */ z.object({
  /** Names (and optional types) of the accounts, used by exports that want names (IIF, SAF-T). */
  accounts: z
    .record(accountCodeSchema, z.object({ name: z.string().min(1).max(100), type: z.string().optional() }))
    .default({}),
  revenue: keyedAccountsSchema,
  discounts: z.object({
    /** contra-revenue posts each promotion to its own debit account; net reduces the category's revenue. */
    treatment: z.enum(["contra-revenue", "net"]),
    accounts: keyedAccountsSchema.default({ byKey: {} }),
  }),
  /** Tax payable per jurisdiction and rate (rate as a fraction, "0.07"). */
  taxes: z.array(
    z.object({ jurisdiction: z.string().min(1), rate: decimalStringSchema, account: accountCodeSchema }),
  ),
  /** Clearing account per tender type ("card", "cash"). */
  tenders: z.record(z.string(), accountCodeSchema),
  cashRounding: accountCodeSchema.optional(),
  overShort: accountCodeSchema.optional(),
  giftCardLiability: accountCodeSchema.optional(),
  storeCreditLiability: accountCodeSchema.optional(),
  tipsPayable: accountCodeSchema.optional(),
  loyalty: z
    .object({
      /** defer: earned points move revenue into a liability; expense: redeemed points are a cost when used. */
      treatment: z.enum(["defer", "expense"]),
      liability: accountCodeSchema.optional(),
      deferral: accountCodeSchema.optional(),
      expense: accountCodeSchema.optional(),
    })
    .optional(),
  costOfGoods: z.object({ cogs: keyedAccountsSchema, inventory: keyedAccountsSchema }).optional(),
  paidIn: keyedAccountsSchema.optional(),
  paidOut: keyedAccountsSchema.optional(),
});

/**
 * The chart-of-accounts mapping (parsed form).
 *
 * @public
 */
export type ChartOfAccounts = z.output<typeof chartOfAccountsSchema>;

/**
 * The chart-of-accounts mapping as written in configuration (defaults not yet filled in).
 *
 * @public
 */
export type ChartOfAccountsInput = z.input<typeof chartOfAccountsSchema>;
