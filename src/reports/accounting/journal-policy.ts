import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { accountingDocumentSchema, sessionEventSchema } from "./accounting-document";
import { chartOfAccountsSchema } from "./chart-of-accounts";

/**
 * zod schema of the journal policy: the currency of the books, the mapping, and the granularity —
 * `receipt` (one entry per receipt and per session event) or `session` (one entry per register session,
 * as back offices post a Z report).
 *
 * @public
 */
export const journalPolicySchema = /* @__PURE__ */ z.object({
  currency: currencyCodeSchema,
  granularity: z.enum(["receipt", "session"]),
  chart: chartOfAccountsSchema,
});

/**
 * The journal policy as written in configuration.
 *
 * @public
 */
export type JournalPolicyInput = z.input<typeof journalPolicySchema>;

/**
 * The parsed journal policy.
 *
 * @public
 */
export type JournalPolicy = z.output<typeof journalPolicySchema>;

/**
 * zod schema of what a journal is built from: receipts and session events (typed form).
 *
 * @public
 */
export const journalSourceSchema = /* @__PURE__ */ z.object({
  documents: z.array(accountingDocumentSchema).default([]),
  events: z.array(sessionEventSchema).default([]),
});

/**
 * Receipts and session events to post.
 *
 * @public
 */
export type JournalSource = z.input<typeof journalSourceSchema>;
