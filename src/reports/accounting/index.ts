export { accountBalances } from "./account-balances";
export {
  type AccountingDocument,
  type AccountingDocumentJson,
  accountingDocumentJsonSchema,
  accountingDocumentSchema,
  type SessionEvent,
  type SessionEventJson,
  sessionEventJsonSchema,
  sessionEventSchema,
} from "./accounting-document";
export { assertEntryBalanced, assertJournalBalanced } from "./assert-balanced";
export {
  accountCodeSchema,
  type ChartOfAccounts,
  type ChartOfAccountsInput,
  chartOfAccountsSchema,
  type KeyedAccounts,
  keyedAccountsSchema,
} from "./chart-of-accounts";
export {
  type Journal,
  type JournalEntry,
  type JournalLine,
  journalEntrySchema,
  journalLineSchema,
  journalSchema,
} from "./journal";
export {
  type JournalPolicy,
  type JournalPolicyInput,
  type JournalSource,
  journalPolicySchema,
  journalSourceSchema,
} from "./journal-policy";
export { makeJournalBuilder } from "./make-journal-builder";
export { POSTING_ROLES, type PostingRole, postingRoleSchema } from "./posting";
export { taxKey } from "./tax-key";
