import { describe, expect, it } from "vitest";
import {
  type ComputeTaxesInput,
  computeTaxes,
  type TaxDefinitionInput,
  type TaxRoundingPolicyInput,
} from "../../../src/tax";
import { checkTaxInvariants, input, jurisdiction, line, POLICIES, percentTax } from "../tax-fixtures";

type Output = ReturnType<typeof computeTaxes>;

/** Per line "id tax=base/amount[child=share,...],...". */
function lineFigures(output: Output): string[] {
  return output.lines.map((entry) => {
    const taxes = entry.taxes.map((tax) => {
      const split =
        tax.split === undefined
          ? ""
          : `[${tax.split.map((share) => `${share.taxId}=${share.amount}`).join(",")}]`;
      return `${tax.taxId}=${tax.base}/${tax.amount}${split}`;
    });
    return `${entry.lineId} ${taxes.join(",")}`;
  });
}

function taxOf(definition: Record<string, unknown>): TaxDefinitionInput {
  return {
    name: String(definition.id),
    jurisdiction: jurisdiction(String(definition.id)),
    ...definition,
  } as TaxDefinitionInput;
}

/** A combined group "g" over children c0, c1, ... with the given rates. */
function combined(rates: readonly string[]): TaxDefinitionInput[] {
  return [
    taxOf({ id: "g", kind: "group", mode: "combined", children: rates.map((_, index) => `c${index}`) }),
    ...rates.map((rate, index) => percentTax(`c${index}`, rate, { sequence: index + 1 })),
  ];
}

const compound = [
  percentTax("gst", "5", { sequence: 1 }),
  percentTax("qst", "9.975", { sequence: 2, base: "net-plus-prior-taxes" }),
];

interface Row {
  readonly title: string;
  readonly rounding?: TaxRoundingPolicyInput;
  readonly taxes: ComputeTaxesInput["taxes"];
  readonly lines: ReturnType<typeof line>[];
  readonly figures: string[];
  readonly tax: string;
}

describe("tax kinds at their edges", () => {
  it.each<Row>([
    {
      title: "a combined 4% + 0% group on 100.00: 4.00, split 4.00 / 0.00",
      taxes: combined(["4", "0"]),
      lines: [line("a", "100.00")],
      figures: ["a g=100.00/4.00[c0=4.00,c1=0.00]"],
      tax: "4.00",
    },
    {
      title: "a combined 0% + 0% group on 100.00: 0.00, split 0.00 / 0.00",
      taxes: combined(["0", "0"]),
      lines: [line("a", "100.00")],
      figures: ["a g=100.00/0.00[c0=0.00,c1=0.00]"],
      tax: "0.00",
    },
    {
      title: "a 0.27 document charge over a 0.00 line and a 10.00 line: all on the 10.00 line",
      taxes: [taxOf({ id: "delivery", kind: "document-charge", amount: "0.27", currency: "USD" })],
      lines: [line("a", "0.00"), line("b", "10.00")],
      figures: ["a delivery=0.00/0.00", "b delivery=10.00/0.27"],
      tax: "0.27",
    },
    {
      title: "per document, GST 5% and compound QST 9.975% on 2 × 10.01: QST on 10.5105 each, 2.0968 → 2.10",
      rounding: POLICIES.document,
      taxes: compound,
      lines: [line("a", "10.01"), line("b", "10.01")],
      figures: ["a gst=10.01/0.50,qst=10.51/1.05", "b gst=10.01/0.50,qst=10.51/1.05"],
      tax: "3.10",
    },
    {
      title: "per document, a fixed 0.25 and VAT 10% included in 2 × 11.26: VAT 11.01 / 11 = 1.00 each",
      rounding: POLICIES.document,
      taxes: [
        taxOf({
          id: "levy",
          kind: "fixed",
          amount: "0.25",
          currency: "USD",
          priceIncluded: true,
          sequence: 1,
        }),
        percentTax("vat", "10", { priceIncluded: true, sequence: 2 }),
      ],
      lines: [line("a", "11.26"), line("b", "11.26")],
      figures: ["a levy=10.01/0.25,vat=10.01/1.00", "b levy=10.01/0.25,vat=10.01/1.00"],
      tax: "2.50",
    },
    {
      title: "per line on the raw amount 10.01 × 1.5 = 15.015: GST 0.75, QST 9.975% of 15.765 = 1.57",
      rounding: POLICIES.lineRaw,
      taxes: compound,
      lines: [line("a", "10.01", "1.5")],
      figures: ["a gst=15.02/0.75,qst=15.77/1.57"],
      tax: "2.32",
    },
  ])("$title", ({ rounding, taxes, lines, figures, tax }) => {
    const output = checkTaxInvariants(
      computeTaxes(input({ ...(rounding === undefined ? {} : { rounding }), taxes, lines })),
    );
    expect(lineFigures(output)).toEqual(figures);
    expect(output.totals.tax).toBe(tax);
  });
});
