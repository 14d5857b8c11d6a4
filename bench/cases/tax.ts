/**
 * Tax kernel: a 100-line document, half the lines under Chicago's four-level stack (state, county, city,
 * district; price-excluded) and half under Dutch 21% VAT (price-included), per-line rounding. tillkit's
 * exact kernel (rules compiled and lines parsed once) against the same arithmetic written naively with
 * decimal.js in the same run.
 */
import Decimal from "decimal.js";
import {
  type ComputeTaxesInput,
  compileTaxRules,
  computeTaxes,
  computeTaxesExact,
  EU_NETHERLANDS_VAT,
  planTaxes,
  type TaxRulesInput,
  taxDocumentFromJson,
  taxDocumentSchema,
  US_CHICAGO,
} from "../../src/tax";
import type { BenchGroup } from "../harness";

const NaiveDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const LINES = 100;

function rulesInput(): TaxRulesInput {
  return {
    currency: "USD",
    categories: [{ id: "general" }, { id: "standard" }],
    taxes: [
      ...US_CHICAGO.taxes,
      {
        ...(EU_NETHERLANDS_VAT.taxes[0] as object),
        categories: ["standard"],
      } as TaxRulesInput["taxes"][number],
    ],
    rounding: { id: "bench-line", version: 1, scope: "line", mode: "half-up" },
  };
}

function documentInput() {
  const lines = Array.from({ length: LINES }, (_, index) => ({
    id: `line-${String(index).padStart(3, "0")}`,
    unitPrice: (((index * 3737) % 9000) + 99).toString().replace(/(\d\d)$/, ".$1"),
    quantity: String((index % 3) + 1),
    taxCategory: index % 2 === 0 ? "general" : "standard",
  }));
  return { currency: "USD", date: "2026-03-01", lines };
}

/** The same arithmetic, written the obvious way with decimal.js values kept in state. */
function makeNaive(document: ReturnType<typeof documentInput>) {
  const stack = US_CHICAGO.taxes.map((tax) => new NaiveDecimal((tax as { rate: string }).rate).div(100));
  const vat = new NaiveDecimal("0.21");
  const one = new NaiveDecimal(1);
  const lines = document.lines.map((line) => ({
    price: new NaiveDecimal(line.unitPrice),
    quantity: new NaiveDecimal(line.quantity),
    isStack: line.taxCategory === "general",
  }));
  return () => {
    let untaxed = new NaiveDecimal(0);
    let tax = new NaiveDecimal(0);
    for (const line of lines) {
      const gross = line.price.times(line.quantity).toDecimalPlaces(2);
      if (line.isStack) {
        untaxed = untaxed.plus(gross);
        for (const rate of stack) tax = tax.plus(gross.times(rate).toDecimalPlaces(2));
      } else {
        const included = gross.times(vat).div(one.plus(vat)).toDecimalPlaces(2);
        tax = tax.plus(included);
        untaxed = untaxed.plus(gross.minus(included));
      }
    }
    return { untaxed: untaxed.toFixed(2), tax: tax.toFixed(2) };
  };
}

/** The benchmark groups of the tax engine. */
export function benchGroups(): BenchGroup[] {
  const rules = compileTaxRules(rulesInput());
  const documentJson = documentInput();
  const document = taxDocumentFromJson(taxDocumentSchema.parse(documentJson));
  const naive = makeNaive(documentJson);
  const exact = computeTaxesExact(planTaxes(rules, document));
  const expected = naive();
  const ours = computeTaxes({ ...rulesInput(), ...documentJson } as ComputeTaxesInput).totals;
  if (
    ours.tax !== expected.tax ||
    ours.untaxed !== expected.untaxed ||
    exact.totals.taxMinor.toString() !== expected.tax.replace(".", "")
  ) {
    throw new Error(`Tax bench: kernel and baseline disagree (${ours.tax} vs ${expected.tax})`);
  }
  return [
    {
      title: "Tax: 100-line document, 4-level US stack on half the lines, included VAT on the rest",
      cases: [
        {
          name: "planTaxes + computeTaxesExact (bigint kernel)",
          run: () => computeTaxesExact(planTaxes(rules, document)),
          baseline: { name: "decimal.js naive", run: naive },
          budgetNs: 50_000,
          targetRatio: 10,
          unitsPerRun: { count: LINES, label: "lines" },
        },
        {
          name: "computeTaxes (JSON in, JSON out, validation included)",
          run: () => computeTaxes({ ...rulesInput(), ...documentJson }),
          unitsPerRun: { count: LINES, label: "lines" },
        },
      ],
    },
  ];
}
