import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeTaxes, type TaxDefinitionInput } from "../../../src/tax";
import { checkTaxInvariants, input, jurisdiction, negateText, POLICIES, percentTax } from "../tax-fixtures";

const tax = (definition: Record<string, unknown>): TaxDefinitionInput =>
  ({
    name: String(definition.id),
    jurisdiction: jurisdiction(String(definition.id)),
    ...definition,
  }) as TaxDefinitionInput;

/** A mixed US-style set: a stack, a compound tax, a fixed deposit, a percent of tax and a document charge. */
const MIXED_TAXES: TaxDefinitionInput[] = [
  percentTax("state", "6.25", { sequence: 1, jurisdiction: jurisdiction("state", "state") }),
  percentTax("county", "1.75", { sequence: 2, jurisdiction: jurisdiction("county", "county") }),
  tax({ id: "deposit", kind: "fixed", amount: "0.05", currency: "USD", sequence: 3, categories: ["food"] }),
  percentTax("compound", "9.5", { sequence: 4, base: "net-plus-prior-taxes", categories: ["food"] }),
  tax({ id: "surcharge", kind: "percent-of-tax", rate: "10", of: "state", sequence: 5 }),
  tax({
    id: "delivery",
    kind: "document-charge",
    amount: "0.27",
    currency: "USD",
    sequence: 6,
    categories: ["standard"],
  }),
];

/** Price-included VAT-style taxes only: two adjacent rates on standard goods, one on food. */
const INCLUDED_TAXES: TaxDefinitionInput[] = [
  percentTax("vat", "19", { priceIncluded: true, sequence: 1, categories: ["standard"] }),
  percentTax("levy", "2.5", { priceIncluded: true, sequence: 2, categories: ["standard"] }),
  percentTax("reduced", "7", { priceIncluded: true, sequence: 1, categories: ["food"] }),
];

const ALL_POLICIES = Object.values(POLICIES);

const lineArbitrary = fc
  .record({
    priceCents: fc.integer({ min: 1, max: 50_000 }),
    quantity: fc.constantFrom("1", "2", "3", "5", "0.35", "1.5"),
    category: fc.constantFrom("standard", "food"),
    discountPercent: fc.integer({ min: 0, max: 50 }),
  })
  .map(({ priceCents, quantity, category, discountPercent }) => ({
    priceCents,
    quantity,
    category,
    discountPercent,
  }));

type LineSpec = { priceCents: number; quantity: string; category: string; discountPercent: number };

