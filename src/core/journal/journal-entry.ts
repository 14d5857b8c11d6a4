import { z } from "zod";
import { jsonValueSchema } from "./canonical-json";
import { journalEntryTypeSchema } from "./journal-entry-type";

const hashSchema = /* @__PURE__ */ z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: "Expected 64 lower-case hex digits" });

/**
 * The `prevHash` of the first entry of every register: 64 zeros.
 *
 * @public
 */
export const GENESIS_HASH = "0".repeat(64);

/**
 * zod schema for the ISO 8601 UTC timestamp the journal stores ("2026-11-23T21:30:00.000Z").
 *
 * @public
 */
export const journalTimestampSchema = /* @__PURE__ */ z.iso.datetime();

/**
 * zod schema for a signature a {@link Signer} added to an entry.
 *
 * @public
 */
export const entrySignatureSchema = /* @__PURE__ */ z.strictObject({
  keyId: z.string().min(1),
  value: z.string().min(1),
});

/**
 * zod schema for what a caller asks the journal to record: the fact, without chain fields.
 *
 * @public
 */
export const journalDraftSchema = /* @__PURE__ */ z.strictObject({
  /** Register whose chain the entry joins. */
  registerId: z.string().min(1).max(128),
  /** The idempotency key: the same fact retried carries the same id. */
  eventId: z.string().min(1).max(128),
  type: journalEntryTypeSchema,
  timestamp: journalTimestampSchema,
  payload: jsonValueSchema,
});

/**
 * A fact to record, see {@link journalDraftSchema}.
 *
 * @public
 */
export type JournalDraft = z.infer<typeof journalDraftSchema>;

/**
 * zod schema for one stored journal entry. Strict: an unknown member is a malformed entry.
 *
 * @public
 */
export const journalEntrySchema = /* @__PURE__ */ journalDraftSchema.extend({
  /** Per-register sequence, 1, 2, 3, ... without gaps. */
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  /** Gap-free per register; only on {@link RECEIPT_ENTRY_TYPES}. */
  receiptNumber: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  /** `hash` of the previous entry of the register, or {@link GENESIS_HASH}. */
  prevHash: hashSchema,
  /** SHA-256 of the canonical serialisation of every member except `hash` and `signature`. */
  hash: hashSchema,
  signature: entrySignatureSchema.optional(),
});

/**
 * One tamper-evident journal entry.
 *
 * @public
 */
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/**
 * Where a register's chain stands: what the next entry continues from.
 *
 * @public
 */
export interface JournalHead {
  readonly registerId: string;
  /** Sequence of the last entry, 0 for an empty journal. */
  readonly seq: number;
  /** Hash of the last entry, {@link GENESIS_HASH} for an empty journal. */
  readonly hash: string;
  /** Last receipt number issued, 0 before the first receipt. */
  readonly receiptNumber: number;
}

/**
 * The head of an empty register journal.
 *
 * @param registerId - the register
 * @returns seq 0, genesis hash, receipt number 0
 * @public
 */
export function genesisHead(registerId: string): JournalHead {
  return { registerId, seq: 0, hash: GENESIS_HASH, receiptNumber: 0 };
}

/**
 * The head after an entry.
 *
 * @param head - the head before
 * @param entry - the entry that continued it
 * @returns the new head
 * @internal
 */
export function headAfter(head: JournalHead, entry: JournalEntry): JournalHead {
  return {
    registerId: head.registerId,
    seq: entry.seq,
    hash: entry.hash,
    receiptNumber: entry.receiptNumber ?? head.receiptNumber,
  };
}
