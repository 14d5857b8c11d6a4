import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";
import { findGs1Ai, type Gs1AiMatch } from "./find-gs1-ai";
import {
  type Gs1Element,
  type Gs1ParseOptions,
  gs1ParseOptionsSchema,
  interpretGs1Data,
} from "./gs1-element";
import { checkGs1Syntax, GROUP_SEPARATOR } from "./gs1-syntax";
import { invalidBarcode } from "./invalid-barcode";

/**
 * zod schema for GS1 element string input: non-empty text, FNC1 written as GS (0x1D).
 *
 * @public
 */
export const gs1ElementStringSchema = /* @__PURE__ */ z
  .string()
  .min(1, { message: "Expected an element string" });

function readAi(text: string, position: number): Gs1AiMatch {
  const match = findGs1Ai(text.slice(position));
  if (match !== undefined) return match;
  const head = text.slice(position, position + 4);
  if (/^\d{2}/.test(head)) {
    throw new TillError("UNKNOWN_AI", {
      message: `No known application identifier starts ${head}`,
      details: { ai: head, position },
    });
  }
  throw invalidBarcode("expected-ai", `Expected an application identifier at ${position}`, {
    position,
    head,
  });
}

/** Fixed-length AIs take exactly their length; variable ones run to the next FNC1 or the end. */
function readData(text: string, start: number, match: Gs1AiMatch): string {
  const { minLength, maxLength } = match.definition;
  if (minLength === maxLength) {
    const data = text.slice(start, start + maxLength);
    const separator = data.indexOf(GROUP_SEPARATOR);
    return separator === -1 ? data : data.slice(0, separator);
  }
  const end = text.indexOf(GROUP_SEPARATOR, start);
  return text.slice(start, end === -1 ? text.length : end);
}

function checkRepeat(seen: Map<string, string>, element: Gs1Element): void {
  const earlier = seen.get(element.ai);
  if (earlier !== undefined && earlier !== element.data) {
    throw invalidBarcode("conflicting-ai", `AI (${element.ai}) appears twice with different data`, {
      ai: element.ai,
      data: [earlier, element.data],
    });
  }
  seen.set(element.ai, element.data);
}

/**
 * Parses a GS1 element string (the data of GS1-128, GS1 DataBar, GS1 DataMatrix, GS1 QR Code) strictly:
 * a truncated fixed-length AI, an over-long variable AI, a bad character or a failed check digit is an
 * error, never a guess. FNC1 is GS (0x1D); one leading FNC1 is ignored.
 *
 * @param text - the element string without the AIM symbology identifier
 * @param options - store currency (for 390n/392n) and reference year (for dates)
 * @returns the elements in order
 * @throws TillError UNKNOWN_AI for an AI not in the table; INVALID_BARCODE with `details.reason`
 *   ("truncated", "too-long", "too-short", "bad-character", "bad-format", "check-digit", "invalid-date",
 *   "expected-ai", "conflicting-ai"); INVALID_INPUT for non-text input
 * @example
 * ```ts
 * parseGs1ElementString("010952123456788810ABC123\u001d17250600").map((e) => e.ai); // ["01", "10", "17"]
 * ```
 * @public
 */
export function parseGs1ElementString(text: string, options: Gs1ParseOptions = {}): Gs1Element[] {
  const input = parseWith(gs1ElementStringSchema, text);
  const settings = parseWith(gs1ParseOptionsSchema, options, ["options"]);
  const elements: Gs1Element[] = [];
  const seen = new Map<string, string>();
  let position = input.startsWith(GROUP_SEPARATOR) ? 1 : 0;
  if (position >= input.length) throw invalidBarcode("empty", "The element string holds no elements");
  while (position < input.length) {
    const match = readAi(input, position);
    const data = readData(input, position + match.ai.length, match);
    checkGs1Syntax(match, data);
    const element = interpretGs1Data(match, data, settings);
    checkRepeat(seen, element);
    elements.push(element);
    position += match.ai.length + data.length;
    if (input[position] === GROUP_SEPARATOR) position += 1;
  }
  return elements;
}
