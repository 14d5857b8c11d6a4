import { describe, expect, it } from "vitest";
import {
  type ComputeTaxesInput,
  computeTaxes,
  type TaxDefinitionInput,
  type TaxRoundingPolicyInput,
} from "../../../src/tax";
import { checkTaxInvariants, input, jurisdiction, line, POLICIES, percentTax } from "../tax-fixtures";

type Output = ReturnType<typeof computeTaxes>;

interface Row {
  readonly title: string;
  readonly currency?: string;
  readonly rounding: TaxRoundingPolicyInput;
  readonly taxes?: ComputeTaxesInput["taxes"];
  readonly lines: ReturnType<typeof line>[];
  /** Per line "id base/amount,... untaxed". */
  readonly figures: string[];
  readonly tax: string;
}

const fixedTax: TaxDefinitionInput = {
  id: "deposit",
  name: "deposit",
  kind: "fixed",
  amount: "0.01",
  currency: "USD",
  jurisdiction: jurisdiction("deposit"),
};

/** Per line "id base/amount untaxed". */
function lineFigures(output: Output): string[] {
  return output.lines.map(
    (entry) =>
      `${entry.lineId} ${entry.taxes.map((tax) => `${tax.base}/${tax.amount}`).join(",")} ${entry.totalExcluded}`,
  );
}

