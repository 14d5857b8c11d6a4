import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseWith } from "../../../src/core/errors";
import {
  cardDetailsSchema,
  cardSafeTextSchema,
  containsCardNumber,
  isLuhnValid,
  rejectCardNumbers,
} from "../../../src/core/payments";

describe("card number guard", () => {
  it.each([
    ["a Visa test number", "4111111111111111", true],
    ["a Mastercard number in groups of four", "5555 5555 5555 4444", true],
    ["an Amex number with dashes", "3782-822463-10005", true],
    ["a 13-digit Visa", "4222222222222", true],
    ["a 19-digit number", "4000000000000000006", true],
    ["a card number after other digits", "ref 12 4111 1111 1111 1111", true],
    ["a card number inside text", "customer said 4111111111111111!", true],
    ["a Luhn-invalid 16-digit number", "4111111111111112", false],
    ["12 digits", "411111111116", false],
    ["a masked number", "************1111", false],
    ["an amount and a date", "paid 48.32 on 2026-11-23", false],
    ["a phone number", "+44 20 7946 0958", false],
  ])("%s → %s", (_title, text, expected) => {
    expect(containsCardNumber(text)).toBe(expected);
  });

  it.each([
    ["4111111111111111", true],
    ["79927398713", true],
    ["79927398710", false],
  ])("Luhn(%s) = %s", (digits, expected) => {
    expect(isLuhnValid(digits)).toBe(expected);
  });

  it("rejects card-like text with CARD_DATA_REJECTED at the field's path", () => {
    const noteSchema = z.object({ reason: z.string().superRefine(rejectCardNumbers) });
    expect(() => parseWith(noteSchema, { reason: "card 4111-1111-1111-1111" })).toThrowError(
      expect.objectContaining({ code: "CARD_DATA_REJECTED", path: ["reason"] }),
    );
  });

  it.each([
    ["a last4 of 16 digits", { last4: "4111111111111111" }, ["last4"]],
    ["a provider reference holding a PAN", { providerReference: "4111111111111111" }, ["providerReference"]],
    ["an unknown member named pan", { pan: "4111111111111111" }, []],
  ])("card details refuse %s", (_title, value, path) => {
    expect(() => parseWith(cardDetailsSchema, value)).toThrowError(expect.objectContaining({ path }));
  });

  it("property: every Luhn-valid 13–19 digit number is caught, written plain or in groups", () => {
    const pan = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 18 }).map((digits) => {
      const body = digits.join("");
      const check = [...Array(10).keys()].find((d) => isLuhnValid(`${body}${d}`)) as number;
      return `${body}${check}`;
    });
    fc.assert(
      fc.property(
        pan,
        fc.constantFrom("", " ", "-"),
        fc.integer({ min: 3, max: 6 }),
        (digits, separator, group) => {
          const grouped = digits.match(new RegExp(`.{1,${group}}`, "g"))?.join(separator) ?? digits;
          expect(cardSafeTextSchema.safeParse(`note ${grouped} end`).success).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
