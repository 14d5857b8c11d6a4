import { moneyFromMinor } from "../core/money/create-money";
import type { Journal, JournalEntry } from "../reports/accounting/journal";
import { assertNoViolations, compareText, type InvariantViolation } from "./invariant-violation";

function checkEntry(entry: JournalEntry, index: number): InvariantViolation[] {
  const text = (minor: bigint) => moneyFromMinor(minor, entry.currency).toString();
  let debits = 0n;
  let credits = 0n;
  const negative: InvariantViolation[] = [];
  entry.lines.forEach((line, position) => {
    debits += line.debit.minor;
    credits += line.credit.minor;
    if (line.debit.minor < 0n || line.credit.minor < 0n) {
      const actual = `${text(line.debit.minor)} / ${text(line.credit.minor)}`;
      negative.push({
        rule: "accounting.line-not-negative",
        path: ["entries", index, "lines", position],
        expected: "≥ 0",
        actual,
      });
    }
  });
  return [
    ...negative,
    ...compareText(
      "accounting.balanced",
      ["entries", index],
      `debits ${text(credits)}`,
      `debits ${text(debits)}`,
    ),
  ];
}

/**
 * Checks double-entry bookkeeping: in every entry of an accounting journal the debits equal the credits
 * exactly (bigint minor units) and no line is negative.
 *
 * @param journal - a journal from the reports room's journal builder
 * @returns the violations, one per unbalanced entry or negative line
 * @example
 * ```ts
 * expect(checkBalancedAccounting(buildJournal({ documents, events }))).toEqual([]);
 * ```
 * @public
 */
export function checkBalancedAccounting(journal: Journal): InvariantViolation[] {
  return journal.entries.flatMap((entry, index) => checkEntry(entry, index));
}

/**
 * Throws unless {@link checkBalancedAccounting} finds nothing.
 *
 * @param journal - an accounting journal
 * @throws TillError INTERNAL with `details.violations`
 * @example
 * ```ts
 * assertBalancedAccounting(buildJournal({ documents, events }));
 * ```
 * @public
 */
export function assertBalancedAccounting(journal: Journal): void {
  assertNoViolations(checkBalancedAccounting(journal), "accounting journal");
}
