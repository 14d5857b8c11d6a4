import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";

/**
 * zod schema of CSV writing options. RFC 4180 uses a comma and CRLF; a tab delimiter serves TSV-like
 * formats; `newline: "\n"` suits tools that want Unix lines.
 *
 * @public
 */
export const csvOptionsSchema = /* @__PURE__ */ z.object({
  delimiter: z.enum([",", ";", "\t"]).default(","),
  newline: z.enum(["\r\n", "\n"]).default("\r\n"),
});

/**
 * CSV writing options.
 *
 * @public
 */
export type CsvOptions = z.input<typeof csvOptionsSchema>;

/**
 * Quotes one field when RFC 4180 requires it: a delimiter, a double quote, CR or LF inside, or leading or
 * trailing spaces some readers would trim. Quotes inside are doubled.
 *
 * @param field - the raw text
 * @param delimiter - the delimiter in use
 * @returns the field as written
 * @public
 */
export function quoteCsvField(field: string, delimiter = ","): string {
  const needsQuotes =
    field.includes(delimiter) || /["\r\n]/.test(field) || field.startsWith(" ") || field.endsWith(" ");
  return needsQuotes ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * Writes rows as CSV (RFC 4180): every row ends with the newline, fields are quoted only when needed.
 * The one CSV writer behind every CSV export.
 *
 * @param rows - rows of text fields (the first is usually the header)
 * @param options - delimiter and newline
 * @returns the CSV text
 * @throws TillError INVALID_INPUT for bad options
 * @example
 * ```ts
 * writeCsv([["memo", "amount"], ['say "hi", then', "1.00"]]); // 'memo,amount\r\n"say ""hi"", then",1.00\r\n'
 * ```
 * @public
 */
export function writeCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const { delimiter, newline } = parseWith(csvOptionsSchema, options, ["options"]);
  let text = "";
  for (const row of rows)
    text += row.map((field) => quoteCsvField(field, delimiter)).join(delimiter) + newline;
  return text;
}
