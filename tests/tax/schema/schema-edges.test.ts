import { describe, expect, it } from "vitest";
import { computeTaxes, taxDecimalSchema } from "../../../src/tax";
import { tillErrorOf } from "../../support/till-error-of";
import { input, line, percentTax } from "../tax-fixtures";

describe("taxDecimalSchema: decimal text only", () => {
  it.each([
    { value: "7.25", isAccepted: true },
    { value: "-15", isAccepted: true },
    { value: "+.5", isAccepted: true },
    { value: "0", isAccepted: true },
    // An integer number would parse exactly, but tax input takes text only, so 7 and 0.07 are refused alike.
    { value: 7, isAccepted: false },
    { value: 0.07, isAccepted: false },
    { value: 7n, isAccepted: false },
    // Strings the decimal pattern refuses: exponent, comma, empty, percent sign.
    { value: "1e3", isAccepted: false },
    { value: "7,25", isAccepted: false },
    { value: "", isAccepted: false },
    { value: "7%", isAccepted: false },
  ])("$value → accepted $isAccepted", ({ value, isAccepted }) => {
    expect(taxDecimalSchema.safeParse(value).success).toBe(isAccepted);
  });
});

describe("computeTaxes: malformed decimals are refused by the schema", () => {
  it("refuses an integer rate given as a JS number, though 7 would parse exactly", () => {
    const taxes = [{ ...percentTax("t", "7"), rate: 7 } as unknown as ReturnType<typeof percentTax>];
    const error = tillErrorOf(() => computeTaxes(input({ taxes, lines: [line("a", "10.00")] })));
    expect(error.code).toBe("INVALID_DECIMAL");
    expect(error.path).toEqual(["taxes", 0, "rate"]);
  });

  it("reports every malformed decimal of the input at once, not only the first", () => {
    // Validation lists both fields; a parser reading field by field would stop at the rate.
    const error = tillErrorOf(() =>
      computeTaxes(input({ taxes: [percentTax("t", "7%")], lines: [line("a", "1,50")] })),
    );
    expect(error.code).toBe("INVALID_DECIMAL");
    expect(error.path).toEqual(["taxes", 0, "rate"]);
    const issues = (error.details as { issues: { path: unknown[] }[] }).issues;
    expect(issues.map((issue) => issue.path)).toEqual([
      ["taxes", 0, "rate"],
      ["lines", 0, "unitPrice"],
    ]);
  });
});
