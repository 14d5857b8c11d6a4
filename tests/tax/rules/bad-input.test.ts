import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import { compileTaxRules, computeTaxes, type TaxDefinitionInput } from "../../../src/tax";
import { input, jurisdiction, line, POLICIES, percentTax } from "../tax-fixtures";

function failureOf(run: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    run();
  } catch (error) {
    if (isTillError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error("expected a TillError");
}

const group = (id: string, children: string[]): TaxDefinitionInput => ({
  id,
  name: id,
  kind: "group",
  mode: "individual",
  children,
  jurisdiction: jurisdiction(id),
});

describe("bad input: a TillError with the field path and no result", () => {
  it.each([
    {
      title: "unknown tax in a group",
      taxes: [group("g", ["missing"])],
      lines: [line("a", "1.00")],
      code: "UNKNOWN_TAX",
      path: ["taxes", 0, "children", 0],
    },
    {
      title: "unknown tax in a percent-of-tax",
      taxes: [{ ...percentTax("p", "1"), kind: "percent-of-tax", of: "missing" } as TaxDefinitionInput],
      lines: [line("a", "1.00")],
      code: "UNKNOWN_TAX",
      path: ["taxes", 0, "of"],
    },
    {
      title: "unknown category on a line",
      taxes: [percentTax("t", "7")],
      lines: [line("a", "1.00", "1", "nope")],
      code: "UNKNOWN_TAX_CATEGORY",
      path: ["lines", 0, "taxCategory"],
    },
    {
      title: "unknown category on a tax",
      taxes: [percentTax("t", "7", { categories: ["nope"] })],
      lines: [line("a", "1.00")],
      code: "UNKNOWN_TAX_CATEGORY",
      path: ["taxes", 0, "categories", 0],
    },
    {
      title: "groups in a cycle",
      taxes: [group("g1", ["g2"]), group("g2", ["g1"])],
      lines: [line("a", "1.00")],
      code: "TAX_GROUP_CYCLE",
      path: ["taxes", 0, "children"],
    },
    {
      title: "a rate given as a JS number",
      taxes: [{ ...percentTax("t", "7"), rate: 0.07 } as unknown as TaxDefinitionInput],
      lines: [line("a", "1.00")],
      code: "INVALID_DECIMAL",
      path: ["taxes", 0, "rate"],
    },
    {
      title: "a price given as a JS number",
      taxes: [percentTax("t", "7")],
      lines: [{ ...line("a", "1.00"), unitPrice: 1.5 }],
      code: "INVALID_DECIMAL",
      path: ["lines", 0, "unitPrice"],
    },
    {
      title: "a negative rate on a tax that is not withholding",
      taxes: [percentTax("t", "-7")],
      lines: [line("a", "1.00")],
      code: "NEGATIVE_TAX_RATE",
      path: ["taxes", 0, "rate"],
    },
    {
      title: "a price-included fixed tax on a zero price",
      taxes: [
        {
          ...percentTax("f", "0"),
          kind: "fixed",
          amount: "0.10",
          currency: "USD",
          priceIncluded: true,
        } as TaxDefinitionInput,
      ],
      lines: [line("a", "0.00")],
      code: "INVALID_TAX_CONFIGURATION",
      path: ["lines", 0, "unitPrice"],
    },
    {
      title: "a line in another currency",
      taxes: [percentTax("t", "7")],
      lines: [line("a", "1.00", "1", "standard", { currency: "EUR" })],
      code: "CURRENCY_MISMATCH",
      path: ["lines", 0, "currency"],
    },
    {
      title: "a fixed tax in another currency",
      taxes: [
        { ...percentTax("f", "0"), kind: "fixed", amount: "0.10", currency: "EUR" } as TaxDefinitionInput,
      ],
      lines: [line("a", "1.00")],
      code: "CURRENCY_MISMATCH",
      path: ["taxes", 0, "currency"],
    },
    {
      title: "a price with more decimals than the currency",
      taxes: [percentTax("t", "7")],
      lines: [line("a", "1.005")],
      code: "MONEY_PRECISION",
      path: ["lines", 0, "unitPrice"],
    },
    {
      title: "a tax computed on a later tax",
      taxes: [
        percentTax("b", "5", { sequence: 2 }),
        { ...percentTax("p", "1", { sequence: 1 }), kind: "percent-of-tax", of: "b" } as TaxDefinitionInput,
      ],
      lines: [line("a", "1.00")],
      code: "INVALID_TAX_CONFIGURATION",
      path: ["taxes", 1, "of"],
    },
    {
      title: "a duplicate line id",
      taxes: [percentTax("t", "7")],
      lines: [line("a", "1.00"), line("a", "2.00")],
      code: "INVALID_INPUT",
      path: ["lines", 1, "id"],
    },
    {
      title: "an increment finer than the currency",
      taxes: [percentTax("t", "7")],
      lines: [line("a", "1.00")],
      rounding: { ...POLICIES.line, increment: "0.001" },
      code: "INVALID_ROUNDING",
      path: ["rounding", "increment"],
    },
  ])("$title → $code", ({ taxes, lines, rounding, code, path }) => {
    const failure = failureOf(() =>
      computeTaxes(input({ taxes, lines: lines as never, ...(rounding === undefined ? {} : { rounding }) })),
    );
    expect(failure).toEqual({ code, path });
  });

  it.each([
    {
      title: "a combined group with a fixed child",
      children: [{ ...percentTax("f", "0"), kind: "fixed", amount: "0.10", currency: "USD" }],
    },
    {
      title: "a combined group mixing included and excluded children",
      children: [percentTax("a", "1"), percentTax("b", "1", { priceIncluded: true })],
    },
  ])("compileTaxRules refuses $title", ({ children }) => {
    const taxes = [
      {
        id: "g",
        name: "g",
        kind: "group",
        mode: "combined",
        children: children.map((child) => child.id),
        jurisdiction: jurisdiction("g"),
      },
      ...children,
    ];
    const failure = failureOf(() =>
      compileTaxRules({ currency: "USD", categories: [], taxes, rounding: POLICIES.line }),
    );
    expect(failure.code).toBe("INVALID_TAX_CONFIGURATION");
  });
});
