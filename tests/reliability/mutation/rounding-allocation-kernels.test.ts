// Assertions the mutation run of src/core/rounding and src/core/allocation showed missing: half-down
// apart from half-even on odd halves, the unknown-mode details, the default error path of roundDecimal,
// and allocation over Money weights (the line-net fast path).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocate,
  divideRounded,
  type Money,
  moneyFromMinor,
  parseMoney,
  type RoundingMode,
  roundDecimal,
  rounderFor,
} from "../../../src/core";

describe("divideRounded on odd halves, where half-down and half-even part", () => {
  it.each<[bigint, bigint, RoundingMode, bigint]>([
    [15n, 10n, "half-down", 1n],
    [15n, 10n, "half-even", 2n],
    [35n, 10n, "half-down", 3n],
    [35n, 10n, "half-even", 4n],
    [-35n, 10n, "half-down", -3n],
    [-35n, 10n, "half-even", -4n],
    [35n, -10n, "half-down", -3n],
  ])("%s / %s with %s → %s", (numerator, denominator, mode, expected) => {
    expect(divideRounded(numerator, denominator, mode)).toBe(expected);
  });

  it("should round half-down to the nearer-to-zero neighbour on every odd half (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -1_000_000n, max: 1_000_000n }), (whole) => {
        // Arrange: whole.5 as a ratio over 10, and its magnitude rounded toward zero
        const numerator = whole * 10n + (whole < 0n ? -5n : 5n);
        // Act
        const rounded = divideRounded(numerator, 10n, "half-down");
        // Assert
        expect(rounded).toBe(whole);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("rounderFor with a mode it does not know", () => {
  it.each<[string, unknown, string]>([
    ["a string names itself", "sideways", "sideways"],
    ["a number names its type", 7, "number"],
    ["undefined names its type", undefined, "undefined"],
  ])("%s in details.mode", (_title, mode, expected) => {
    expect(() => rounderFor(mode as RoundingMode)).toThrow(
      expect.objectContaining({ code: "INVALID_ROUNDING", details: { mode: expected } }),
    );
  });
});

describe("roundDecimal errors", () => {
  it.each<[string, readonly (string | number)[] | undefined, readonly (string | number)[]]>([
    ["no path given: the error has an empty path", undefined, []],
    ["a path given: the error carries it", ["lines", 2, "amount"], ["lines", 2, "amount"]],
  ])("%s", (_title, path, expected) => {
    const policy = { mode: "half-up", increment: "0.01" } as const;
    const call = () =>
      path === undefined ? roundDecimal("1.2.3", policy) : roundDecimal("1.2.3", policy, path);
    expect(call).toThrow(expect.objectContaining({ code: "INVALID_DECIMAL", path: expected }));
  });
});

describe("allocate over Money weights (line nets)", () => {
  it.each<[string, readonly string[], readonly string[]]>([
    ["10.00", ["12.99", "7.49", "3.50"], ["5.42", "3.12", "1.46"]],
    ["100.00", ["1.00", "2.00", "3.00"], ["16.67", "33.33", "50.00"]],
    ["-0.05", ["0.01", "0.01", "0.01"], ["-0.02", "-0.02", "-0.01"]],
  ])("allocates %s over nets %j → %j", (amount, nets, expected) => {
    const weights = nets.map((net) => parseMoney(net, "EUR"));
    expect(allocate(parseMoney(amount, "EUR"), weights).map(String)).toEqual(expected);
  });

  it("should give the same shares for Money weights as for their decimal text (property)", () => {
    const nets = fc.array(fc.bigInt({ min: 0n, max: 100_000n }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.bigInt({ min: -1_000_000n, max: 1_000_000n }), nets, (amountMinor, netMinors) => {
        fc.pre(netMinors.some((net) => net > 0n));
        // Arrange
        const amount = moneyFromMinor(amountMinor, "EUR");
        const moneyWeights: Money[] = netMinors.map((net) => moneyFromMinor(net, "EUR"));
        // Act
        const fromMoney = allocate(amount, moneyWeights).map(String);
        const fromText = allocate(amount, moneyWeights.map(String)).map(String);
        // Assert
        expect(fromMoney).toEqual(fromText);
      }),
      { numRuns: 1000 },
    );
  });
});
