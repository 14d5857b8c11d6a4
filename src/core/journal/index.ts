export { type AppendEntryOptions, appendEntries, appendEntry } from "./append-entry";
export { canonicalJson, type JsonValue, jsonValueSchema, toJournalJson } from "./canonical-json";
export { createJournal, type Journal } from "./create-journal";
export { entryHashInput, hashEntry } from "./entry-hash";
export {
  entrySignatureSchema,
  GENESIS_HASH,
  genesisHead,
  type JournalDraft,
  type JournalEntry,
  type JournalHead,
  journalDraftSchema,
  journalEntrySchema,
  journalTimestampSchema,
} from "./journal-entry";
export {
  isReceiptEntryType,
  JOURNAL_ENTRY_TYPES,
  type JournalEntryType,
  journalEntryTypeSchema,
  RECEIPT_ENTRY_TYPES,
} from "./journal-entry-type";
export type { JournalStore } from "./journal-store";
export { createMemoryJournalStore } from "./memory-journal-store";
export { sha256Hex } from "./sha256-hex";
export type { SignatureVerifier, Signer } from "./signer";
export {
  type JournalBreakReason,
  type JournalVerification,
  type VerifyJournalOptions,
  verifyJournal,
} from "./verify-journal";
