import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";
import type { Journal, JournalEntry } from "../accounting/journal";
import { writeCsv } from "../csv/write-csv";
import { checkedJournal } from "./checked-journal";
import { localDateParts, signedAmount } from "./signed-amount";

/** Xero imports at most 300 journal lines per template file. */
const XERO_MAX_LINES = 300;

/**
 * The header of Xero's manual-journal import template (asterisks mark mandatory columns).
 *
 * @public
 */
export const XERO_COLUMNS = [
  "*Narration",
  "*Date",
  "Description",
  "*AccountCode",
  "*TaxRate",
  "*Amount",
  "TrackingName1",
  "TrackingOption1",
] as const;

/**
 * zod schema of Xero export options: the tax-rate name per account (Xero requires one on every line;
 * POS journals already carry tax as its own lines, so the default is the no-tax rate), and the tracking
 * category the register goes to.
 *
 * @public
 */
export const xeroOptionsSchema = /* @__PURE__ */ z.object({
  defaultTaxRate: z.string().min(1).default("Tax Exempt"),
  taxRates: z.record(z.string(), z.string().min(1)).default({}),
  registerTracking: z.string().min(1).optional(),
  filePrefix: z.string().min(1).default("xero-manual-journals"),
});

/**
 * Options for {@link exportXeroManualJournals}.
 *
 * @public
 */
export type XeroOptions = z.input<typeof xeroOptionsSchema>;

/**
 * One exported file: its name and text.
 *
 * @public
 */
export interface ExportFile {
  readonly name: string;
  readonly content: string;
}

function entryRows(entry: JournalEntry, options: z.output<typeof xeroOptionsSchema>): string[][] {
  const { year, month, day } = localDateParts(entry.date);
  return entry.lines.map((line) => [
    entry.id,
    `${day}/${month}/${year}`,
    line.memo,
    line.account,
    options.taxRates[line.account] ?? options.defaultTaxRate,
    signedAmount(line),
    options.registerTracking === undefined ? "" : options.registerTracking,
    options.registerTracking === undefined ? "" : entry.register,
  ]);
}

/**
 * Writes a journal as Xero manual-journal import CSVs: one journal per entry (narration = entry id), the
 * amount + for debit and − for credit, at most 300 lines a file. An entry is never split across files, so
 * every file balances on its own.
 *
 * @param journal - a balanced journal
 * @param optionsInput - tax-rate names, tracking category and file prefix
 * @returns one or more files ("xero-manual-journals-001.csv", ...); none for an empty journal
 * @throws TillError UNBALANCED_JOURNAL; INVALID_INPUT when one entry alone has more than 300 lines
 * @public
 */
export function exportXeroManualJournals(journal: Journal, optionsInput: XeroOptions = {}): ExportFile[] {
  const options = parseWith(xeroOptionsSchema, optionsInput, ["options"]);
  const batches: string[][][] = [];
  let current: string[][] = [];
  checkedJournal(journal).entries.forEach((entry, index) => {
    if (entry.lines.length > XERO_MAX_LINES) {
      throw new TillError("INVALID_INPUT", {
        message: `Entry ${entry.id} has ${entry.lines.length} lines; Xero takes at most ${XERO_MAX_LINES} per file`,
        path: ["journal", "entries", index],
      });
    }
    if (current.length + entry.lines.length > XERO_MAX_LINES) {
      batches.push(current);
      current = [];
    }
    current.push(...entryRows(entry, options));
  });
  if (current.length > 0) batches.push(current);
  return batches.map((rows, index) => ({
    name: `${options.filePrefix}-${String(index + 1).padStart(3, "0")}.csv`,
    content: writeCsv([[...XERO_COLUMNS], ...rows]),
  }));
}
