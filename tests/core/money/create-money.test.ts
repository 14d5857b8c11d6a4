import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CURRENCIES,
  type DecimalInput,
  type Money,
  moneyFromMinor,
  parseMoney,
  TillDecimal,
  zeroMoney,
} from "../../../src/core";
import { anyMoneyArbitrary, currencyCodeArbitrary, minorArbitrary } from "../arbitraries";
import { expectTillError } from "../expect-till-error";

describe("parseMoney", () => {
  it.each([
    ["12.30", "EUR", 1230n, "12.30"],
    ["12.3", "EUR", 1230n, "12.30"],
    ["12", "EUR", 1200n, "12.00"],
    ["-0.05", "EUR", -5n, "-0.05"],
    [".5", "EUR", 50n, "0.50"],
    ["+7.10", "USD", 710n, "7.10"],
    ["1235", "JPY", 1235n, "1235"],
    ["1.25", "KWD", 1250n, "1.250"],
    ["1.2345", "CLF", 12345n, "1.2345"],
    ["3", "XAU", 3n, "3"],
    ["12.30", "HRK", 1230n, "12.30"],
    ["12.300", "EUR", 1230n, "12.30"],
  ] as const)("parses %s %s as %i minor units, written %s", (amount, currency, minor, text) => {
    const money = parseMoney(amount, currency);
    expect(money.minor).toBe(minor);
    expect(money.currency).toBe(currency);
    expect(money.toString()).toBe(text);
  });

  it.each([
    ["a bigint of major units", 12n, "12.00"],
    ["a safe-integer JS number", 12, "12.00"],
    ["a decimal.js Decimal", new TillDecimal("12.3"), "12.30"],
    ["a Decimal written with an exponent", new TillDecimal("1.5e2"), "150.00"],
  ] as [string, DecimalInput, string][])("accepts %s", (_, amount, text) => {
    expect(parseMoney(amount, "EUR").toString()).toBe(text);
  });

  it.each([
    ["1.005", "EUR", "half-up", "1.01"],
    ["-1.005", "EUR", "half-up", "-1.01"],
    ["1.005", "EUR", "half-even", "1.00"],
    ["1235.5", "JPY", "half-up", "1236"],
    ["1.2345", "KWD", "down", "1.234"],
  ] as const)("rounds excess decimals of %s %s with %s → %s", (amount, currency, rounding, text) => {
    expect(parseMoney(amount, currency, { rounding }).toString()).toBe(text);
  });

  it.each([
    ["1.005", "EUR"],
    ["12.5", "JPY"],
    ["1.2345", "KWD"],
    ["0.5", "XAU"],
  ])("rejects %s %s with MONEY_PRECISION at the given path", (amount, currency) => {
    expectTillError(() => parseMoney(amount, currency, { path: ["lines", 2, "price"] }), "MONEY_PRECISION", [
      "lines",
      2,
      "price",
    ]);
  });

  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["the fractional JS number 1.5", 1.5],
    ["an unsafe JS integer", 2 ** 60],
    ["exponent text 1e5", "1e5"],
    ["letters", "abc"],
    ["an empty string", ""],
    ["spaces", " 1.00"],
    ["a thousands separator", "1,000.00"],
    ["a NaN Decimal", new TillDecimal(Number.NaN)],
    ["an infinite Decimal", new TillDecimal(Number.POSITIVE_INFINITY)],
    ["null", null],
    ["an object", { amount: "1" }],
  ] as [string, unknown][])("rejects %s with INVALID_DECIMAL at the given path", (_, amount) => {
    expectTillError(
      () => parseMoney(amount as DecimalInput, "EUR", { path: ["amount"] }),
      "INVALID_DECIMAL",
      ["amount"],
    );
  });

  it.each(["ZZZ", "eur", "", "EURO"])("rejects the currency %j with UNKNOWN_CURRENCY", (currency) => {
    expectTillError(() => parseMoney("1", currency), "UNKNOWN_CURRENCY");
  });

  it("reads back what toString wrote, in every currency of the table", () => {
    fc.assert(
      fc.property(anyMoneyArbitrary, (money) => {
        const again = parseMoney(money.toString(), money.currency);
        expect(again.minor).toBe(money.minor);
        expect(again.currency).toBe(money.currency);
      }),
      { numRuns: 1000 },
    );
  });

  it("round-trips every currency of the table at least once", () => {
    for (const currency of CURRENCIES) {
      const money = moneyFromMinor(-123456789n, currency.code);
      expect(parseMoney(money.toString(), currency.code).minor).toBe(-123456789n);
    }
  });
});

describe("moneyFromMinor and zeroMoney", () => {
  it.each([
    [1230n, "EUR", "12.30"],
    [1230, "EUR", "12.30"],
    [-5n, "EUR", "-0.05"],
    [1235n, "JPY", "1235"],
    [1250n, "KWD", "1.250"],
    [0n, "CLF", "0.0000"],
  ] as [bigint | number, string, string][])("makes %s minor units of %s → %s", (minor, currency, text) => {
    expect(moneyFromMinor(minor, currency).toString()).toBe(text);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    "rejects %d minor units with INVALID_DECIMAL",
    (minor) => {
      expectTillError(() => moneyFromMinor(minor, "EUR"), "INVALID_DECIMAL");
    },
  );

  it("rejects an unknown currency with UNKNOWN_CURRENCY", () => {
    expectTillError(() => moneyFromMinor(1n, "ABC"), "UNKNOWN_CURRENCY");
    expectTillError(() => zeroMoney("ABC"), "UNKNOWN_CURRENCY");
  });

  it("writes JSON as { amount, currency } at the currency exponent", () => {
    fc.assert(
      fc.property(currencyCodeArbitrary, minorArbitrary(), (currency, minor) => {
        const money: Money = moneyFromMinor(minor, currency);
        expect(JSON.parse(JSON.stringify(money))).toEqual({ amount: money.toString(), currency });
      }),
      { numRuns: 1000 },
    );
  });
});
