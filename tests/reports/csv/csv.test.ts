import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, quoteCsvField, writeCsv } from "../../../src/reports";

describe("writeCsv (RFC 4180)", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    [" padded", '" padded"'],
    ["", ""],
  ])("quotes %j as %j", (field, expected) => {
    expect(quoteCsvField(field)).toBe(expected);
  });

  it("ends every row with CRLF by default", () => {
    expect(
      writeCsv([
        ["a", "b"],
        ["1", "2"],
      ]),
    ).toBe("a,b\r\n1,2\r\n");
  });

  it("writes tab-separated text when asked", () => {
    expect(writeCsv([["a\tb", "c"]], { delimiter: "\t", newline: "\n" })).toBe('"a\tb"\tc\n');
  });

  it("rejects an unterminated quote on reading", () => {
    expect(() => parseCsv('"open')).toThrowError(expect.objectContaining({ code: "INVALID_INPUT" }));
  });
});

describe("CSV properties", () => {
  it("should read back exactly what it wrote", () => {
    const field = fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", " ", "é", "\t", ";", "1") });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(",", ";", "\t") as fc.Arbitrary<"," | ";" | "\t">,
        (rows, delimiter) => {
          expect(parseCsv(writeCsv(rows, { delimiter }), delimiter)).toEqual(rows);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
