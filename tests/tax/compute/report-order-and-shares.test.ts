import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeTaxes, type TaxDefinitionInput } from "../../../src/tax";
import { checkTaxInvariants, input, jurisdiction, line, POLICIES, percentTax } from "../tax-fixtures";

type Output = ReturnType<typeof computeTaxes>;

function taxOf(definition: Record<string, unknown>): TaxDefinitionInput {
  return {
    name: String(definition.id),
    jurisdiction: jurisdiction(String(definition.id)),
    ...definition,
  } as TaxDefinitionInput;
}

/** Each report row as "jurisdiction/kind/rate/taxIds base amount". */
function reportRows(output: Output): string[] {
  return output.report.map(
    (row) =>
      `${row.jurisdiction.id}/${row.kind}/${row.rate ?? "-"}/${row.taxIds.join("+")} ${row.base} ${row.amount}`,
  );
}

const nyc = [
  taxOf({ id: "nyc", kind: "group", mode: "combined", children: ["state", "city", "mctd"] }),
  percentTax("state", "4", { sequence: 1, jurisdiction: jurisdiction("US-NY", "state") }),
  percentTax("city", "4.5", { sequence: 2, jurisdiction: jurisdiction("US-NY-NYC", "city") }),
  percentTax("mctd", "0.375", { sequence: 3, jurisdiction: jurisdiction("US-NY-MCTD", "district") }),
];

describe("jurisdiction report: rows, order and merging", () => {
  it.each([
    {
      title:
        "taxes entered city, city, state, country: rows come country, state, then cities by id, kind, rate",
      taxes: [
        percentTax("a-city", "1", { jurisdiction: jurisdiction("c2", "city") }),
        percentTax("b-city", "2", { jurisdiction: jurisdiction("c1", "city") }),
        percentTax("c-state", "4", { jurisdiction: jurisdiction("s1", "state") }),
        percentTax("d-country", "3", { jurisdiction: jurisdiction("k1", "country") }),
        percentTax("e-city", "3", { jurisdiction: jurisdiction("c1", "city") }),
        taxOf({
          id: "f-bag",
          kind: "fixed",
          amount: "0.05",
          currency: "USD",
          jurisdiction: jurisdiction("c1", "city"),
        }),
      ],
      lines: [line("a", "10.00")],
      rows: [
        "k1/percent/3/d-country 10.00 0.30",
        "s1/percent/4/c-state 10.00 0.40",
        "c1/fixed/-/f-bag 10.00 0.05",
        "c1/percent/2/b-city 10.00 0.20",
        "c1/percent/3/e-city 10.00 0.30",
        "c2/percent/1/a-city 10.00 0.10",
      ],
    },
    {
      title: "one city's 3% tax (id a) before its 2% tax (id b): rows still by rate, 2 before 3",
      taxes: [
        percentTax("b-low", "2", { jurisdiction: jurisdiction("c1", "city") }),
        percentTax("a-high", "3", { jurisdiction: jurisdiction("c1", "city") }),
      ],
      lines: [line("a", "10.00")],
      rows: ["c1/percent/2/b-low 10.00 0.20", "c1/percent/3/a-high 10.00 0.30"],
    },
    {
      title: 'one city\'s 10% and 2% taxes: rows by value, 2 before 10 (as text "10" would sort first)',
      taxes: [
        percentTax("a-ten", "10", { jurisdiction: jurisdiction("c1", "city") }),
        percentTax("b-two", "2", { jurisdiction: jurisdiction("c1", "city") }),
      ],
      lines: [line("a", "10.00")],
      rows: ["c1/percent/2/b-two 10.00 0.20", "c1/percent/10/a-ten 10.00 1.00"],
    },
    {
      title:
        "two 2% taxes of one city on two categories share a row: bases 10.00 + 4.00, amounts 0.20 + 0.08",
      taxes: [
        percentTax("b-general", "2", { jurisdiction: jurisdiction("c1", "city"), categories: ["standard"] }),
        percentTax("a-clothing", "2", { jurisdiction: jurisdiction("c1", "city"), categories: ["clothing"] }),
      ],
      lines: [line("x", "10.00"), line("y", "4.00", "1", "clothing")],
      rows: ["c1/percent/2/a-clothing+b-general 14.00 0.28"],
    },
    {
      title:
        "a combined group reports each child's split, summed over lines: 8.88 on 100.00 and 0.44 on 5.00",
      taxes: nyc,
      lines: [line("a", "100.00"), line("b", "5.00")],
      rows: [
        "US-NY/percent/4/state 105.00 4.20",
        "US-NY-NYC/percent/4.5/city 105.00 4.72",
        "US-NY-MCTD/percent/0.375/mctd 105.00 0.40",
      ],
    },
    {
      title: "a plain country tax beside a combined group comes first; the group's rows follow by level",
      taxes: [
        ...nyc,
        percentTax("fed", "1", { jurisdiction: jurisdiction("US", "country"), categories: ["clothing"] }),
      ],
      lines: [line("a", "100.00"), line("b", "10.00", "1", "clothing")],
      rows: [
        "US/percent/1/fed 10.00 0.10",
        "US-NY/percent/4/state 110.00 4.40",
        "US-NY-NYC/percent/4.5/city 110.00 4.95",
        "US-NY-MCTD/percent/0.375/mctd 110.00 0.42",
      ],
    },
    {
      title:
        "a plain district tax summarised before a combined group is reported after the group's state and city",
      taxes: [
        ...nyc,
        percentTax("bid", "1", { jurisdiction: jurisdiction("BID", "district"), categories: ["clothing"] }),
      ],
      lines: [line("a", "100.00"), line("b", "10.00", "1", "clothing")],
      rows: [
        "US-NY/percent/4/state 110.00 4.40",
        "US-NY-NYC/percent/4.5/city 110.00 4.95",
        "BID/percent/1/bid 10.00 0.10",
        "US-NY-MCTD/percent/0.375/mctd 110.00 0.42",
      ],
    },
  ])("$title", ({ taxes, lines, rows }) => {
    expect(reportRows(checkTaxInvariants(computeTaxes(input({ taxes, lines }))))).toEqual(rows);
  });

  it.each([
    {
      title: "a tax on food only (sequence 1) and one on everything (sequence 2): summaries by sequence",
      taxes: [
        percentTax("z-food", "2", { sequence: 1, categories: ["food"] }),
        percentTax("a-all", "5", { sequence: 2 }),
      ],
      summaries: ["z-food 10.00 0.20", "a-all 20.00 1.00"],
    },
    {
      title: "the same with sequences swapped: the tax on everything first",
      taxes: [
        percentTax("z-food", "2", { sequence: 2, categories: ["food"] }),
        percentTax("a-all", "5", { sequence: 1 }),
      ],
      summaries: ["a-all 20.00 1.00", "z-food 10.00 0.20"],
    },
  ])("$title", ({ taxes, summaries }) => {
    const output = computeTaxes(
      input({ taxes, lines: [line("x", "10.00"), line("y", "10.00", "1", "food")] }),
    );
    expect(output.taxes.map((tax) => `${tax.taxId} ${tax.base} ${tax.amount}`)).toEqual(summaries);
  });
});