function money(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

function linesOf(specs: readonly LineSpec[], sign: 1n | -1n = 1n) {
  return specs.map((spec, index) => {
    // Store discounts only on whole quantities, so they stay whole cents below the line amount.
    const wholeQuantity = spec.quantity.includes(".") ? 0n : BigInt(spec.quantity);
    const discount = (BigInt(spec.priceCents) * wholeQuantity * BigInt(spec.discountPercent)) / 100n;
    const quantity = sign === 1n ? spec.quantity : `-${spec.quantity}`;
    return {
      id: `line-${String(index).padStart(2, "0")}`,
      unitPrice: money(BigInt(spec.priceCents)),
      quantity,
      taxCategory: spec.category,
      discounts: discount === 0n ? [] : [{ source: "promo", amount: money(discount * sign) }],
    };
  });
}

const documentArbitrary = fc.record({
  specs: fc.array(lineArbitrary, { minLength: 1, maxLength: 12 }),
  rounding: fc.constantFrom(...ALL_POLICIES),
  taxes: fc.constantFrom(MIXED_TAXES, INCLUDED_TAXES),
});

describe("tax properties", () => {
  it("should mirror a sale exactly when every line is refunded", () => {
    fc.assert(
      fc.property(documentArbitrary, ({ specs, rounding, taxes }) => {
        // Arrange
        const sale = input({ taxes, rounding, lines: linesOf(specs) });
        const refund = input({ taxes, rounding, lines: linesOf(specs, -1n) });
        // Act
        const sold = computeTaxes(sale);
        const refunded = checkTaxInvariants(computeTaxes(refund));
        // Assert
        refunded.lines.forEach((line, index) => {
          expect(line.taxes.map((entry) => entry.amount)).toEqual(
            sold.lines[index]?.taxes.map((entry) => negateText(entry.amount)),
          );
          expect(line.totalIncluded).toBe(negateText(sold.lines[index]?.totalIncluded ?? ""));
        });
        expect(refunded.totals.total).toBe(negateText(sold.totals.total));
      }),
      {
        numRuns: 200,
        // A line whose net rounds to 0.00 (0.01 × 0.35) once gave its document charge the sale's sign on
        // the refund too; the sign now follows the quantities when the nets sum to zero.
        examples: [
          [
            {
              specs: [{ priceCents: 1, quantity: "0.35", category: "standard", discountPercent: 0 }],
              rounding: POLICIES.line,
              taxes: MIXED_TAXES,
            },
          ],
        ],
      },
    );
  });

  it("should make the document the sum of its lines and the report sum to the tax collected", () => {
    fc.assert(
      fc.property(documentArbitrary, ({ specs, rounding, taxes }) => {
        // Arrange / Act / Assert: the checker throws on any broken sum.
        checkTaxInvariants(computeTaxes(input({ taxes, rounding, lines: linesOf(specs) })));
      }),
      { numRuns: 200 },
    );
  });

  it("should keep the shelf price of all-included lines exactly", () => {
    const keeping = [
      POLICIES.line,
      POLICIES.lineRaw,
      POLICIES.unit,
      POLICIES.lineEven,
      POLICIES.documentFromGross,
    ];
    fc.assert(
      fc.property(
        fc.array(lineArbitrary, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...keeping),
        (specs, rounding) => {
          // Arrange
          const lines = linesOf(specs);
          // Act
          const output = computeTaxes(input({ taxes: INCLUDED_TAXES, rounding, lines }));
          // Assert
          for (const line of output.lines) expect(line.totalIncluded).toBe(line.lineAmount);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("should not let line order change any line's result", () => {
    fc.assert(
      fc.property(
        documentArbitrary.chain((document) =>
          fc.record({
            document: fc.constant(document),
            order: fc.shuffledSubarray(linesOf(document.specs), { minLength: document.specs.length }),
          }),
        ),
        ({ document, order }) => {
          // Arrange
          const { taxes, rounding, specs } = document;
          // Act
          const original = computeTaxes(input({ taxes, rounding, lines: linesOf(specs) }));
          const shuffled = computeTaxes(input({ taxes, rounding, lines: order }));
          // Assert
          for (const line of shuffled.lines)
            expect(line).toEqual(original.lines.find((entry) => entry.lineId === line.lineId));
          expect(shuffled.totals).toEqual(original.totals);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("should make each tax's line amounts sum to its rounded document amount under document rounding", () => {
    const rates = { state: 625n, county: 175n };
    fc.assert(
      fc.property(fc.array(lineArbitrary, { minLength: 1, maxLength: 15 }), (specs) => {
        // Arrange
        const taxes = [
          percentTax("state", "6.25", { sequence: 1 }),
          percentTax("county", "1.75", { sequence: 2 }),
        ];
        // Act
        const output = computeTaxes(input({ taxes, rounding: POLICIES.document, lines: linesOf(specs) }));
        // Assert: the document amount is the exact sum of line amounts × rate, rounded once (half-up).
        const untaxed = output.lines.reduce(
          (total, line) => total + BigInt(line.lineAmount.replace(".", "")),
          0n,
        );
        for (const [taxId, rate] of Object.entries(rates)) {
          const exact = untaxed * rate;
          const rounded = (exact + 5_000n) / 10_000n;
          const lineSum = output.lines.reduce(
            (total, line) =>
              total +
              BigInt(line.taxes.find((entry) => entry.taxId === taxId)?.amount.replace(".", "") ?? "0"),
            0n,
          );
          expect(lineSum).toBe(rounded);
          expect(output.taxes.find((summary) => summary.taxId === taxId)?.amount).toBe(money(rounded));
        }
      }),
      { numRuns: 300 },
    );
  });
});
