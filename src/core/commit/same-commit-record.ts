import { isSameFact } from "../journal/same-fact";
import type { CommitRecord } from "./commit-port";

/**
 * Whether a repeated commit states the same facts as the stored one: the same journal entries in the
 * same order (type and payload). A retry after a lost answer is the same record; the same commit id with
 * other facts is an idempotency conflict.
 *
 * @param stored - the record already written
 * @param candidate - the record offered again
 * @returns true when the candidate repeats the stored record
 * @public
 */
export function isSameCommitRecord(stored: CommitRecord, candidate: CommitRecord): boolean {
  return (
    stored.journalEntries.length === candidate.journalEntries.length &&
    stored.journalEntries.every((entry, index) => {
      const other = candidate.journalEntries[index];
      return other !== undefined && isSameFact(entry, other);
    })
  );
}
