import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";
import { findGs1Ai, type Gs1AiMatch } from "./find-gs1-ai";
import { checkGs1Syntax, GROUP_SEPARATOR } from "./gs1-syntax";

/**
 * zod schema for the elements to encode: AI digits and their data.
 *
 * @public
 */
export const gs1ElementInputSchema = /* @__PURE__ */ z
  .array(z.object({ ai: z.string().regex(/^\d{2,4}$/), data: z.string() }))
  .min(1);

/**
 * Elements to encode, see {@link gs1ElementInputSchema}.
 *
 * @public
 */
export type Gs1ElementInput = z.input<typeof gs1ElementInputSchema>;

function matchExactly(ai: string, index: number): Gs1AiMatch {
  const match = findGs1Ai(ai);
  if (match === undefined || match.ai !== ai) {
    throw new TillError("UNKNOWN_AI", {
      message: `Unknown application identifier ${ai}`,
      path: [index, "ai"],
      details: { ai },
    });
  }
  return match;
}

/**
 * Writes a GS1 element string: each AI followed by its data, and FNC1 (GS, 0x1D) after every element
 * that is not last and whose AI is not in the predefined-length table.
 *
 * @param elements - AI and data pairs, in order
 * @returns the element string, as a scanner would transmit it after the AIM identifier
 * @throws TillError UNKNOWN_AI; INVALID_BARCODE when data breaks its AI's syntax; INVALID_INPUT
 * @example
 * ```ts
 * encodeGs1ElementString([{ ai: "01", data: "09521234567888" }, { ai: "10", data: "ABC123" }, { ai: "17", data: "250600" }]);
 * // "010952123456788810ABC123\u001d17250600"
 * ```
 * @public
 */
export function encodeGs1ElementString(elements: Gs1ElementInput): string {
  const rows = parseWith(gs1ElementInputSchema, elements);
  let text = "";
  rows.forEach((row, index) => {
    const match = matchExactly(row.ai, index);
    checkGs1Syntax(match, row.data);
    text += `${row.ai}${row.data}`;
    const isLast = index === rows.length - 1;
    const isFixed = match.definition.minLength === match.definition.maxLength;
    if (!isLast && !(isFixed && match.definition.predefinedLength)) text += GROUP_SEPARATOR;
  });
  return text;
}

/**
 * Writes elements in the human-readable form printed under a barcode: "(01)09521234567888(10)ABC123".
 *
 * @param elements - AI and data pairs
 * @returns the bracketed text
 * @throws TillError INVALID_INPUT
 * @public
 */
export function formatGs1HumanReadable(elements: Gs1ElementInput): string {
  return parseWith(gs1ElementInputSchema, elements)
    .map((row) => `(${row.ai})${row.data}`)
    .join("");
}
