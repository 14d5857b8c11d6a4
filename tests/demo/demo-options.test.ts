import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { parseDemoArgs } from "../../demo/options";
import { cashCountFor } from "../../demo/setup/cash-count";

vi.mock("tillkit", () => import("../../src/index"));

describe("parseDemoArgs", () => {
  it.each([
    { args: [], expected: { locale: "nl-NL", fresh: false, dataDir: "demo-output/nl-NL/store" } },
    {
      args: ["--locale", "zh-CN"],
      expected: { locale: "zh-CN", fresh: false, dataDir: "demo-output/zh-CN/store" },
    },
    {
      args: ["--fresh", "--locale=en-US"],
      expected: { locale: "en-US", fresh: true, dataDir: "demo-output/en-US/store" },
    },
    { args: ["--", "--data-dir", "/tmp/x"], expected: { locale: "nl-NL", fresh: false, dataDir: "/tmp/x" } },
  ])("$args → $expected", ({ args, expected }) => {
    const options = parseDemoArgs(args);
    expect({ locale: options.locale, fresh: options.fresh, dataDir: options.dataDir }).toEqual(expected);
  });

  it.each([[["--locale", "de-DE"]], [["--verbose"]]])("refuses %j", (args) => {
    expect(() => parseDemoArgs(args)).toThrow();
  });

  it("should read the same options whatever order the flags come in", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("en-US", "nl-NL", "zh-CN"),
        fc.boolean(),
        fc.boolean(),
        (locale, fresh, localeFirst) => {
          // Arrange
          const parts = [["--locale", locale], fresh ? ["--fresh"] : []];
          const args = (localeFirst ? parts : [...parts].reverse()).flat();
          // Act
          const options = parseDemoArgs(args);
          // Assert
          expect([options.locale, options.fresh]).toEqual([locale, fresh]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("cashCountFor", () => {
  const minorOf = (denomination: string) => BigInt(denomination.replace(".", ""));

  it.each([
    { amount: 11611n, currency: "EUR", counts: "50.00×2 10.00×1 5.00×1 1.00×1 0.10×1 0.01×1" },
    { amount: 12000n, currency: "USD", counts: "20.00×6" },
    { amount: 70000n, currency: "CNY", counts: "100.00×7" },
  ])("$amount minor $currency is counted as $counts", ({ amount, currency, counts }) => {
    const count = cashCountFor(amount, currency);
    expect(count.counts.map((row) => `${row.denomination}×${row.count}`).join(" ")).toBe(counts);
  });

  it("should count exactly the amount, largest denominations first", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10_000_000n }),
        fc.constantFrom("USD", "EUR", "CNY"),
        (amount, currency) => {
          // Act
          const { counts } = cashCountFor(amount, currency);
          // Assert: the rows add up to the amount and run from large to small
          const total = counts.reduce((sum, row) => sum + minorOf(row.denomination) * BigInt(row.count), 0n);
          expect(total).toBe(amount);
          const values = counts.map((row) => minorOf(row.denomination));
          expect(values).toEqual([...values].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