describe("price-included taxes: amounts, bases and the included/excluded split", () => {
  it.each([
    {
      title:
        "fixed 0.25 and VAT 10% both included in 11.25: VAT 1.00 on 10.00; the fixed tax's base is the net 10.00",
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
      price: "11.25",
      entries: ["levy 10.00 0.25", "vat 10.00 1.00"],
      split: { untaxed: "10.00", includedTax: "1.25", excludedTax: "0.00" },
    },
    {
      title: "division 18% included in 121.95 is 21.95 on the gross 121.95; VAT 10% then comes out of 100.00",
      taxes: [
        taxOf({ id: "icms", kind: "division", rate: "18", priceIncluded: true, sequence: 1 }),
        percentTax("vat", "10", { priceIncluded: true, sequence: 2 }),
      ],
      price: "121.95",
      entries: ["icms 121.95 21.95", "vat 90.91 9.09"],
      split: { untaxed: "90.91", includedTax: "31.04", excludedTax: "0.00" },
    },
    {
      title: "GST 5% and compound QST 9.5% included in 114.98: QST 9.98 on 105.00, GST 5.00 on 100.00",
      taxes: [
        percentTax("gst", "5", { priceIncluded: true, sequence: 1 }),
        percentTax("qst", "9.5", { priceIncluded: true, base: "net-plus-prior-taxes", sequence: 2 }),
      ],
      price: "114.98",
      entries: ["gst 100.00 5.00", "qst 105.00 9.98"],
      split: { untaxed: "100.00", includedTax: "14.98", excludedTax: "0.00" },
    },
    {
      title: "VAT 10% included and 5% excluded on 110.00: 10.00 included, 5.00 excluded",
      taxes: [
        percentTax("vat", "10", { priceIncluded: true, sequence: 1 }),
        percentTax("extra", "5", { sequence: 2 }),
      ],
      price: "110.00",
      entries: ["vat 100.00 10.00", "extra 100.00 5.00"],
      split: { untaxed: "100.00", includedTax: "10.00", excludedTax: "5.00" },
    },
    {
      title: "5% then a compound division 18% excluded on 100.00: 23.05 = 105.00 × 18 / 82",
      taxes: [
        percentTax("pis", "5", { sequence: 1 }),
        taxOf({ id: "icms", kind: "division", rate: "18", base: "net-plus-prior-taxes", sequence: 2 }),
      ],
      price: "100.00",
      entries: ["pis 100.00 5.00", "icms 105.00 23.05"],
      split: { untaxed: "100.00", includedTax: "0.00", excludedTax: "28.05" },
    },
  ])("$title", ({ taxes, price, entries, split }) => {
    const output = checkTaxInvariants(computeTaxes(input({ taxes, lines: [line("a", price)] })));
    const only = output.lines[0];
    expect(only?.taxes.map((tax) => `${tax.taxId} ${tax.base} ${tax.amount}`)).toEqual(entries);
    expect({
      line: [only?.totalExcluded, only?.includedTax, only?.excludedTax],
      document: [output.totals.untaxed, output.totals.includedTax, output.totals.excludedTax],
    }).toEqual({
      line: [split.untaxed, split.includedTax, split.excludedTax],
      document: [split.untaxed, split.includedTax, split.excludedTax],
    });
  });
});

