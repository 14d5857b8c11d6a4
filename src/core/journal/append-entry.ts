import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { type HashedMembers, hashEntry } from "./entry-hash";
import {
  headAfter,
  type JournalDraft,
  type JournalEntry,
  type JournalHead,
  journalDraftSchema,
} from "./journal-entry";
import { isReceiptEntryType } from "./journal-entry-type";
import type { Signer } from "./signer";

/**
 * Options for {@link appendEntry}.
 *
 * @public
 */
export interface AppendEntryOptions {
  /** Adds a signature per entry when present. */
  readonly signer?: Signer;
}

/**
 * Builds the entry that continues a register's chain: next seq, next receipt number for receipt types,
 * `prevHash` = the head's hash, its own hash, and a signature when a signer is given. Pure apart from
 * hashing and signing; nothing is stored (the caller writes it with the rest of its unit of work).
 *
 * @param head - where the chain stands ({@link genesisHead} for an empty register)
 * @param draft - the fact to record
 * @param options - an optional signer
 * @returns the new entry
 * @throws TillError INVALID_INPUT for a malformed draft or a draft for another register
 * @example
 * ```ts
 * const first = await appendEntry(genesisHead("R1"), { registerId: "R1", eventId: "e1",
 *   type: "session.opened", timestamp: "2026-11-23T08:00:00.000Z", payload: { float: "100.00" } });
 * first.seq; // 1
 * ```
 * @public
 */
export async function appendEntry(
  head: JournalHead,
  draft: JournalDraft,
  options: AppendEntryOptions = {},
): Promise<JournalEntry> {
  const valid = parseWith(journalDraftSchema, draft, ["draft"]);
  if (valid.registerId !== head.registerId) {
    throw new TillError("INVALID_INPUT", {
      message: `Entry for register ${valid.registerId} cannot continue the chain of ${head.registerId}`,
      path: ["draft", "registerId"],
    });
  }
  const members: HashedMembers = {
    ...valid,
    seq: head.seq + 1,
    prevHash: head.hash,
    ...(isReceiptEntryType(valid.type) ? { receiptNumber: head.receiptNumber + 1 } : {}),
  };
  const hash = await hashEntry(members);
  const unsigned: JournalEntry = { ...members, hash };
  if (options.signer === undefined) return unsigned;
  const value = await options.signer.sign(hash, unsigned);
  return { ...unsigned, signature: { keyId: options.signer.keyId, value } };
}

/**
 * Builds a batch of consecutive entries (a sale and its tender results, say) for one atomic write.
 *
 * @param head - where the chain stands
 * @param drafts - the facts, in order
 * @param options - an optional signer
 * @returns the entries and the head after them
 * @throws TillError INVALID_INPUT (see {@link appendEntry})
 * @public
 */
export async function appendEntries(
  head: JournalHead,
  drafts: readonly JournalDraft[],
  options: AppendEntryOptions = {},
): Promise<{ entries: JournalEntry[]; head: JournalHead }> {
  const entries: JournalEntry[] = [];
  let current = head;
  for (const draft of drafts) {
    const entry = await appendEntry(current, draft, options);
    entries.push(entry);
    current = headAfter(current, entry);
  }
  return { entries, head: current };
}
