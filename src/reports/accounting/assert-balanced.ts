import { currencyExponent } from "../../core/currency/get-currency";
import { TillError, type TillErrorPath } from "../../core/errors/till-error";
import { formatScaled } from "../../core/numbers/scaled-decimal";
import type { Journal, JournalEntry } from "./journal";

/**
 * Throws unless the entry's debits equal its credits exactly (bigint minor units) and no line is negative.
 *
 * @param entry - a journal entry
 * @param path - where the entry sits, for the error
 * @throws TillError UNBALANCED_JOURNAL naming the entry, with both sides and the difference
 * @public
 */
export function assertEntryBalanced(entry: JournalEntry, path: TillErrorPath = []): void {
  let debits = 0n;
  let credits = 0n;
  for (const line of entry.lines) {
    if (line.debit.minor < 0n || line.credit.minor < 0n) {
      throw new TillError("UNBALANCED_JOURNAL", { message: `Negative amount on ${entry.id}`, path });
    }
    debits += line.debit.minor;
    credits += line.credit.minor;
  }
  if (debits === credits) return;
  const exponent = currencyExponent(entry.currency);
  throw new TillError("UNBALANCED_JOURNAL", {
    message: `Entry ${entry.id} does not balance: debits ${formatScaled(debits, exponent)}, credits ${formatScaled(credits, exponent)}`,
    path,
    details: {
      entry: entry.id,
      debits: formatScaled(debits, exponent),
      credits: formatScaled(credits, exponent),
      difference: formatScaled(debits - credits, exponent),
    },
  });
}

/**
 * Throws unless every entry of the journal balances.
 *
 * @param journal - a journal
 * @throws TillError UNBALANCED_JOURNAL naming the first entry that does not balance
 * @public
 */
export function assertJournalBalanced(journal: Journal): void {
  journal.entries.forEach((entry, index) => {
    assertEntryBalanced(entry, ["entries", index]);
  });
}
