import { z } from "zod";
import { TillError, type TillErrorPath } from "../errors/till-error";

/** Card numbers (ISO/IEC 7812 PANs) have 13 to 19 digits. */
const MIN_PAN_DIGITS = 13;
const MAX_PAN_DIGITS = 19;

/** A run of digits where single spaces or dashes may separate groups: "4111 1111-1111 1111". */
const DIGIT_RUN = /\d(?:[ -]?\d)*/g;

/**
 * The Luhn (mod 10) check every payment card number passes.
 *
 * @param digits - decimal digits only
 * @returns true when the check digit is right
 * @example
 * ```ts
 * isLuhnValid("4111111111111111"); // true
 * ```
 * @public
 */
export function isLuhnValid(digits: string): boolean {
  let total = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    total += digit;
  }
  return digits.length > 0 && total % 10 === 0;
}

function groupsLookLikeCard(groups: readonly string[]): boolean {
  for (let first = 0; first < groups.length; first += 1) {
    let digits = "";
    for (let last = first; last < groups.length && digits.length <= MAX_PAN_DIGITS; last += 1) {
      digits += groups[last];
      if (digits.length >= MIN_PAN_DIGITS && digits.length <= MAX_PAN_DIGITS && isLuhnValid(digits))
        return true;
    }
  }
  return false;
}

/**
 * True when a text holds something that looks like a full card number: 13–19 digits that pass the Luhn
 * check, written together or in groups separated by single spaces or dashes. Consecutive groups inside
 * a longer run are checked too, so "ref 12 4111 1111 1111 1111" is caught.
 *
 * @param text - free text (a note, a reason, a reference)
 * @returns whether the text must be rejected
 * @public
 */
export function containsCardNumber(text: string): boolean {
  for (const match of text.matchAll(DIGIT_RUN)) {
    if (groupsLookLikeCard(match[0].split(/[ -]/))) return true;
  }
  return false;
}

/**
 * Throws when a free-text value looks like a card number.
 *
 * @param text - the value
 * @param path - where it sits in the caller's input
 * @throws TillError CARD_DATA_REJECTED
 * @public
 */
export function assertNoCardNumber(text: string, path: TillErrorPath = []): void {
  if (containsCardNumber(text)) throw new TillError("CARD_DATA_REJECTED", { path });
}

/**
 * A zod refinement for free-text fields: `z.string().superRefine(rejectCardNumbers)`. The issue carries
 * `tillCode: "CARD_DATA_REJECTED"`, so `parseWith` throws that code with the field's path.
 *
 * @param text - the string value
 * @param context - zod's refinement context
 * @public
 */
export function rejectCardNumbers(text: string, context: z.core.$RefinementCtx<string>): void {
  if (containsCardNumber(text)) {
    context.addIssue({
      code: "custom",
      message: "Card numbers must never be entered here",
      params: { tillCode: "CARD_DATA_REJECTED" },
    });
  }
}

/**
 * zod schema for free text that must not hold a card number (notes, reasons, references).
 *
 * @public
 */
export const cardSafeTextSchema = /* @__PURE__ */ z.string().superRefine(rejectCardNumbers);
