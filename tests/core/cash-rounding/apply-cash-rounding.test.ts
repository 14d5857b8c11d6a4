import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, equals, moneyFromMinor, negate, parseMoney } from "../../../src/core";
import {
  applyCashRounding,
  CASH_ROUNDING_COUNTRIES,
  type CashRoundingPolicy,
  cashRoundingPolicySchema,
  cashRoundingPresets,
  getCashRoundingPreset,
  makeCashRounding,
} from "../../../src/core/cash-rounding";
import { minorArbitrary } from "../arbitraries";
import { expectTillError } from "../expect-till-error";

describe("applyCashRounding: worked examples", () => {
  it.each([
    ["CH", "10.02", "10.00", "-0.02"],
    ["CH", "10.03", "10.05", "0.02"],
    ["CH", "10.07", "10.05", "-0.02"],
    ["CH", "10.08", "10.10", "0.02"],
    ["CH", "-10.03", "-10.05", "-0.02"],
    ["DK", "10.24", "10.00", "-0.24"],
    ["DK", "10.25", "10.50", "0.25"],
    ["DK", "10.74", "10.50", "-0.24"],
    ["DK", "10.75", "11.00", "0.25"],
    ["SE", "10.49", "10.00", "-0.49"],
    ["SE", "10.50", "11.00", "0.50"],
    ["SE", "-10.50", "-11.00", "-0.50"],
    ["NO", "10.49", "10.00", "-0.49"],
    ["NO", "10.50", "11.00", "0.50"],
    ["CZ", "99.50", "100.00", "0.50"],
    ["HU", "1002", "1000.00", "-2.00"],
    ["HU", "1003", "1005.00", "2.00"],
    ["HU", "1008", "1010.00", "2.00"],
    ["NZ", "1.15", "1.10", "-0.05"],
    ["NZ", "1.16", "1.20", "0.04"],
    ["NZ", "-1.15", "-1.10", "0.05"],
    ["SK", "12.42", "12.40", "-0.02"],
    ["SK", "12.43", "12.45", "0.02"],
    ["SK", "0.02", "0.05", "0.03"],
    ["SK", "0.01", "0.05", "0.04"],
    ["SK", "-0.02", "-0.05", "-0.03"],
    ["SK", "0.03", "0.05", "0.02"],
    ["BE", "0.03", "0.03", "0.00"],
    ["BE", "0.04", "0.04", "0.00"],
    ["BE", "0.06", "0.05", "-0.01"],
    ["BE", "4.99", "5.00", "0.01"],
    ["NL", "4.99", "5.00", "0.01"],
    ["FI", "4.92", "4.90", "-0.02"],
    ["IE", "4.93", "4.95", "0.02"],
    ["IT", "4.97", "4.95", "-0.02"],
    ["CA", "4.98", "5.00", "0.02"],
    ["AU", "20.42", "20.40", "-0.02"],
    ["AU", "20.43", "20.45", "0.02"],
  ] as const)(
    "%s rounds a cash amount of %s to %s (difference %s)",
    (country, amount, rounded, difference) => {
      const policy = getCashRoundingPreset(country);
      const result = applyCashRounding(parseMoney(amount, policy.currency), policy);
      expect(result.rounded.toString()).toBe(rounded);
      expect(result.difference.toString()).toBe(difference);
    },
  );

  it.each([
    ["half-even", "0.50", "1", "0.00"],
    ["half-even", "1.50", "1", "2.00"],
    ["up", "1.01", "1", "2.00"],
    ["down", "1.99", "1", "1.00"],
    ["half-down", "1.50", "1", "1.00"],
  ] as const)("a custom %s policy rounds %s to a step of %s → %s", (tie, amount, step, rounded) => {
    const policy: CashRoundingPolicy = {
      id: "custom",
      version: 1,
      currency: "EUR",
      step,
      tie,
      appliesTo: "all-tenders",
      description: "test",
    };
    expect(applyCashRounding(parseMoney(amount, "EUR"), policy).rounded.toString()).toBe(rounded);
  });
});

describe("cash-rounding presets", () => {
  it("ships a valid preset for each listed country", () => {
    expect([...CASH_ROUNDING_COUNTRIES].sort()).toEqual(
      ["AU", "BE", "CA", "CH", "CZ", "DK", "FI", "HU", "IE", "IT", "NL", "NO", "NZ", "SE", "SK"].sort(),
    );
    for (const country of CASH_ROUNDING_COUNTRIES) {
      expect(cashRoundingPolicySchema.safeParse(cashRoundingPresets[country]).success).toBe(true);
    }
  });

  it.each([
    ["SK", "cash-part", "0.05", "half-up"],
    ["BE", "cash-only-payment", "0.05", "half-up"],
    ["DK", "cash-part", "0.50", "half-up"],
    ["SE", "cash-part", "1", "half-up"],
    ["NZ", "cash-part", "0.10", "half-down"],
    ["HU", "cash-part", "5", "half-up"],
  ] as const)("%s applies to %s with a step of %s, ties %s", (country, appliesTo, step, tie) => {
    expect(getCashRoundingPreset(country)).toMatchObject({ appliesTo, step, tie });
  });

  it("reads the country code in any case and returns a copy the caller may change", () => {
    const preset = getCashRoundingPreset("sk");
    preset.specialCases?.splice(0);
    expect(getCashRoundingPreset("SK").specialCases).toHaveLength(1);
    expect(cashRoundingPresets.SK.specialCases).toHaveLength(1);
  });

  it.each(["XX", "", "DE", "toString", "constructor"])(
    "rejects the country %j with UNKNOWN_CASH_ROUNDING",
    (code) => {
      expectTillError(() => getCashRoundingPreset(code), "UNKNOWN_CASH_ROUNDING", ["countryCode"]);
    },
  );
});