describe("document charges: line-id order and refunds", () => {
  const charge = (amount: string) =>
    taxOf({ id: "delivery", kind: "document-charge", amount, currency: "USD" });

  it.each([
    {
      title: "0.01 over two equal lines entered b, a goes to a (the lower id), not to the first entered",
      amount: "0.01",
      lines: [line("b", "5.00"), line("a", "5.00")],
      rounding: POLICIES.line,
      shares: ["0.00", "0.01"],
    },
    {
      title: "the same per document",
      amount: "0.01",
      lines: [line("b", "5.00"), line("a", "5.00")],
      rounding: POLICIES.document,
      shares: ["0.00", "0.01"],
    },
    {
      title: "0.50 on a sale of 0.35 × 0.01 (net rounds to 0.00) is +0.50",
      amount: "0.50",
      lines: [line("a", "0.01", "0.35")],
      rounding: POLICIES.line,
      shares: ["0.50"],
    },
    {
      title: "0.50 on a return of 0.35 × 0.01 (net rounds to 0.00) mirrors the sale: −0.50",
      amount: "0.50",
      lines: [line("a", "0.01", "-0.35")],
      rounding: POLICIES.line,
      shares: ["-0.50"],
    },
    {
      title: "the same return per unit: −0.50",
      amount: "0.50",
      lines: [line("a", "0.01", "-0.35")],
      rounding: POLICIES.unit,
      shares: ["-0.50"],
    },
    {
      title:
        "0.50 on an exchange (5.00 × 1 sold, 5.00 × −1 returned: nets and quantities sum to 0) is a sale: +0.25 each",
      amount: "0.50",
      lines: [line("a", "5.00", "1"), line("b", "5.00", "-1")],
      rounding: POLICIES.line,
      shares: ["0.25", "0.25"],
    },
    {
      title: "a return of two zero-net lines (−0.35 and −0.20 × 0.01): −0.25 each",
      amount: "0.50",
      lines: [line("a", "0.01", "-0.35"), line("b", "0.01", "-0.20")],
      rounding: POLICIES.line,
      shares: ["-0.25", "-0.25"],
    },
  ])("$title", ({ amount, lines, rounding, shares }) => {
    const output = checkTaxInvariants(computeTaxes(input({ taxes: [charge(amount)], lines, rounding })));
    expect(output.lines.map((entry) => entry.taxes[0]?.amount)).toEqual(shares);
  });

  it("a refund document mirrors its sale line by line, whatever order the lines were entered in", () => {
    const priceText = (cents: number) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5_000 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 999 }),
        (cents, chargeCents) => {
          const sale = cents.map((value, index) => line(`l${index}`, priceText(value)));
          const refund = cents.map((value, index) => line(`l${index}`, priceText(value), "-1"));
          const run = (lines: typeof sale) =>
            computeTaxes(input({ taxes: [charge(priceText(chargeCents))], lines })).lines.map(
              (entry) => `${entry.lineId} ${entry.taxes[0]?.amount}`,
            );
          const negated = run(sale).map((text) => text.replace(/ (\d)/, " -$1").replace(" -0.00", " 0.00"));
          expect(run([...refund].reverse())).toEqual([...negated].reverse());
        },
      ),
      { numRuns: 200 },
    );
  });
});
