import CodepageEncoder, { type Codepage } from "@point-of-sale/codepage-encoder";
import type { DisplayDialect } from "./display-dialect";
import { fitDisplayLine, toDisplayText } from "./display-text";

/**
 * The bytes that show two lines on a pole display: clear, then each line written at its start, fitted
 * to the display's columns and encoded in its code page.
 *
 * @param dialect - the display's command set
 * @param lines - upper and lower text (any script; replaced where the page lacks a character)
 * @returns the bytes to send
 * @public
 */
export function encodeDisplayFrame(dialect: DisplayDialect, lines: readonly [string, string]): Uint8Array {
  const bytes: number[] = [...dialect.clear];
  lines.forEach((line, row) => {
    const text = fitDisplayLine(toDisplayText(line, dialect.codepage), dialect.columns);
    bytes.push(
      ...(dialect.lineStart[row] ?? []),
      ...encodeText(text, dialect.codepage),
      ...(dialect.lineEnd[row] ?? []),
    );
  });
  return new Uint8Array(bytes);
}

function encodeText(text: string, codepage: string): Uint8Array {
  return CodepageEncoder.supports(codepage)
    ? CodepageEncoder.encode(text, codepage as Codepage)
    : new TextEncoder().encode(text);
}
