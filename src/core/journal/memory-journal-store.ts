import { TillError } from "../errors/till-error";
import { genesisHead, headAfter, type JournalEntry, type JournalHead } from "./journal-entry";
import type { JournalStore } from "./journal-store";
import { isSameFact } from "./same-fact";

function conflict(entry: JournalEntry, stored: JournalEntry | undefined): TillError {
  return new TillError("IDEMPOTENCY_CONFLICT", {
    message: `Event ${entry.eventId} was already journaled with a different payload`,
    path: ["eventId"],
    details: { eventId: entry.eventId, storedSeq: stored?.seq },
  });
}

/**
 * An in-memory {@link JournalStore} for tests, demos and embedded hosts without persistence. It checks
 * the whole batch before it changes anything, so a rejected append leaves it exactly as it was.
 *
 * @returns a new empty store
 * @public
 */
export function createMemoryJournalStore(): JournalStore {
  const byRegister = new Map<string, JournalEntry[]>();
  const heads = new Map<string, JournalHead>();
  const byEventId = new Map<string, JournalEntry>();

  function replay(entries: readonly JournalEntry[]): readonly JournalEntry[] | undefined {
    const stored = entries.map((entry) => byEventId.get(entry.eventId));
    if (stored.every((found) => found === undefined)) return undefined;
    entries.forEach((entry, index) => {
      const found = stored[index];
      if (found === undefined || !isSameFact(found, entry)) throw conflict(entry, found);
    });
    return stored as JournalEntry[];
  }

  function checkContinuity(entries: readonly JournalEntry[]): Map<string, JournalHead> {
    const next = new Map<string, JournalHead>();
    const seen = new Set<string>();
    for (const entry of entries) {
      if (seen.has(entry.eventId)) throw conflict(entry, undefined);
      seen.add(entry.eventId);
      const head = next.get(entry.registerId) ?? heads.get(entry.registerId) ?? genesisHead(entry.registerId);
      if (entry.seq !== head.seq + 1 || entry.prevHash !== head.hash) {
        throw new TillError("JOURNAL_CONFLICT", {
          message: `Entry ${entry.seq} does not continue register ${entry.registerId} at ${head.seq}`,
          details: { registerId: entry.registerId, headSeq: head.seq, entrySeq: entry.seq },
        });
      }
      next.set(entry.registerId, headAfter(head, entry));
    }
    return next;
  }

  return {
    async head(registerId) {
      return heads.get(registerId) ?? genesisHead(registerId);
    },
    async findByEventId(eventId) {
      return byEventId.get(eventId);
    },
    async append(entries) {
      const replayed = replay(entries);
      if (replayed !== undefined) return replayed;
      const nextHeads = checkContinuity(entries);
      for (const entry of entries) {
        const list = byRegister.get(entry.registerId) ?? [];
        list.push(entry);
        byRegister.set(entry.registerId, list);
        byEventId.set(entry.eventId, entry);
      }
      for (const [registerId, head] of nextHeads) heads.set(registerId, head);
      return entries;
    },
    async read(registerId, fromSeq = 1) {
      return (byRegister.get(registerId) ?? []).filter((entry) => entry.seq >= fromSeq);
    },
  };
}
