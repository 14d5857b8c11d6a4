import { hashEntry } from "./entry-hash";
import { GENESIS_HASH, type JournalEntry, journalEntrySchema } from "./journal-entry";
import { isReceiptEntryType } from "./journal-entry-type";
import type { SignatureVerifier } from "./signer";

/**
 * Why a chain does not verify.
 * - `malformed`: not a journal entry at all (bad shape, unknown member).
 * - `altered`: the stored hash is not the hash of the entry's content.
 * - `missing`: the expected sequence number is absent (deleted entry, or truncated tail).
 * - `reordered`: the expected sequence number appears later, or an earlier one appears again.
 * - `broken-link`: `prevHash` is not the previous entry's hash (an entry was replaced and re-hashed).
 * - `wrong-register`: an entry of another register.
 * - `receipt-gap`: receipt numbers skip, repeat, or sit on a non-receipt entry.
 * - `bad-signature`: the signature verifier rejected the entry.
 *
 * @public
 */
export type JournalBreakReason =
  | "malformed"
  | "altered"
  | "missing"
  | "reordered"
  | "broken-link"
  | "wrong-register"
  | "receipt-gap"
  | "bad-signature";

/**
 * The verdict of {@link verifyJournal}. On failure `seq` is the sequence number expected at `index`.
 *
 * @public
 */
export type JournalVerification =
  | { readonly ok: true; readonly count: number; readonly lastSeq: number; readonly lastHash: string }
  | { readonly ok: false; readonly index: number; readonly seq: number; readonly reason: JournalBreakReason };

/**
 * Options for {@link verifyJournal}.
 *
 * @public
 */
export interface VerifyJournalOptions {
  /** Verify a slice: the entry before the first one given (default: the genesis of the register). */
  readonly after?: { readonly seq: number; readonly hash: string; readonly receiptNumber: number };
  /** The head the store claims; catches a deleted tail. */
  readonly expectedHead?: { readonly seq: number; readonly hash: string };
  /** Checks signatures when given. */
  readonly verifySignature?: SignatureVerifier;
}

interface Cursor {
  seq: number;
  hash: string;
  receiptNumber: number;
  registerId: string | undefined;
}

function seqOf(value: unknown): unknown {
  return typeof value === "object" && value !== null ? (value as { seq?: unknown }).seq : undefined;
}

function orderReason(
  entries: readonly unknown[],
  index: number,
  found: number,
  expected: number,
): JournalBreakReason {
  if (found < expected) return "reordered";
  return entries.slice(index + 1).some((later) => seqOf(later) === expected) ? "reordered" : "missing";
}

async function checkEntry(
  entries: readonly unknown[],
  index: number,
  cursor: Cursor,
  options: VerifyJournalOptions,
): Promise<JournalBreakReason | JournalEntry> {
  const parsed = journalEntrySchema.safeParse(entries[index]);
  if (!parsed.success) return "malformed";
  const entry = parsed.data;
  if (cursor.registerId !== undefined && entry.registerId !== cursor.registerId) return "wrong-register";
  if ((await hashEntry(entry)) !== entry.hash) return "altered";
  const expected = cursor.seq + 1;
  if (entry.seq !== expected) return orderReason(entries, index, entry.seq, expected);
  if (entry.prevHash !== cursor.hash) return "broken-link";
  const wantsReceipt = isReceiptEntryType(entry.type);
  if (wantsReceipt ? entry.receiptNumber !== cursor.receiptNumber + 1 : entry.receiptNumber !== undefined) {
    return "receipt-gap";
  }
  if (options.verifySignature !== undefined && !(await options.verifySignature(entry)))
    return "bad-signature";
  return entry;
}

/**
 * Recomputes a register's hash chain and names the first entry that breaks it.
 *
 * @param entries - the entries as read from storage, in stored order (untrusted: any values)
 * @param options - a starting point, the claimed head and a signature check
 * @returns `{ ok: true, ... }` or the index, expected seq and reason of the first break
 * @example
 * ```ts
 * const verdict = await verifyJournal(await store.read("R1"));
 * if (!verdict.ok) console.log(verdict.seq, verdict.reason); // 7 "altered"
 * ```
 * @public
 */
export async function verifyJournal(
  entries: readonly unknown[],
  options: VerifyJournalOptions = {},
): Promise<JournalVerification> {
  const start = options.after ?? { seq: 0, hash: GENESIS_HASH, receiptNumber: 0 };
  const cursor: Cursor = { ...start, registerId: undefined };
  for (let index = 0; index < entries.length; index += 1) {
    const result = await checkEntry(entries, index, cursor, options);
    if (typeof result === "string") return { ok: false, index, seq: cursor.seq + 1, reason: result };
    cursor.seq = result.seq;
    cursor.hash = result.hash;
    cursor.receiptNumber = result.receiptNumber ?? cursor.receiptNumber;
    cursor.registerId = result.registerId;
  }
  const head = options.expectedHead;
  if (head !== undefined && (head.seq !== cursor.seq || head.hash !== cursor.hash)) {
    const reason = head.seq > cursor.seq ? "missing" : "altered";
    return { ok: false, index: entries.length, seq: cursor.seq + 1, reason };
  }
  return { ok: true, count: entries.length, lastSeq: cursor.seq, lastHash: cursor.hash };
}
