// Assertions the mutation run of src/core/{numbers,quantity,rate,currency} showed missing: percent text
// of rates, the unit-interval check at its bounds, default error paths, the details and reasons of
// INVALID_DECIMAL, quantity precision, and the numeric code an active and a withdrawn currency share.
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  assertUnitInterval,
  getCurrency,
  getCurrencyByNumeric,
  parseDecimal,
  parseQuantity,
  parseRate,
  percent,
  pieces,
} from "../../../src/core";

describe("Rate as percent text", () => {
  it.each<[string, string]>([
    ["0.07", "7"],
    ["0.5", "50"],
    ["1", "100"],
    ["0", "0"],
    ["0.125", "12.5"],
    ["0.09975", "9.975"],
    ["-0.07", "-7"],
    ["2.5", "250"],
  ])("the fraction %s is %s%%", (fraction, expected) => {
    expect(parseRate(fraction).toPercentString()).toBe(expected);
  });

  it("writes the fraction as text and as JSON at its smallest scale", () => {
    expect(parseRate("0.0700").toString()).toBe("0.07");
    expect(String(percent("9.975"))).toBe("0.09975");
    expect(JSON.stringify({ rate: percent("21") })).toBe('{"rate":"0.21"}');
  });

  it("percent() and toPercentString() are inverses on the way back", () => {
    for (const text of ["7", "9.975", "0.5", "100", "0"]) expect(percent(text).toPercentString()).toBe(text);
  });
});

describe("assertUnitInterval", () => {
  it.each(["0", "1", "0.5", "0.000001", "0.999999"])("accepts %s (0% to 100% inclusive)", (fraction) => {
    expect(() => assertUnitInterval(parseRate(fraction), ["rate"])).not.toThrow();
  });

  it.each(["-0.000001", "1.000001", "-1", "2"])("refuses %s with INVALID_RATE at its path", (fraction) => {
    expect(() => assertUnitInterval(parseRate(fraction), ["rules", 0, "rate"])).toThrow(
      expect.objectContaining({ code: "INVALID_RATE", path: ["rules", 0, "rate"] }),
    );
    expect(() => assertUnitInterval(parseRate(fraction))).toThrow(expect.objectContaining({ path: [] }));
  });
});

describe("default and given error paths", () => {
  it.each<[string, () => unknown]>([
    ["parseRate", () => parseRate("seven")],
    ["percent", () => percent("seven")],
    ["parseQuantity", () => parseQuantity("1.2345678")],
    ["parseDecimal", () => parseDecimal("1e5")],
    ["getCurrency", () => getCurrency("EURO")],
    ["getCurrencyByNumeric", () => getCurrencyByNumeric(1)],
  ])("%s without a path reports the root", (_name, run) => {
    expect(run).toThrow(expect.objectContaining({ path: [] }));
  });

  it("getCurrency refuses a code that is not text, at its path", () => {
    expect(() => getCurrency(978 as never, ["currency"])).toThrow(
      expect.objectContaining({
        code: "UNKNOWN_CURRENCY",
        path: ["currency"],
        message: expect.stringContaining("not number"),
      }),
    );
  });

  it("unknown codes carry the code in their details", () => {
    expect(() => getCurrency("EURO", ["c"])).toThrow(
      expect.objectContaining({ code: "UNKNOWN_CURRENCY", path: ["c"], details: { code: "EURO" } }),
    );
    expect(() => getCurrencyByNumeric(1, ["n"])).toThrow(
      expect.objectContaining({ code: "UNKNOWN_CURRENCY", path: ["n"], details: { numeric: 1 } }),
    );
  });
});

describe("numeric codes", () => {
  it("532 is the active Caribbean guilder (XCG), not the withdrawn Netherlands Antillean guilder (ANG)", () => {
    expect(getCurrencyByNumeric(532).code).toBe("XCG");
    expect(getCurrency("ANG").numeric).toBe(532);
  });
});

describe("INVALID_DECIMAL says why and what", () => {
  it.each<[string, unknown, string]>([
    ["NaN", Number.NaN, "not finite"],
    ["Infinity", Number.POSITIVE_INFINITY, "not finite"],
    ["a fraction as a JS number", 1.5, "exact integers"],
    ["a non-finite Decimal", new Decimal(Number.NaN), "not finite"],
    ["an exponent", "1e5", "expected digits"],
    ["an object", { amount: 1 }, "unsupported type object"],
  ])("%s", (_title, input, why) => {
    expect(() => parseDecimal(input as never, ["x"])).toThrow(
      expect.objectContaining({
        code: "INVALID_DECIMAL",
        path: ["x"],
        message: expect.stringContaining(why),
        details: { input: String(input) },
      }),
    );
  });

  it("describes an object without a prototype without throwing while reporting", () => {
    expect(() => parseDecimal(Object.create(null) as never)).toThrow(
      expect.objectContaining({ code: "INVALID_DECIMAL", details: { input: "[object Object]" } }),
    );
  });
});

describe("quantities", () => {
  it("refuses a seventh decimal with QUANTITY_PRECISION at its path, and takes six", () => {
    expect(() => parseQuantity("1.2345678", "kg", ["lines", 0, "quantity"])).toThrow(
      expect.objectContaining({ code: "QUANTITY_PRECISION", path: ["lines", 0, "quantity"] }),
    );
    expect(parseQuantity("1.234567", "kg").millionths).toBe(1_234_567n);
    expect(parseQuantity("1.2345670", "kg").millionths).toBe(1_234_567n);
  });

  it("pieces takes numbers and bigints alike", () => {
    expect(pieces(3).millionths).toBe(3_000_000n);
    expect(pieces(3n).millionths).toBe(3_000_000n);
    expect(pieces(-2).unit).toBe("each");
  });
});
