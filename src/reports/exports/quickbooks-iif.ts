import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import type { Journal, JournalLine } from "../accounting/journal";
import { checkedJournal } from "./checked-journal";
import { localDateParts, signedAmount } from "./signed-amount";

/**
 * zod schema of IIF options: QuickBooks matches accounts by name, so names are the default.
 *
 * @public
 */
export const iifOptionsSchema = /* @__PURE__ */ z.object({
  account: z.enum(["name", "code"]).default("name"),
});

/**
 * Options for {@link exportQuickBooksIif}.
 *
 * @public
 */
export type IifOptions = z.input<typeof iifOptionsSchema>;

/** IIF is tab-separated with no quoting, so tabs and line breaks inside text become spaces. */
function clean(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ");
}

/**
 * Writes a journal as a QuickBooks IIF file: one GENERAL JOURNAL transaction per entry, the first line as
 * TRNS and the rest as SPL rows, closed by ENDTRNS; amounts + debit / − credit, so each block sums to zero.
 *
 * @param journal - a balanced journal
 * @param optionsInput - account by name (default) or code
 * @returns IIF text (tab-separated, CRLF)
 * @throws TillError UNBALANCED_JOURNAL, INVALID_INPUT
 * @public
 */
export function exportQuickBooksIif(journal: Journal, optionsInput: IifOptions = {}): string {
  const options = parseWith(iifOptionsSchema, optionsInput, ["options"]);
  const header = ["TRNSTYPE", "DATE", "ACCNT", "AMOUNT", "DOCNUM", "MEMO"];
  const rows: string[][] = [["!TRNS", ...header], ["!SPL", ...header], ["!ENDTRNS"]];
  for (const entry of checkedJournal(journal).entries) {
    const { year, month, day } = localDateParts(entry.date);
    const row = (kind: string, line: JournalLine) => [
      kind,
      "GENERAL JOURNAL",
      `${month}/${day}/${year}`,
      clean(options.account === "name" ? line.accountName : line.account),
      signedAmount(line),
      clean(entry.id),
      clean(line.memo),
    ];
    entry.lines.forEach((line, index) => {
      rows.push(row(index === 0 ? "TRNS" : "SPL", line));
    });
    if (entry.lines.length > 0) rows.push(["ENDTRNS"]);
  }
  return rows.map((row) => `${row.join("\t")}\r\n`).join("");
}