describe("applyCashRounding: bad input", () => {
  const swiss = getCashRoundingPreset("CH");
  const withStep = (step: string, currency = "CHF"): CashRoundingPolicy => ({ ...swiss, step, currency });

  it("rejects an amount in another currency with CURRENCY_MISMATCH", () => {
    expectTillError(() => applyCashRounding(parseMoney("1.00", "EUR"), swiss), "CURRENCY_MISMATCH");
  });

  it.each([
    ["a zero step", withStep("0"), ["policy", "step"]],
    ["a negative step", withStep("-0.05"), ["policy", "step"]],
    ["a step in exponent form", withStep("5e-2"), ["policy", "step"]],
    ["an unknown tie", { ...swiss, tie: "nearest" } as unknown as CashRoundingPolicy, ["policy", "tie"]],
    [
      "an unknown scope",
      { ...swiss, appliesTo: "card" } as unknown as CashRoundingPolicy,
      ["policy", "appliesTo"],
    ],
    ["a lower-case currency", withStep("0.05", "chf"), ["policy", "currency"]],
    ["a fractional version", { ...swiss, version: 1.5 }, ["policy", "version"]],
    ["an unknown field", { ...swiss, minimum: "0.05" } as unknown as CashRoundingPolicy, ["policy"]],
  ])("rejects a policy with %s with INVALID_INPUT at %j", (_, policy, path) => {
    expectTillError(() => makeCashRounding(policy as CashRoundingPolicy), "INVALID_INPUT", path);
  });

  it("rejects a step finer than the currency's minor unit with INVALID_ROUNDING", () => {
    expectTillError(() => makeCashRounding(withStep("0.005")), "INVALID_ROUNDING", ["policy", "step"]);
    expectTillError(() => makeCashRounding(withStep("0.5", "JPY")), "INVALID_ROUNDING", ["policy", "step"]);
  });

  it("rejects an unknown currency with UNKNOWN_CURRENCY", () => {
    expectTillError(() => makeCashRounding(withStep("0.05", "ZZZ")), "UNKNOWN_CURRENCY");
  });

  it("rejects a special case whose range is reversed with INVALID_ROUNDING", () => {
    const policy = { ...swiss, specialCases: [{ from: "0.04", to: "0.01", roundsTo: "0.05" }] };
    expectTillError(() => makeCashRounding(policy), "INVALID_ROUNDING", ["policy", "specialCases", 0, "to"]);
  });

  it("rejects something that is not Money with INVALID_INPUT", () => {
    expectTillError(
      () => applyCashRounding({ minor: 5n, currency: "CHF" } as never, swiss),
      "INVALID_INPUT",
      ["amount"],
    );
  });
});

describe("applyCashRounding: properties", () => {
  /** The magnitudes a preset's special cases cover, in minor units. */
  const isSpecial = (policy: CashRoundingPolicy, minor: bigint): boolean =>
    (policy.specialCases ?? []).some((special) => {
      const magnitude = minor < 0n ? -minor : minor;
      return (
        magnitude >= parseMoney(special.from, policy.currency).minor &&
        magnitude <= parseMoney(special.to, policy.currency).minor
      );
    });

  const presetAndAmount = fc.tuple(fc.constantFrom(...CASH_ROUNDING_COUNTRIES), minorArbitrary(10n ** 9n));

  it("never moves an amount by more than half a step, apart from the documented special cases", () => {
    fc.assert(
      fc.property(presetAndAmount, ([country, minor]) => {
        const policy = getCashRoundingPreset(country);
        const step = parseMoney(policy.step, policy.currency).minor;
        const { rounded, difference } = applyCashRounding(moneyFromMinor(minor, policy.currency), policy);
        expect(equals(add(moneyFromMinor(minor, policy.currency), difference), rounded)).toBe(true);
        if (isSpecial(policy, minor)) return;
        const gap = difference.minor < 0n ? -difference.minor : difference.minor;
        expect(2n * gap <= step).toBe(true);
        expect(rounded.minor % step).toBe(0n);
      }),
      { numRuns: 1000 },
    );
  });

  it("rounds a refund to the mirror of its sale", () => {
    fc.assert(
      fc.property(presetAndAmount, ([country, minor]) => {
        const policy = getCashRoundingPreset(country);
        const sale = applyCashRounding(moneyFromMinor(minor, policy.currency), policy);
        const refund = applyCashRounding(negate(moneyFromMinor(minor, policy.currency)), policy);
        expect(equals(refund.rounded, negate(sale.rounded))).toBe(true);
        expect(equals(refund.difference, negate(sale.difference))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("is idempotent: a rounded cash amount rounds to itself", () => {
    fc.assert(
      fc.property(presetAndAmount, ([country, minor]) => {
        const round = makeCashRounding(getCashRoundingPreset(country));
        const once = round(moneyFromMinor(minor, getCashRoundingPreset(country).currency)).rounded;
        expect(equals(round(once).rounded, once)).toBe(true);
        expect(round(once).difference.minor).toBe(0n);
      }),
      { numRuns: 1000 },
    );
  });
});
