import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGs1DigitalLink, computeGs1CheckDigit, parseGs1DigitalLink } from "../../../src/devices/barcode";
import { throwsOnlyTillErrors, tillErrorOf } from "./till-error-of";

const RUNS = 2000;
const CHARSET_82 = [..."!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"];

function digitString(length: number): fc.Arbitrary<string> {
  return fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((d) => d.join(""));
}
const GS = "\u001d";

describe("parseGs1DigitalLink", () => {
  it.each([
    [
      "GS1 resolver with batch and expiry",
      "https://id.gs1.org/01/09521234543213/10/ABC?17=250600",
      "https://id.gs1.org",
      "",
      `010952123454321310ABC${GS}17250600`,
    ],
    [
      "brand domain under a path prefix, serial",
      "https://example.com/products/gs1/01/09521234543213/21/S%2F12",
      "https://example.com",
      "products/gs1",
      "010952123454321321S/12",
    ],
    [
      "GTIN-13 padded to 14",
      "https://brand.example/01/4006381333931",
      "https://brand.example",
      "",
      "0104006381333931",
    ],
    [
      "non-AI query keys ignored",
      "https://id.gs1.org/01/09521234543213?linkType=gs1:pip&3103=000350",
      "https://id.gs1.org",
      "",
      "01095212345432133103000350",
    ],
    [
      "SSCC key",
      "https://id.gs1.org/00/106141411234567897",
      "https://id.gs1.org",
      "",
      "00106141411234567897",
    ],
    [
      "qualifiers 22, 10, 21 in order",
      "https://id.gs1.org/01/09521234543213/22/2A/10/B1/21/C9",
      "https://id.gs1.org",
      "",
      `010952123454321322${"2A"}${GS}10B1${GS}21C9`,
    ],
  ])("%s", (_title, uri, origin, pathPrefix, elementString) => {
    const link = parseGs1DigitalLink(uri);
    expect(link.origin).toBe(origin);
    expect(link.pathPrefix).toBe(pathPrefix);
    expect(link.elementString).toBe(elementString);
  });

  it("interprets the elements like an element string", () => {
    const link = parseGs1DigitalLink("https://id.gs1.org/01/09521234543213?17=250600");
    expect(link.elements[1]?.value).toEqual({ type: "date", date: "2025-06-30", isEndOfMonth: true });
  });

  it.each([
    ["not a URL", "hello", "INVALID_BARCODE", "not-a-url"],
    ["ftp", "ftp://id.gs1.org/01/09521234543213", "INVALID_BARCODE", "not-a-url"],
    ["no key", "https://example.com/shop/item/42", "INVALID_BARCODE", "no-primary-key"],
    [
      "qualifiers out of order",
      "https://id.gs1.org/01/09521234543213/21/S/10/B",
      "INVALID_BARCODE",
      "no-primary-key",
    ],
    ["bad GTIN", "https://id.gs1.org/01/09521234543214", "INVALID_BARCODE", "check-digit"],
    [
      "over-long batch",
      `https://id.gs1.org/01/09521234543213/10/${"A".repeat(21)}`,
      "INVALID_BARCODE",
      "too-long",
    ],
    ["unknown query AI", "https://id.gs1.org/01/09521234543213?2300=1", "UNKNOWN_AI", undefined],
  ])("%s → %s", (_title, uri, code, reason) => {
    const error = tillErrorOf(() => parseGs1DigitalLink(uri));
    expect(error.code).toBe(code);
    expect(error.details?.reason).toBe(reason);
  });
});

describe("buildGs1DigitalLink", () => {
  it.each([
    [
      [
        { ai: "01", data: "09521234543213" },
        { ai: "17", data: "250600" },
        { ai: "10", data: "A/B" },
      ],
      {},
      "https://id.gs1.org/01/09521234543213/10/A%2FB?17=250600",
    ],
    [
      [{ ai: "414", data: "9521234543213" }],
      { origin: "https://example.com/r/" },
      "https://example.com/r/414/9521234543213",
    ],
  ])("writes %j as %s", (elements, options, uri) => {
    expect(buildGs1DigitalLink(elements, options)).toBe(uri);
  });

  it("rejects a first element that is no primary key", () => {
    expect(tillErrorOf(() => buildGs1DigitalLink([{ ai: "10", data: "A" }])).details?.reason).toBe(
      "no-primary-key",
    );
  });

  it("should parse back every built link", () => {
    const gtin = digitString(13).map((body) => `${body}${computeGs1CheckDigit(body)}`);
    const text = fc
      .array(fc.constantFrom(...CHARSET_82), { minLength: 1, maxLength: 20 })
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(
        gtin,
        fc.option(text, { nil: undefined }),
        fc.option(text, { nil: undefined }),
        (key, batch, serial) => {
          // Arrange
          const elements = [
            { ai: "01", data: key },
            ...(batch === undefined ? [] : [{ ai: "10", data: batch }]),
            ...(serial === undefined ? [] : [{ ai: "21", data: serial }]),
          ];
          // Act
          const link = parseGs1DigitalLink(buildGs1DigitalLink(elements));
          // Assert: same elements; a "." or ".." qualifier travels in the query, so compare by AI
          const byAi = (list: readonly { ai: string; data: string }[]) =>
            list.map(({ ai, data }) => ({ ai, data })).sort((a, b) => a.ai.localeCompare(b.ai));
          expect(byAi(link.elements)).toEqual(byAi(elements));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it.each([["https://id.gs1.org/toString/ /01/01?"], ["https://id.gs1.org/__proto__/ \\ /01?"]])(
    "rejects a path key named like an Object.prototype member (%s) with a TillError",
    (input) => {
      expect(throwsOnlyTillErrors(() => parseGs1DigitalLink(input))).toBe(true);
    },
  );

  it("should never throw anything but a TillError on arbitrary text and URLs", () => {
    const segment = fc.oneof(
      fc.constantFrom("01", "10", "21", "00", "8006", "17", ".", "%zz"),
      fc.string({ maxLength: 16 }),
    );
    const uri = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.array(segment, { maxLength: 6 }), fc.string({ maxLength: 12 }))
        .map(([segments, query]) => `https://id.gs1.org/${segments.join("/")}?${query}`),
    );
    fc.assert(
      fc.property(uri, (input) => {
        expect(throwsOnlyTillErrors(() => parseGs1DigitalLink(input))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
