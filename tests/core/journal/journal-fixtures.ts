import fc from "fast-check";
import {
  createJournal,
  createMemoryJournalStore,
  JOURNAL_ENTRY_TYPES,
  type JournalDraft,
  type JournalEntry,
  type JsonValue,
} from "../../../src/core/journal";

export const REGISTER = "R1";

/** Payload strings from a plain alphabet, so one changed byte always changes the decoded value. */
const word = fc.string({
  unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789 ".split("")),
  maxLength: 8,
});

export const payloadArbitrary: fc.Arbitrary<JsonValue> = fc.dictionary(
  fc.string({ unit: fc.constantFrom(..."abcdefgh".split("")), minLength: 1, maxLength: 4 }),
  fc.oneof(word, fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.boolean(), fc.constant(null)),
  { maxKeys: 4 },
);

export const factArbitrary = fc.record({
  type: fc.constantFrom(...JOURNAL_ENTRY_TYPES),
  payload: payloadArbitrary,
});

export function draftAt(
  index: number,
  fact: { type: JournalDraft["type"]; payload: JsonValue },
): JournalDraft {
  const second = String(index % 60).padStart(2, "0");
  return {
    registerId: REGISTER,
    eventId: `evt-${index}`,
    type: fact.type,
    timestamp: `2026-11-23T10:00:${second}.000Z`,
    payload: fact.payload,
  };
}

/** Journals the facts one at a time and returns the store, the journal and the stored entries. */
export async function journalOf(facts: readonly { type: JournalDraft["type"]; payload: JsonValue }[]) {
  const store = createMemoryJournalStore();
  const journal = createJournal(store);
  for (const [index, fact] of facts.entries()) await journal.append([draftAt(index, fact)]);
  const entries: readonly JournalEntry[] = await store.read(REGISTER);
  return { store, journal, entries, head: await store.head(REGISTER) };
}
