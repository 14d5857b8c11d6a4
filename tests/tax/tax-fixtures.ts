import type { ComputeTaxesInput, TaxDefinitionInput, TaxRoundingPolicyInput } from "../../src/tax";

/** A jurisdiction record for tests. */
export function jurisdiction(
  id: string,
  level: "country" | "state" | "province" | "county" | "city" | "district" = "country",
) {
  return { id, level, name: id, code: id };
}

/** A percent tax on every category. */
export function percentTax(
  id: string,
  rate: string,
  extra: Partial<TaxDefinitionInput> = {},
): TaxDefinitionInput {
  return {
    id,
    name: id,
    kind: "percent",
    rate,
    jurisdiction: jurisdiction(id),
    ...extra,
  } as TaxDefinitionInput;
}

/** Named policies used across the tests. */
export const POLICIES = {
  line: { id: "line", version: 1, scope: "line", mode: "half-up" },
  lineRaw: { id: "line-raw", version: 1, scope: "line", mode: "half-up", lineAmounts: "raw" },
  unit: { id: "unit", version: 1, scope: "unit", mode: "half-up" },
  document: { id: "document", version: 1, scope: "document", mode: "half-up" },
  documentFromGross: {
    id: "document-gross",
    version: 1,
    scope: "document",
    mode: "half-up",
    untaxedFromRoundedGross: true,
  },
  lineEven: { id: "line-even", version: 1, scope: "line", mode: "half-even" },
} as const satisfies Record<string, TaxRoundingPolicyInput>;

/** A line for tests. */
export function line(
  id: string,
  unitPrice: string,
  quantity = "1",
  taxCategory = "standard",
  extra: Record<string, unknown> = {},
) {
  return { id, unitPrice, quantity, taxCategory, ...extra };
}

/** A full input with sensible defaults. */
export function input(
  overrides: Partial<ComputeTaxesInput> & Pick<ComputeTaxesInput, "taxes" | "lines">,
): ComputeTaxesInput {
  return {
    currency: "USD",
    date: "2026-03-01",
    categories: [{ id: "standard" }, { id: "clothing" }, { id: "food" }, { id: "shipping" }],
    rounding: POLICIES.line,
    ...overrides,
  };
}

type Output = ReturnType<typeof import("../../src/tax").computeTaxes>;

function cents(text: string): bigint {
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = text.replace("-", "").split(".");
  const value = BigInt(`${whole}${fraction}` || "0");
  return negative ? -value : value;
}

/** Sums decimal strings of one scale exactly (as integers of the last unit). */
export function sumText(values: readonly string[]): bigint {
  return values.reduce((total, value) => total + cents(value), 0n);
}

/**
 * The shared invariant checker: every line's total is its untaxed amount plus its taxes, the document is the
 * sum of its lines, the per-tax summaries and the jurisdiction report both sum to the tax collected, and every
 * combined split sums to its amount. Returns the output so examples can end with it.
 */
export function checkTaxInvariants(output: Output): Output {
  for (const line of output.lines) {
    expectEqual(
      cents(line.totalIncluded),
      cents(line.totalExcluded) + cents(line.tax),
      `line ${line.lineId} total`,
    );
    expectEqual(sumText(line.taxes.map((tax) => tax.amount)), cents(line.tax), `line ${line.lineId} taxes`);
    for (const tax of line.taxes) {
      if (tax.split !== undefined)
        expectEqual(sumText(tax.split.map((share) => share.amount)), cents(tax.amount), "split");
    }
  }
  expectEqual(
    sumText(output.lines.map((line) => line.totalExcluded)),
    cents(output.totals.untaxed),
    "untaxed",
  );
  expectEqual(sumText(output.lines.map((line) => line.tax)), cents(output.totals.tax), "tax");
  expectEqual(sumText(output.lines.map((line) => line.totalIncluded)), cents(output.totals.total), "total");
  expectEqual(sumText(output.taxes.map((tax) => tax.amount)), cents(output.totals.tax), "summaries");
  expectEqual(sumText(output.report.map((row) => row.amount)), cents(output.totals.tax), "report");
  return output;
}

function expectEqual(actual: bigint, expected: bigint, what: string): void {
  if (actual !== expected) throw new Error(`Invariant broken (${what}): ${actual} ≠ ${expected}`);
}

/** The negative of decimal text ("0.00" stays "0.00"). */
export function negateText(value: string): string {
  if (value.startsWith("-")) return value.slice(1);
  return /[1-9]/.test(value) ? `-${value}` : value;
}
