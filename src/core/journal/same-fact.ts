import { canonicalJson } from "./canonical-json";
import type { JournalDraft } from "./journal-entry";

/**
 * True when two records describe the same fact for idempotency: same event id, register, type and
 * canonical payload. Timestamps and chain members may differ between a first try and its retry.
 *
 * @param stored - the stored entry
 * @param candidate - the entry or draft being written again
 * @returns whether the retry is the same fact
 * @internal
 */
export function isSameFact(stored: JournalDraft, candidate: JournalDraft): boolean {
  return (
    stored.eventId === candidate.eventId &&
    stored.registerId === candidate.registerId &&
    stored.type === candidate.type &&
    canonicalJson(stored.payload) === canonicalJson(candidate.payload)
  );
}
