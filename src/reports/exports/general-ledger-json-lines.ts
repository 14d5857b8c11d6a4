import type { Journal } from "../accounting/journal";
import { checkedJournal } from "./checked-journal";

/**
 * Writes a journal as JSON lines: one JSON object per journal line, amounts as decimal strings (never JS
 * numbers), each line ending in "\n" — streamable into a data warehouse.
 *
 * @param journal - a balanced journal
 * @returns JSON-lines text
 * @throws TillError UNBALANCED_JOURNAL, INVALID_INPUT
 * @example
 * ```ts
 * // {"entryId":"R-1001","date":"2026-11-23T10:15:00+01:00",...,"account":"1910","debit":"30.00","credit":"0.00",...}
 * ```
 * @public
 */
export function exportGeneralLedgerJsonLines(journal: Journal): string {
  let text = "";
  for (const entry of checkedJournal(journal).entries) {
    entry.lines.forEach((line, index) => {
      const record = {
        entryId: entry.id,
        date: entry.date,
        register: entry.register,
        sessionId: entry.sessionId,
        line: index + 1,
        account: line.account,
        accountName: line.accountName,
        role: line.role,
        key: line.key,
        debit: line.debit.toString(),
        credit: line.credit.toString(),
        currency: entry.currency,
        memo: line.memo,
      };
      text += `${JSON.stringify(record)}\n`;
    });
  }
  return text;
}
