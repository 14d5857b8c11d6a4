import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compileTaxRules,
  computeTaxesExact,
  planTaxes,
  type TaxDefinitionInput,
  taxDocumentFromJson,
  taxDocumentSchema,
} from "../../../src/tax";
import { applyExcludedTaxes } from "../../../src/tax/compute/apply-excluded-taxes";
import { extractIncludedTaxes } from "../../../src/tax/compute/extract-included-taxes";
import type { TaxRounder } from "../../../src/tax/compute/line-chain";
import { lineResult } from "../../../src/tax/compute/line-result";
import { roundFraction } from "../../../src/tax/kinds/fraction";
import type { PlannedLine, TaxPlan } from "../../../src/tax/plan/tax-plan";
import { lineGross, outcomeOfChain } from "../../../src/tax/rounding/line-outcome";
import { computeLineScope } from "../../../src/tax/rounding/line-scope";
import { jurisdiction, percentTax } from "../tax-fixtures";

/** Every line through the general (fraction) chain: the results the whole-unit chain must reproduce. */
function generalOutcomes(plan: TaxPlan) {
  const policy = plan.rules.policy;
  const round: TaxRounder = (value) => ({ n: roundFraction(value, policy.stepMinor, policy.rounder), d: 1n });
  return plan.lines.map((line: PlannedLine) => {
    const input = {
      steps: line.steps,
      gross: lineGross(line, policy),
      quantityMicros: line.line.quantity.millionths,
      priceSign: line.priceSign,
    };
    const chain = applyExcludedTaxes(input, extractIncludedTaxes(input, round), round, undefined);
    return lineResult(line, outcomeOfChain(line, chain, policy.rounder));
  });
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Minor units: everyday prices, values around 2^53 and far beyond it, either sign. */
const minorArbitrary = fc
  .tuple(
    fc.oneof(
      fc.bigInt({ min: 0n, max: 100_000n }),
      fc.bigInt({ min: MAX_SAFE - 10_000n, max: MAX_SAFE + 10_000n }),
      fc.bigInt({ min: 0n, max: 10n ** 30n }),
    ),
    fc.boolean(),
  )
  .map(([magnitude, negative]) => (negative ? -magnitude : magnitude));

function centsText(minor: bigint): string {
  const magnitude = minor < 0n ? -minor : minor;
  const text = `${magnitude / 100n}.${String(magnitude % 100n).padStart(2, "0")}`;
  return minor < 0n ? `-${text}` : text;
}

/** A rate in percent with up to four decimals ("7", "9.975", "0.0625"). */
const rateArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([units, scale]) => {
    const text = String(units).padStart(scale + 1, "0");
    return scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  });

/** Percent taxes (included on the net, excluded on the net or compound) and now and then a fixed one. */
const taxArbitrary = (index: number) =>
  fc
    .record({
      rate: rateArbitrary,
      shape: fc.constantFrom("included", "excluded", "compound", "fixed"),
      sequence: fc.integer({ min: 0, max: 5 }),
      categories: fc.subarray(["a", "b", "c"], { minLength: 1 }),
    })
    .map(({ rate, shape, sequence, categories }): TaxDefinitionInput => {
      const id = `t${index}`;
      if (shape === "fixed") {
        const fixed = { id, name: id, kind: "fixed", amount: "0.05", currency: "USD", sequence, categories };
        return { ...fixed, jurisdiction: jurisdiction(id) } as TaxDefinitionInput;
      }
      return percentTax(id, rate, {
        sequence,
        categories,
        priceIncluded: shape === "included",
        base: shape === "compound" ? "net-plus-prior-taxes" : "net",
      } as Partial<TaxDefinitionInput>);
    });

const taxesArbitrary = fc
  .integer({ min: 1, max: 5 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => taxArbitrary(index))));

const lineArbitrary = fc.record({
  unitPrice: minorArbitrary.map(centsText),
  quantity: fc.constantFrom("1", "2", "3", "-1", "-2", "0.375", "12", "1.5"),
  taxCategory: fc.constantFrom("a", "b", "c"),
});

const policyArbitrary = fc.record({
  mode: fc.constantFrom("half-up" as const, "half-even" as const),
  increment: fc.constantFrom("0.01", "0.05", "1"),
});

function planOf(
  taxes: TaxDefinitionInput[],
  lines: { unitPrice: string; quantity: string; taxCategory: string }[],
  policy: { mode: "half-up" | "half-even"; increment: string },
): TaxPlan | undefined {
  const rules = compileTaxRules({
    currency: "USD",
    categories: [{ id: "a" }, { id: "b" }, { id: "c" }],
    taxes,
    rounding: { id: "p", version: 1, scope: "line", ...policy },
  });
  const document = taxDocumentFromJson(
    taxDocumentSchema.parse({
      currency: "USD",
      date: "2026-03-01",
      lines: lines.map((line, index) => ({ id: `l${index}`, ...line })),
    }),
  );
  try {
    return planTaxes(rules, document);
  } catch {
    // A generated mix the planner rejects (e.g. an included fixed tax on a zero price) has nothing to compare.
    return undefined;
  }
}

describe("line scope: whole-unit chains equal the general chain", () => {
  it("gives every line the same amounts, bases and untaxed amount, up to and beyond 2^53", () => {
    fc.assert(
      fc.property(
        taxesArbitrary,
        fc.array(lineArbitrary, { minLength: 1, maxLength: 8 }),
        policyArbitrary,
        (taxes, lines, policy) => {
          const plan = planOf(taxes, lines, policy);
          fc.pre(plan !== undefined);
          expect(computeLineScope(plan as TaxPlan)).toEqual(generalOutcomes(plan as TaxPlan));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("sums each tax over the document exactly as a line-by-line walk does", () => {
    fc.assert(
      fc.property(taxesArbitrary, fc.array(lineArbitrary, { minLength: 1, maxLength: 8 }), (taxes, lines) => {
        const plan = planOf(taxes, lines, { mode: "half-up", increment: "0.01" });
        fc.pre(plan !== undefined);
        const result = computeTaxesExact(plan as TaxPlan);
        const walk = new Map<string, { rate: string | undefined; base: bigint; amount: bigint }>();
        for (const line of result.lines) {
          for (const entry of line.taxes) {
            const known = walk.get(entry.tax.id);
            if (known === undefined)
              walk.set(entry.tax.id, {
                rate: entry.rate?.percent,
                base: entry.baseMinor,
                amount: entry.amountMinor,
              });
            else
              walk.set(entry.tax.id, {
                ...known,
                base: known.base + entry.baseMinor,
                amount: known.amount + entry.amountMinor,
              });
          }
        }
        const summaries = result.taxes.map((summary) => [
          summary.tax.id,
          { rate: summary.rate?.percent, base: summary.baseMinor, amount: summary.amountMinor },
        ]);
        expect(new Map(summaries as [string, unknown][])).toEqual(walk);
      }),
      { numRuns: 300 },
    );
  });
});
