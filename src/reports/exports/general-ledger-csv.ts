import type { Journal } from "../accounting/journal";
import { type CsvOptions, writeCsv } from "../csv/write-csv";
import { checkedJournal } from "./checked-journal";

/**
 * Column order of the generic general-ledger CSV.
 *
 * @public
 */
export const GENERAL_LEDGER_COLUMNS = [
  "entry_id",
  "date",
  "register",
  "session_id",
  "line",
  "account",
  "account_name",
  "debit",
  "credit",
  "currency",
  "memo",
] as const;

/**
 * Writes a journal as a generic general-ledger CSV: one row per line with separate debit and credit
 * columns, so any spreadsheet sums each side.
 *
 * @param journal - a balanced journal
 * @param options - CSV delimiter and newline (RFC 4180 defaults)
 * @returns CSV text with a header row
 * @throws TillError UNBALANCED_JOURNAL, INVALID_INPUT
 * @public
 */
export function exportGeneralLedgerCsv(journal: Journal, options: CsvOptions = {}): string {
  const rows: string[][] = [[...GENERAL_LEDGER_COLUMNS]];
  for (const entry of checkedJournal(journal).entries) {
    entry.lines.forEach((line, index) => {
      rows.push([
        entry.id,
        entry.date,
        entry.register,
        entry.sessionId,
        String(index + 1),
        line.account,
        line.accountName,
        line.debit.toString(),
        line.credit.toString(),
        entry.currency,
        line.memo,
      ]);
    });
  }
  return writeCsv(rows, options);
}
