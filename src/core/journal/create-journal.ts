import { TillError } from "../errors/till-error";
import { type AppendEntryOptions, appendEntries } from "./append-entry";
import type { JournalDraft, JournalEntry } from "./journal-entry";
import type { JournalStore } from "./journal-store";
import { isSameFact } from "./same-fact";
import { type JournalVerification, verifyJournal } from "./verify-journal";

/**
 * A register journal over a {@link JournalStore}: idempotent appends and verification.
 *
 * @public
 */
export interface Journal {
  /**
   * Records facts as one atomic batch. A retry of the same facts returns the stored entries.
   *
   * @throws TillError IDEMPOTENCY_CONFLICT, JOURNAL_CONFLICT, INVALID_INPUT
   */
  append(drafts: readonly JournalDraft[]): Promise<readonly JournalEntry[]>;
  /** All entries of a register. */
  read(registerId: string): Promise<readonly JournalEntry[]>;
  /** Verifies a register's chain against the store's head. */
  verify(registerId: string): Promise<JournalVerification>;
}

async function storedFacts(
  store: JournalStore,
  drafts: readonly JournalDraft[],
): Promise<JournalEntry[] | undefined> {
  const stored = await Promise.all(drafts.map((draft) => store.findByEventId(draft.eventId)));
  if (stored.every((entry) => entry === undefined)) return undefined;
  drafts.forEach((draft, index) => {
    const found = stored[index];
    if (found === undefined || !isSameFact(found, draft)) {
      throw new TillError("IDEMPOTENCY_CONFLICT", {
        message: `Event ${draft.eventId} was already journaled with a different payload`,
        path: [index, "eventId"],
        details: { eventId: draft.eventId },
      });
    }
  });
  return stored as JournalEntry[];
}

/**
 * Makes a {@link Journal}.
 *
 * @param store - the journal store port
 * @param options - an optional signer
 * @returns the journal
 * @example
 * ```ts
 * const journal = createJournal(createMemoryJournalStore());
 * await journal.append([{ registerId: "R1", eventId: "e1", type: "drawer.opened",
 *   timestamp: "2026-11-23T09:00:00.000Z", payload: { reason: "change for a note" } }]);
 * ```
 * @public
 */
export function createJournal(store: JournalStore, options: AppendEntryOptions = {}): Journal {
  return {
    async append(drafts) {
      if (drafts.length === 0) return [];
      const replayed = await storedFacts(store, drafts);
      if (replayed !== undefined) return replayed;
      const registers = new Set(drafts.map((draft) => draft.registerId));
      if (registers.size !== 1) {
        throw new TillError("INVALID_INPUT", {
          message: "One batch journals one register",
          path: ["registerId"],
        });
      }
      const head = await store.head(drafts[0]?.registerId ?? "");
      const { entries } = await appendEntries(head, drafts, options);
      return store.append(entries);
    },
    read(registerId) {
      return store.read(registerId);
    },
    async verify(registerId) {
      const [entries, head] = await Promise.all([store.read(registerId), store.head(registerId)]);
      return verifyJournal(entries, { expectedHead: head });
    },
  };
}
