import type { JournalEntry, JournalHead } from "./journal-entry";

/**
 * Port for the append-only journal storage. Implementations keep `UNIQUE(event_id)` and
 * `UNIQUE(register_id, seq)` and write a batch atomically — in the same transaction as the sale it
 * belongs to when the host's unit of work spans both.
 *
 * Contract of {@link JournalStore.append}:
 * - every entry continues the register's head in order (else TillError JOURNAL_CONFLICT, nothing written);
 * - when every entry's eventId is already stored with the same type and payload, nothing is written and
 *   the stored entries are returned (a retry writes exactly once);
 * - an eventId already stored with another type or payload, or a batch mixing stored and new eventIds,
 *   is TillError IDEMPOTENCY_CONFLICT and nothing is written.
 *
 * @public
 */
export interface JournalStore {
  /** The head of a register (genesis head when it has no entries). */
  head(registerId: string): Promise<JournalHead>;
  /** The stored entry with this event id, if any. */
  findByEventId(eventId: string): Promise<JournalEntry | undefined>;
  /** Appends a batch atomically; see the contract above. */
  append(entries: readonly JournalEntry[]): Promise<readonly JournalEntry[]>;
  /** Entries of a register in sequence order, optionally from a sequence number on. */
  read(registerId: string, fromSeq?: number): Promise<readonly JournalEntry[]>;
}
