import { parseWith } from "../../core/errors/from-zod";
import { assertJournalBalanced } from "../accounting/assert-balanced";
import { type Journal, journalSchema } from "../accounting/journal";

/**
 * The safe shell of every export: the journal must match its schema and balance, so no file is ever
 * written from a journal that does not.
 *
 * @param journal - a journal (usually from makeJournalBuilder)
 * @returns the same journal, validated
 * @throws TillError INVALID_INPUT, UNBALANCED_JOURNAL
 * @internal
 */
export function checkedJournal(journal: Journal): Journal {
  const parsed = parseWith(journalSchema, journal, ["journal"]);
  assertJournalBalanced(parsed);
  return parsed;
}
