import { TillError } from "../../core/errors/till-error";

/**
 * Reads CSV text (RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks; CRLF or LF
 * line ends). Used to re-read exports and check they balance.
 *
 * @param text - CSV text
 * @param delimiter - field delimiter (default comma)
 * @returns rows of fields; a trailing newline does not add an empty row
 * @throws TillError INVALID_INPUT for an unterminated quoted field or text after a closing quote
 * @public
 */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '"' && field === "") {
      const end = readQuoted(text, index + 1);
      field = text.slice(index + 1, end).replaceAll('""', '"');
      index = end + 1;
      const next = text[index];
      if (next !== undefined && next !== delimiter && next !== "\r" && next !== "\n") {
        throw new TillError("INVALID_INPUT", {
          message: `Text after a closing quote at ${index}`,
          path: [index],
        });
      }
      if (field === "") field = "\u0000";
      continue;
    }
    if (char === delimiter) {
      row.push(field === "\u0000" ? "" : field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      row.push(field === "\u0000" ? "" : field);
      rows.push(row);
      row = [];
      field = "";
      if (char === "\r" && text[index + 1] === "\n") index += 1;
    } else field += char;
    index += 1;
  }
  if (field !== "" || row.length > 0) {
    row.push(field === "\u0000" ? "" : field);
    rows.push(row);
  }
  return rows;
}

function readQuoted(text: string, start: number): number {
  let index = start;
  while (index < text.length) {
    if (text[index] === '"') {
      if (text[index + 1] === '"') index += 2;
      else return index;
    } else index += 1;
  }
  throw new TillError("INVALID_INPUT", { message: "Unterminated quoted CSV field", path: [start - 1] });
}
