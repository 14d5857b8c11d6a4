import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeGs1CheckDigit,
  encodeGs1ElementString,
  formatGs1HumanReadable,
  type Gs1AiMatch,
  listGs1Ais,
  parseGs1ElementString,
} from "../../../src/devices/barcode";
import { throwsOnlyTillErrors, tillErrorOf } from "./till-error-of";

const RUNS = 2000;
const GS = "\u001d";

describe("parseGs1ElementString: valid element strings", () => {
  it.each([
    ["01 GTIN, 10 batch, 17 expiry", `010952123456788210ABC123${GS}17250600`, ["01", "10", "17"]],
    ["01 then 3103 net weight", "01095212345678823103000350", ["01", "3103"]],
    ["00 SSCC", "00106141411234567897", ["00"]],
    ["leading FNC1 ignored", `${GS}0109521234567882`, ["01"]],
    ["trailing GS tolerated", `0109521234567882${GS}`, ["01"]],
    ["21 serial then 37 count", `21XYZ-9${GS}3712`, ["21", "37"]],
    ["GS after a predefined fixed AI tolerated", `0109521234567882${GS}10A`, ["01", "10"]],
  ])("%s", (_title, text, ais) => {
    expect(parseGs1ElementString(text).map((element) => element.ai)).toEqual(ais);
  });

  it.each([
    ["3103", "000350", "0.350", "kg"],
    ["3100", "000002", "2", "kg"],
    ["3105", "123456", "1.23456", "kg"],
    ["3202", "001250", "12.50", "lb"],
    ["3150", "000750", "750", "l"],
  ])("reads (%s)%s as the exact decimal %s %s", (ai, data, decimal, unit) => {
    const [element] = parseGs1ElementString(`${ai}${data}`);
    expect(element?.value).toMatchObject({ type: "measure", decimal, unit });
    if (element?.value.type === "measure") expect(element.value.quantity?.unit).toBe(unit);
  });

  it.each([
    ["3922", "1234", undefined, "12.34", undefined],
    ["3922", "1234", "EUR", "12.34", "12.34"],
    ["3921", "1234", "EUR", "123.4", "123.40"],
    ["3933", "9781234", undefined, "1.234", undefined],
    ["3932", "8401999", undefined, "19.99", "19.99"],
    ["3930", "392215", undefined, "215", "215"],
  ])("reads (%s)%s with store currency %s as %s (Money %s)", (ai, data, currency, decimal, money) => {
    const [element] = parseGs1ElementString(`${ai}${data}`, currency === undefined ? {} : { currency });
    expect(element?.value).toMatchObject({ type: "amount", decimal });
    if (element?.value.type === "amount") expect(element.value.money?.toString()).toBe(money);
  });

  it.each([
    ["17", "250600", "2025-06-30", true],
    ["17", "240200", "2024-02-29", true],
    ["17", "230200", "2023-02-28", true],
    ["15", "251231", "2025-12-31", false],
    ["11", "991115", "2099-11-15", false],
  ])("reads date (%s)%s as %s (end of month %s)", (ai, data, date, isEndOfMonth) => {
    expect(parseGs1ElementString(`${ai}${data}`)[0]?.value).toEqual({ type: "date", date, isEndOfMonth });
  });

  it.each([
    [2025, "991115", "1999-11-15"],
    [2025, "750101", "2075-01-01"],
    [2025, "760101", "1976-01-01"],
    [2090, "100101", "2110-01-01"],
  ])("applies the GS1 century rule in %i: %s is %s", (referenceYear, data, date) => {
    expect(parseGs1ElementString(`17${data}`, { referenceYear })[0]?.value).toMatchObject({ date });
  });
});

describe("parseGs1ElementString: strict rejections", () => {
  it.each([
    ["truncated GTIN", "0109521234567", "INVALID_BARCODE", "truncated"],
    ["GTIN cut by GS", `01095212345${GS}10A`, "INVALID_BARCODE", "truncated"],
    ["over-long batch", `10${"A".repeat(21)}`, "INVALID_BARCODE", "too-long"],
    ["over-long serial", `21${"1".repeat(21)}${GS}17250600`, "INVALID_BARCODE", "too-long"],
    ["empty batch", `10${GS}17250600`, "INVALID_BARCODE", "too-short"],
    ["bad GTIN check digit", `010952123456788810ABC123${GS}17250600`, "INVALID_BARCODE", "check-digit"],
    ["month 13", "17251301", "INVALID_BARCODE", "invalid-date"],
    ["February 30", "17250230", "INVALID_BARCODE", "invalid-date"],
    ["letters in a numeric AI", "3103000A50", "INVALID_BARCODE", "bad-character"],
    ["control character in batch", "10AB\u0007C", "INVALID_BARCODE", "bad-character"],
    ["conflicting repeats", `10A${GS}10B`, "INVALID_BARCODE", "conflicting-ai"],
    ["not an AI", "AB123", "INVALID_BARCODE", "expected-ai"],
    ["only FNC1", GS, "INVALID_BARCODE", "empty"],
    ["3106 has no sixth decimal", "3106000350", "UNKNOWN_AI", undefined],
    ["unknown AI 23", "2300001", "UNKNOWN_AI", undefined],
  ])("%s: %j → %s %s", (_title, text, code, reason) => {
    const error = tillErrorOf(() => parseGs1ElementString(text));
    expect(error.code).toBe(code);
    expect(error.details?.reason).toBe(reason);
  });

  it("names the AI and limits of an over-long AI", () => {
    expect(tillErrorOf(() => parseGs1ElementString(`10${"A".repeat(21)}`)).details).toMatchObject({
      ai: "10",
      maxLength: 20,
      length: 21,
    });
  });

  it("throws INVALID_INPUT for an empty string", () => {
    expect(tillErrorOf(() => parseGs1ElementString("")).code).toBe("INVALID_INPUT");
  });
});