describe("per-document rounding: the delta goes back by largest remainder, ties to the lower line id", () => {
  it.each<Row>([
    {
      title:
        "7% on 0.50 + 0.50 entered a, b: 0.035 + 0.035 = 0.07; each rounds to 0.04, so a gives back 0.01",
      rounding: POLICIES.document,
      lines: [line("a", "0.50"), line("b", "0.50")],
      figures: ["a 0.50/0.03 0.50", "b 0.50/0.04 0.50"],
      tax: "0.07",
    },
    {
      title: "the same entered b, a: still a gives back the cent",
      rounding: POLICIES.document,
      lines: [line("b", "0.50"), line("a", "0.50")],
      figures: ["b 0.50/0.04 0.50", "a 0.50/0.03 0.50"],
      tax: "0.07",
    },
    {
      title: "the refund of it entered b, a mirrors it: −0.04 and −0.03",
      rounding: POLICIES.document,
      lines: [line("b", "0.50", "-1"), line("a", "0.50", "-1")],
      figures: ["b -0.50/-0.04 -0.50", "a -0.50/-0.03 -0.50"],
      tax: "-0.07",
    },
    {
      title: "CHF 7.7% on 3 × 1.00 to 0.05: 0.231 → 0.25; each 0.077 → 0.10, so a gives back one 0.05 step",
      currency: "CHF",
      rounding: { ...POLICIES.document, increment: "0.05" },
      taxes: [percentTax("t", "7.7")],
      lines: [line("a", "1.00"), line("b", "1.00"), line("c", "1.00")],
      figures: ["a 1.00/0.05 1.00", "b 1.00/0.10 1.00", "c 1.00/0.10 1.00"],
      tax: "0.25",
    },
    {
      title:
        "19% included in 3 × 1.05: 0.50 for the document, a gives back a cent; untaxed from the gross 0.89 / 0.88 / 0.88",
      rounding: POLICIES.documentFromGross,
      taxes: [percentTax("t", "19", { priceIncluded: true })],
      lines: [line("a", "1.05"), line("b", "1.05"), line("c", "1.05")],
      figures: ["a 0.88/0.16 0.89", "b 0.88/0.17 0.88", "c 0.88/0.17 0.88"],
      tax: "0.50",
    },
    {
      title: "the same without untaxed-from-gross: each untaxed is its rounded net, 0.88",
      rounding: POLICIES.document,
      taxes: [percentTax("t", "19", { priceIncluded: true })],
      lines: [line("a", "1.05"), line("b", "1.05"), line("c", "1.05")],
      figures: ["a 0.88/0.16 0.88", "b 0.88/0.17 0.88", "c 0.88/0.17 0.88"],
      tax: "0.50",
    },
    {
      title: "19% included with an excluded 0% tax: still all included, so untaxed comes from the gross",
      rounding: POLICIES.documentFromGross,
      taxes: [
        percentTax("vat", "19", { priceIncluded: true, sequence: 1 }),
        percentTax("extra", "0", { sequence: 2 }),
      ],
      lines: [line("a", "1.05"), line("b", "1.05"), line("c", "1.05")],
      figures: ["a 0.88/0.16,0.88/0.00 0.89", "b 0.88/0.17,0.88/0.00 0.88", "c 0.88/0.17,0.88/0.00 0.88"],
      tax: "0.50",
    },
    {
      title: "19% included with 1% excluded on the food line: not all included, so each untaxed is its net",
      rounding: POLICIES.documentFromGross,
      taxes: [
        percentTax("vat", "19", { priceIncluded: true, sequence: 1 }),
        percentTax("extra", "1", { sequence: 2, categories: ["food"] }),
      ],
      lines: [line("a", "1.05"), line("b", "1.05"), line("c", "1.05", "1", "food")],
      figures: ["a 0.88/0.16 0.88", "b 0.88/0.17 0.88", "c 0.88/0.17,0.88/0.01 0.88"],
      tax: "0.51",
    },
    {
      title:
        "a fixed 0.01 on two half units at 0.00: 0.005 each rounds to 0.01, the document to 0.01; no base, so a gives back",
      rounding: POLICIES.document,
      taxes: [fixedTax],
      lines: [line("b", "0.00", "0.5"), line("a", "0.00", "0.5")],
      figures: ["b 0.00/0.01 0.00", "a 0.00/0.00 0.00"],
      tax: "0.01",
    },
    {
      title: "the same with b at 1.00: b has the only base, so b gives back the cent",
      rounding: POLICIES.document,
      taxes: [fixedTax],
      lines: [line("a", "0.00", "0.5"), line("b", "1.00", "0.5")],
      figures: ["a 0.00/0.01 0.00", "b 0.50/0.00 0.50"],
      tax: "0.01",
    },
    {
      title:
        "per unit, 7% and a 0.30 delivery charge over 3 × 0.35 sold and 2 × 1.00 returned (net −0.95): −0.10 / −0.20",
      rounding: POLICIES.unit,
      taxes: [
        percentTax("t", "7", { sequence: 1 }),
        {
          ...fixedTax,
          id: "delivery",
          name: "delivery",
          kind: "document-charge",
          amount: "0.30",
          sequence: 2,
        },
      ],
      lines: [line("a", "0.35", "3"), line("b", "1.00", "-2")],
      figures: ["a 1.05/0.06,1.05/-0.10 1.05", "b -2.00/-0.14,-2.00/-0.20 -2.00"],
      tax: "-0.38",
    },
    {
      title: "per unit, 7% on 0.35: 3 units 0.06, 3 returned −0.06, 0 units nothing",
      rounding: POLICIES.unit,
      lines: [line("a", "0.35", "3"), line("b", "0.35", "-3"), line("c", "0.35", "0")],
      figures: ["a 1.05/0.06 1.05", "b -1.05/-0.06 -1.05", "c 0.00/0.00 0.00"],
      tax: "0.00",
    },
  ])("$title", ({ currency, rounding, taxes, lines, figures, tax }) => {
    const output = computeTaxes(
      input({
        ...(currency === undefined ? {} : { currency }),
        rounding,
        taxes: taxes ?? [percentTax("t", "7")],
        lines,
      }),
    );
    expect(lineFigures(output)).toEqual(figures);
    expect(output.totals.tax).toBe(tax);
  });

  it("the invariants hold for the examples whose untaxed comes from the gross", () => {
    const output = computeTaxes(
      input({
        rounding: POLICIES.documentFromGross,
        taxes: [percentTax("t", "19", { priceIncluded: true })],
        lines: [line("a", "1.05"), line("b", "1.05"), line("c", "1.05")],
      }),
    );
    expect(checkTaxInvariants(output).totals.total).toBe("3.15");
  });
});
