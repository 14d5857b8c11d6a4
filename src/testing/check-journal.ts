import { type VerifyJournalOptions, verifyJournal } from "../core/journal/verify-journal";
import { assertNoViolations, type InvariantViolation } from "./invariant-violation";

/**
 * Checks a register's journal with `verifyJournal`: sequence, hash chain, receipt numbers, schema and
 * (when given) signatures. The first break becomes one violation whose rule is `journal.<reason>`.
 *
 * @param entries - the entries as stored, in order (untrusted values)
 * @param options - passed to `verifyJournal` (start point, expected head, signature check)
 * @returns a promise of the violations, empty for an intact journal
 * @example
 * ```ts
 * expect(await checkJournal(await store.read("R1"))).toEqual([]);
 * ```
 * @public
 */
export async function checkJournal(
  entries: readonly unknown[],
  options: VerifyJournalOptions = {},
): Promise<InvariantViolation[]> {
  const verdict = await verifyJournal(entries, options);
  if (verdict.ok) return [];
  return [
    {
      rule: `journal.${verdict.reason}`,
      path: [verdict.index],
      expected: `entry seq ${verdict.seq} intact`,
      actual: verdict.reason,
    },
  ];
}

/**
 * Rejects unless {@link checkJournal} finds nothing.
 *
 * @param entries - the stored entries
 * @param options - passed to `verifyJournal`
 * @returns a promise that resolves for an intact journal
 * @throws TillError INTERNAL with `details.violations` (as a rejected promise)
 * @example
 * ```ts
 * await assertJournalValid(await store.read("R1"));
 * ```
 * @public
 */
export async function assertJournalValid(
  entries: readonly unknown[],
  options: VerifyJournalOptions = {},
): Promise<void> {
  assertNoViolations(await checkJournal(entries, options), "journal");
}
