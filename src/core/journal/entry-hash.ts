import { canonicalJson } from "./canonical-json";
import type { JournalEntry } from "./journal-entry";
import { sha256Hex } from "./sha256-hex";

/**
 * The members of an entry its hash covers: everything except `hash` and `signature`.
 *
 * @internal
 */
export type HashedMembers = Omit<JournalEntry, "hash" | "signature">;

/**
 * The canonical text of the hashed members, as hashed.
 *
 * @param entry - an entry or the members its hash covers
 * @returns canonical JSON of registerId, seq, eventId, type, timestamp, payload, prevHash and receiptNumber
 * @public
 */
export function entryHashInput(entry: HashedMembers): string {
  const members: Record<string, unknown> = {
    registerId: entry.registerId,
    seq: entry.seq,
    eventId: entry.eventId,
    type: entry.type,
    timestamp: entry.timestamp,
    payload: entry.payload,
    prevHash: entry.prevHash,
  };
  if (entry.receiptNumber !== undefined) members.receiptNumber = entry.receiptNumber;
  return canonicalJson(members);
}

/**
 * SHA-256 of an entry's canonical hashed members.
 *
 * @param entry - an entry or the members its hash covers
 * @returns 64 lower-case hex digits
 * @throws TillError INVALID_INPUT when the payload is not canonical JSON
 * @public
 */
export function hashEntry(entry: HashedMembers): Promise<string> {
  return sha256Hex(entryHashInput(entry));
}
