import { describe, expect, it } from "vitest";
import {
  formatMoney,
  moneyJsonSchema,
  parseMoney,
  parseWith,
  TillDecimal,
  toDecimal,
} from "../../../src/core";
import { expectTillError } from "../expect-till-error";

/** Intl may put a narrow or normal no-break space between number and symbol; compare on plain spaces. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatMoney", () => {
  it.each([
    ["12.30", "EUR", "nl-NL", "€ 12,30"],
    ["12.30", "EUR", "de-DE", "12,30 €"],
    ["-1234.50", "USD", "en-US", "-$1,234.50"],
    ["1235", "JPY", "en-US", "¥1,235"],
    ["1.250", "KWD", "en-US", "KWD 1.250"],
    ["1234567890123456.78", "EUR", "en-IE", "€1,234,567,890,123,456.78"],
  ])("formats %s %s for %s as %s", (amount, currency, locale, expected) => {
    expect(plain(formatMoney(parseMoney(amount, currency), locale))).toBe(expected);
  });

  it("passes extra Intl options through", () => {
    expect(plain(formatMoney(parseMoney("12.30", "EUR"), "en-US", { currencyDisplay: "code" }))).toBe(
      "EUR 12.30",
    );
  });

  it.each(["not a locale!!", "en_US_POSIX_"])(
    "rejects the locale %j with INVALID_INPUT at locale",
    (locale) => {
      expectTillError(() => formatMoney(parseMoney("1", "EUR"), locale), "INVALID_INPUT", ["locale"]);
    },
  );
});

describe("toDecimal and JSON", () => {
  it.each([
    ["12.30", "EUR", "12.3"],
    ["-0.05", "EUR", "-0.05"],
    ["1235", "JPY", "1235"],
    ["1.250", "KWD", "1.25"],
  ])("toDecimal(%s %s) equals %s", (amount, currency, expected) => {
    const value = toDecimal(parseMoney(amount, currency));
    expect(value.equals(new TillDecimal(expected))).toBe(true);
  });

  it.each([
    [{ amount: "12.30", currency: "EUR" }, 1230n],
    [{ amount: "-1235", currency: "JPY" }, -1235n],
  ])("reads %j back into Money", (json, minor) => {
    expect(parseWith(moneyJsonSchema, json).minor).toBe(minor);
  });

  it.each([
    [{ amount: "1.005", currency: "EUR" }, "MONEY_PRECISION", ["money", "amount"]],
    [{ amount: "1e5", currency: "EUR" }, "INVALID_INPUT", ["money", "amount"]],
    [{ amount: "1", currency: "eur" }, "INVALID_INPUT", ["money", "currency"]],
    [{ amount: "1", currency: "ZZZ" }, "UNKNOWN_CURRENCY", ["money", "currency"]],
  ] as const)("rejects %j with %s at %j", (json, code, path) => {
    expectTillError(() => parseWith(moneyJsonSchema, json, ["money"]), code, path);
  });
});
