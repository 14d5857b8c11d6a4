import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CURRENCIES,
  currencyExponent,
  currencySchema,
  getCurrency,
  getCurrencyByNumeric,
  isKnownCurrency,
} from "../../../src/core";
import { currencyArbitrary } from "../arbitraries";
import { expectTillError } from "../expect-till-error";

describe("currency table", () => {
  it("has only rows its schema accepts", () => {
    for (const currency of CURRENCIES) expect(currencySchema.safeParse(currency).success).toBe(true);
  });

  it("lists each alphabetic code once", () => {
    const codes = CURRENCIES.map((currency) => currency.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("lists each numeric code once among active currencies", () => {
    const numbers = CURRENCIES.filter((currency) => currency.withdrawn === undefined).map((c) => c.numeric);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("holds 178 active codes and the no-minor-unit codes at exponent 0", () => {
    const active = CURRENCIES.filter((currency) => currency.withdrawn === undefined);
    expect(active.length).toBe(178);
    const noMinor = CURRENCIES.filter((currency) => currency.noMinorUnit === true).map((c) => c.code);
    expect(noMinor.sort()).toEqual(
      ["XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"].sort(),
    );
    for (const code of noMinor) expect(currencyExponent(code)).toBe(0);
  });

  it.each([
    ...["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"].map((code) => [code, 3] as const),
    ...["CLF", "UYW"].map((code) => [code, 4] as const),
    ...[
      "JPY",
      "KRW",
      "VND",
      "ISK",
      "CLP",
      "PYG",
      "UGX",
      "XAF",
      "XOF",
      "XPF",
      "BIF",
      "DJF",
      "GNF",
      "KMF",
      "RWF",
      "VUV",
      "UYI",
    ].map((code) => [code, 0] as const),
    ...["EUR", "USD", "GBP", "CHF", "MGA", "MRU", "XCG", "ZWG", "VES", "VED", "SLE", "XAD"].map(
      (code) => [code, 2] as const,
    ),
  ])("%s has minor-unit exponent %i", (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it.each([
    ["HRK", 2023],
    ["BGN", 2026],
    ["ANG", 2025],
    ["SLL", 2023],
    ["ZWL", 2024],
    ["VEF", 2018],
    ["MRO", 2017],
    ["STD", 2017],
    ["CUC", 2021],
    ["LTL", 2014],
    ["LVL", 2014],
    ["EEK", 2011],
    ["SKK", 2009],
  ] as const)("keeps the withdrawn %s (withdrawn %i) for old receipts", (code, year) => {
    expect(getCurrency(code).withdrawn).toBe(year);
  });
});

describe("currency lookups", () => {
  it.each([
    ["EUR", 978, "Euro"],
    ["JPY", 392, "Yen"],
    ["KWD", 414, "Kuwaiti Dinar"],
    ["XCG", 532, "Caribbean Guilder"],
    ["ZWG", 924, "Zimbabwe Gold"],
    ["ALL", 8, "Lek"],
  ] as const)("finds %s by code and by its number %i (%s)", (code, numeric, name) => {
    expect(getCurrency(code)).toMatchObject({ code, numeric, name });
    expect(getCurrencyByNumeric(numeric).code).toBe(code);
    expect(isKnownCurrency(code)).toBe(true);
  });

  it.each([
    [532, "XCG", "ANG"],
    [948, "CHW", "CHC"],
  ] as const)(
    "prefers the active code for number %i: %s over the withdrawn %s",
    (numeric, active, withdrawn) => {
      expect(getCurrencyByNumeric(numeric).code).toBe(active);
      expect(isKnownCurrency(withdrawn)).toBe(withdrawn === "ANG");
    },
  );

  it.each(["ZZZ", "eur", "", "EURO", "toString", "__proto__"])(
    "rejects the code %j with UNKNOWN_CURRENCY",
    (code) => {
      expect(isKnownCurrency(code)).toBe(false);
      expectTillError(() => getCurrency(code, ["currency"]), "UNKNOWN_CURRENCY", ["currency"]);
    },
  );

  it.each([0, 1, 1000, -978, 97.8])("rejects the number %d with UNKNOWN_CURRENCY", (numeric) => {
    expectTillError(() => getCurrencyByNumeric(numeric, ["numeric"]), "UNKNOWN_CURRENCY", ["numeric"]);
  });

  it("finds every row by its code, and by its number unless a newer code took it", () => {
    fc.assert(
      fc.property(currencyArbitrary, (currency) => {
        expect(getCurrency(currency.code)).toBe(currency);
        const byNumber = getCurrencyByNumeric(currency.numeric);
        if (currency.withdrawn === undefined) expect(byNumber).toBe(currency);
        else expect(byNumber.numeric).toBe(currency.numeric);
      }),
      { numRuns: 1000 },
    );
  });
});
