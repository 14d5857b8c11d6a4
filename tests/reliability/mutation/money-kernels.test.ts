// Assertions the mutation run of src/core/money showed missing: increments that are not whole minor
// units, error paths and details of parseMoney, multiply and mixed currencies.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, incrementInMinor, moneyFromMinor, multiply, parseMoney, subtract } from "../../../src/core";

describe("incrementInMinor", () => {
  it.each<[string, string, bigint]>([
    ["0.05", "EUR", 5n],
    ["0.050", "EUR", 5n],
    ["1", "EUR", 100n],
    ["10", "JPY", 10n],
    ["0.005", "BHD", 5n],
  ])("%s %s → %s minor units", (increment, currency, expected) => {
    expect(incrementInMinor(increment, currency)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ["0.001", "EUR", "INVALID_ROUNDING"],
    ["0.055", "EUR", "INVALID_ROUNDING"],
    ["0", "EUR", "INVALID_ROUNDING"],
    ["0.5", "JPY", "INVALID_ROUNDING"],
    ["five", "EUR", "INVALID_DECIMAL"],
  ])("%s %s is refused with %s at the increment", (increment, currency, code) => {
    expect(() => incrementInMinor(increment, currency)).toThrow(
      expect.objectContaining({ code, path: ["increment"] }),
    );
  });

  it("should accept exactly the positive whole numbers of cents (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -1000n, max: 100_000n }), fc.boolean(), (thousandths, isWhole) => {
        // Arrange: an increment in thousandths of a euro, sometimes forced to whole cents
        const units = isWhole ? thousandths * 10n : thousandths;
        const text = `${units < 0n ? "-" : ""}${(units < 0n ? -units : units) / 1000n}.${String((units < 0n ? -units : units) % 1000n).padStart(3, "0")}`;
        const isValid = units > 0n && units % 10n === 0n;
        // Act
        const outcome = () => incrementInMinor(text, "EUR");
        // Assert
        if (isValid) expect(outcome()).toBe(units / 10n);
        else expect(outcome).toThrow(expect.objectContaining({ code: "INVALID_ROUNDING" }));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("parseMoney errors carry the caller's path", () => {
  it.each<[string, Parameters<typeof parseMoney>[2] | undefined, readonly (string | number)[]]>([
    ["no options: an empty path", undefined, []],
    ["null options: an empty path", null, []],
    ["options without a path: an empty path", {}, []],
    ["a path given: that path", { path: ["lines", 0, "price"] }, ["lines", 0, "price"]],
  ])("%s", (_title, options, path) => {
    const call = () =>
      options === undefined ? parseMoney("1.005", "EUR") : parseMoney("1.005", "EUR", options);
    expect(call).toThrow(
      expect.objectContaining({ code: "MONEY_PRECISION", path, details: { currency: "EUR", exponent: 2 } }),
    );
  });
});

describe("multiply and mixed currencies", () => {
  it.each<[string, readonly (string | number)[] | undefined, readonly (string | number)[]]>([
    ["no path given: an empty path", undefined, []],
    ["a path given: that path", ["discount", "percent"], ["discount", "percent"]],
  ])("a malformed multiplier: %s", (_title, path, expected) => {
    const price = parseMoney("12.99", "EUR");
    const call = () =>
      path === undefined ? multiply(price, "1.2.3", "half-up") : multiply(price, "1.2.3", "half-up", path);
    expect(call).toThrow(expect.objectContaining({ code: "INVALID_DECIMAL", path: expected }));
  });

  it.each([
    ["add", add],
    ["subtract", subtract],
  ] as const)("%s of EUR and USD names both currencies in details", (_name, operation) => {
    expect(() => operation(moneyFromMinor(100n, "EUR"), moneyFromMinor(100n, "USD"))).toThrow(
      expect.objectContaining({ code: "CURRENCY_MISMATCH", details: { left: "EUR", right: "USD" } }),
    );
  });
});
