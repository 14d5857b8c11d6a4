import type { Gs1AiMatch } from "./find-gs1-ai";
import { invalidBarcode } from "./invalid-barcode";

/**
 * FNC1 as scanners transmit it inside GS1 data: the ASCII group separator (0x1D).
 *
 * @public
 */
export const GROUP_SEPARATOR = "\u001d";

/** GS1 AI encodable character set 82 (General Specifications figure 7.11-1). */
const CHARSET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/;

/**
 * Checks the data of one AI against its table row: length, character set and composite pattern.
 *
 * @param match - the AI and its row
 * @param data - the data characters
 * @throws TillError INVALID_BARCODE with reason "too-short", "too-long", "bad-character" or "bad-format"
 * @internal
 */
export function checkGs1Syntax(match: Gs1AiMatch, data: string): void {
  const { definition, ai } = match;
  const facts = { ai, data, minLength: definition.minLength, maxLength: definition.maxLength };
  if (data.length > definition.maxLength) {
    throw invalidBarcode("too-long", `AI (${ai}) data exceeds ${definition.maxLength} characters`, {
      ...facts,
      length: data.length,
    });
  }
  if (data.length < definition.minLength) {
    const reason = definition.minLength === definition.maxLength ? "truncated" : "too-short";
    throw invalidBarcode(reason, `AI (${ai}) needs at least ${definition.minLength} characters`, {
      ...facts,
      length: data.length,
    });
  }
  const charsetOk = definition.charset === "n" ? /^\d*$/.test(data) : CHARSET_82.test(data);
  if (!charsetOk) {
    throw invalidBarcode("bad-character", `AI (${ai}) data has characters outside its set`, facts);
  }
  if (definition.pattern !== undefined && !definition.pattern.test(data)) {
    throw invalidBarcode("bad-format", `AI (${ai}) data does not have the required format`, facts);
  }
}
