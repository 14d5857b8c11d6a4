import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { Money } from "../../core/money/money";
import { postingRoleSchema } from "./posting";

const moneySchema = /* @__PURE__ */ z.instanceof(Money, { message: "Expected a Money value" });

/**
 * zod schema of one journal line: one account, a debit or a credit (the other is zero), and what it is.
 *
 * @public
 */
export const journalLineSchema = /* @__PURE__ */ z.object({
  account: z.string().min(1),
  /** The account's name from the mapping, or the code when none is given. */
  accountName: z.string(),
  role: postingRoleSchema,
  key: z.string(),
  debit: moneySchema,
  credit: moneySchema,
  memo: z.string(),
});

/**
 * One line of a journal entry.
 *
 * @public
 */
export type JournalLine = z.output<typeof journalLineSchema>;

/**
 * zod schema of a balanced journal entry: one receipt or event, or one whole register session.
 *
 * @public
 */
export const journalEntrySchema = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  /** The latest date of what the entry covers (the Z close for a session entry). */
  date: z.iso.datetime({ offset: true }),
  register: z.string(),
  sessionId: z.string(),
  currency: currencyCodeSchema,
  documentIds: z.array(z.string()),
  eventIds: z.array(z.string()),
  lines: z.array(journalLineSchema),
});

/**
 * A journal entry.
 *
 * @public
 */
export type JournalEntry = z.output<typeof journalEntrySchema>;

/**
 * zod schema of a journal: entries in one currency at one granularity.
 *
 * @public
 */
export const journalSchema = /* @__PURE__ */ z.object({
  currency: currencyCodeSchema,
  granularity: z.enum(["receipt", "session"]),
  entries: z.array(journalEntrySchema),
});

/**
 * A double-entry journal: every entry balances (exact minor units).
 *
 * @public
 */
export type Journal = z.output<typeof journalSchema>;
