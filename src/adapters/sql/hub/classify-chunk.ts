import type { TillErrorCode } from "../../../core/errors/error-codes";
import type { JournalEntry } from "../../../core/journal/journal-entry";
import { type JournalBreakReason, verifyJournal } from "../../../core/journal/verify-journal";
import type { SyncRejection } from "./sync-protocol";

/**
 * Where the hub's copy of a register's chain stands.
 *
 * @internal
 */
export interface HubHead {
  readonly seq: number;
  readonly hash: string;
  readonly receiptNumber: number;
}

/**
 * What the hub already holds that a chunk could collide with.
 *
 * @internal
 */
export interface StoredFacts {
  /** Entries at sequence numbers the chunk repeats (seq ≤ head). */
  readonly bySeq: ReadonlyMap<number, { readonly eventId: string; readonly hash: string }>;
  /** Event ids of the chunk already stored (anywhere in the store). */
  readonly eventIds: ReadonlySet<string>;
}

/**
 * The verdict on one register's entries of a batch.
 *
 * @internal
 */
export interface ChunkVerdict {
  readonly accepted: readonly JournalEntry[];
  readonly duplicates: readonly string[];
  readonly rejected: readonly SyncRejection[];
}

const GAP_REASONS: readonly JournalBreakReason[] = ["missing", "reordered"];

function reject(entry: JournalEntry, code: TillErrorCode, message: string, details = {}): SyncRejection {
  return {
    eventId: entry.eventId,
    registerId: entry.registerId,
    seq: entry.seq,
    error: { code, message, details },
  };
}

function repeated(
  entry: JournalEntry,
  stored: StoredFacts,
): { duplicate: boolean; rejection?: SyncRejection } {
  const found = stored.bySeq.get(entry.seq);
  if (found !== undefined && found.eventId === entry.eventId && found.hash === entry.hash)
    return { duplicate: true };
  const code = found?.eventId === entry.eventId ? "IDEMPOTENCY_CONFLICT" : "JOURNAL_CONFLICT";
  return {
    duplicate: false,
    rejection: reject(entry, code, `Seq ${entry.seq} is already held with other content`),
  };
}

/** Keeps the first entry per seq; an exact copy is dropped, a different entry at the same seq refused. */
function uniqueBySeq(entries: readonly JournalEntry[], rejected: SyncRejection[]): JournalEntry[] {
  const bySeq = new Map<number, JournalEntry>();
  for (const entry of [...entries].sort((left, right) => left.seq - right.seq)) {
    const kept = bySeq.get(entry.seq);
    if (kept === undefined) bySeq.set(entry.seq, entry);
    else if (kept.hash !== entry.hash)
      rejected.push(reject(entry, "JOURNAL_CONFLICT", "Two entries claim one seq"));
  }
  return [...bySeq.values()];
}

/**
 * Applies the batch rule to one register's entries: entries already held are duplicates (or conflicts);
 * new entries are accepted up to the first one that does not continue the chain (a gap, an altered
 * entry, a reused event id, or a payload the projection cannot read). That entry is rejected with its reason,
 * and every later entry of the register with SYNC_REJECTED, so the chain on the hub never has a hole.
 *
 * @param head - the hub's head of the register
 * @param entries - the register's entries in the batch, any order
 * @param stored - what the hub holds that the entries may repeat
 * @param firstUnprojectable - finds the first entry whose payload cannot be projected
 * @returns accepted entries (in seq order), duplicate ids and rejections
 * @internal
 */
export async function classifyChunk(
  head: HubHead,
  entries: readonly JournalEntry[],
  stored: StoredFacts,
  firstUnprojectable: (fresh: readonly JournalEntry[]) => { index: number; message: string } | undefined,
): Promise<ChunkVerdict> {
  const rejected: SyncRejection[] = [];
  const duplicates: string[] = [];
  const unique = uniqueBySeq(entries, rejected);
  for (const entry of unique.filter((candidate) => candidate.seq <= head.seq)) {
    const verdict = repeated(entry, stored);
    if (verdict.duplicate) duplicates.push(entry.eventId);
    else if (verdict.rejection !== undefined) rejected.push(verdict.rejection);
  }
  const fresh = unique.filter((candidate) => candidate.seq > head.seq);
  const chain = await verifyJournal(fresh, { after: head });
  const breaks: { index: number; rejection: SyncRejection }[] = [];
  if (!chain.ok && fresh[chain.index] !== undefined) {
    const entry = fresh[chain.index] as JournalEntry;
    const code = GAP_REASONS.includes(chain.reason) ? "JOURNAL_GAP" : "JOURNAL_BROKEN";
    const message = `Expected seq ${chain.seq} of register ${entry.registerId} (${chain.reason})`;
    breaks.push({
      index: chain.index,
      rejection: reject(entry, code, message, { expectedSeq: chain.seq, reason: chain.reason }),
    });
  }
  const reused = fresh.findIndex((entry) => stored.eventIds.has(entry.eventId));
  if (reused >= 0) {
    const entry = fresh[reused] as JournalEntry;
    breaks.push({
      index: reused,
      rejection: reject(
        entry,
        "IDEMPOTENCY_CONFLICT",
        `Event ${entry.eventId} is already held at another seq`,
      ),
    });
  }
  const unprojectable = firstUnprojectable(fresh);
  if (unprojectable !== undefined) {
    const entry = fresh[unprojectable.index] as JournalEntry;
    breaks.push({
      index: unprojectable.index,
      rejection: reject(entry, "INVALID_INPUT", unprojectable.message),
    });
  }
  const first = breaks.sort((left, right) => left.index - right.index)[0];
  if (first === undefined) return { accepted: fresh, duplicates, rejected };
  rejected.push(first.rejection);
  const breakSeq = first.rejection.seq;
  for (const entry of fresh.slice(first.index + 1)) {
    rejected.push(reject(entry, "SYNC_REJECTED", `Follows the refused seq ${breakSeq}`, { breakSeq }));
  }
  return { accepted: fresh.slice(0, first.index), duplicates, rejected };
}