describe("encodeGs1ElementString", () => {
  it.each([
    [
      "FNC1 only after variable AIs",
      [
        { ai: "01", data: "09521234567882" },
        { ai: "10", data: "ABC123" },
        { ai: "17", data: "250600" },
      ],
      `010952123456788210ABC123${GS}17250600`,
    ],
    [
      "FNC1 after a fixed AI outside the predefined table",
      [
        { ai: "422", data: "528" },
        { ai: "01", data: "09521234567882" },
      ],
      `422528${GS}0109521234567882`,
    ],
    ["no FNC1 after the last element", [{ ai: "21", data: "S1" }], "21S1"],
  ])("%s", (_title, elements, text) => {
    expect(encodeGs1ElementString(elements)).toBe(text);
  });

  it("writes the human-readable form", () => {
    expect(
      formatGs1HumanReadable([
        { ai: "01", data: "09521234567882" },
        { ai: "10", data: "A1" },
      ]),
    ).toBe("(01)09521234567882(10)A1");
  });

  it.each([
    [[{ ai: "3106", data: "000350" }], "UNKNOWN_AI"],
    [[{ ai: "01", data: "0952123456788" }], "INVALID_BARCODE"],
    [[], "INVALID_INPUT"],
  ])("rejects %j with %s", (elements, code) => {
    expect(tillErrorOf(() => encodeGs1ElementString(elements)).code).toBe(code);
  });
});

const CHARSET_82 = [..."!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"];

/** Valid data for one AI, built from its table row. */
function dataFor(match: Gs1AiMatch): fc.Arbitrary<string> {
  const { definition } = match;
  if (definition.meaning === "date") {
    return fc
      .tuple(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 28 }),
      )
      .map(([y, m, d]) => [y, m, d].map((part) => String(part).padStart(2, "0")).join(""));
  }
  const length = fc.integer({ min: definition.minLength, max: definition.maxLength });
  const char = definition.charset === "n" ? fc.constantFrom(..."0123456789") : fc.constantFrom(...CHARSET_82);
  const body = length.chain((size) =>
    fc.array(char, { minLength: size, maxLength: size }).map((chars) => chars.join("")),
  );
  if (definition.meaning === "key") {
    return fc
      .array(fc.constantFrom(..."0123456789"), {
        minLength: definition.maxLength - 1,
        maxLength: definition.maxLength - 1,
      })
      .map((chars) => chars.join(""))
      .map((digits) => `${digits}${computeGs1CheckDigit(digits)}`);
  }
  if (definition.pattern !== undefined) {
    const digits = fc
      .array(fc.constantFrom(..."0123456789"), { minLength: 14, maxLength: 14 })
      .map((chars) => chars.join(""));
    return fc.tuple(digits, body).map(([head, tail]) => `${head}${tail}`.slice(0, definition.maxLength));
  }
  return body;
}

const elementArbitrary = fc
  .constantFrom(...listGs1Ais())
  .chain((match) => dataFor(match).map((data) => ({ ai: match.ai, data })));

describe("GS1 properties", () => {
  it("should parse back every encoded element string (encode → parse round trip)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(elementArbitrary, { minLength: 1, maxLength: 6, selector: (e) => e.ai }),
        (elements) => {
          // Arrange / Act
          const parsed = parseGs1ElementString(encodeGs1ElementString(elements));
          // Assert
          expect(parsed.map(({ ai, data }) => ({ ai, data }))).toEqual(elements);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("should never throw anything but a TillError on arbitrary text", () => {
    const text = fc.oneof(
      fc.string(),
      fc
        .array(fc.constantFrom(..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\u001d"), { maxLength: 40 })
        .map((chars) => chars.join("")),
    );
    fc.assert(
      fc.property(text, (input) => {
        expect(throwsOnlyTillErrors(() => parseGs1ElementString(input))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
