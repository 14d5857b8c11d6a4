import { Money } from "../../core/money/money";
import { formatScaled } from "../../core/numbers/scaled-decimal";
import { rememberValue, type SnapshotEntry, unchangedValue } from "../../core/pipeline/input-snapshot";
import { withLineFigures } from "../../core/pipeline/priced-line-helpers";
import type { PricedLine, PricedSale } from "../../core/pipeline/priced-sale";
import type { PricingContext } from "../../core/pipeline/pricing-context";
import type { PricingStage } from "../../core/pipeline/pricing-stage";
import type { LineTax } from "../../core/sale/ledger-entry";
import { computeLineTaxesExact } from "../compute/compute-taxes-exact";
import type { LineResultExact, LineTaxExact } from "../compute/tax-result";
import { planTaxes } from "../plan/plan-taxes";
import { compileTaxRules } from "../rules/compile-tax-rules";
import type { TaxRules } from "../rules/tax-rules";
import type { TaxRulesInput } from "../schema/tax-rules-schema";
import { taxDocumentFromPriced } from "./tax-document-from-priced";

/** The rule key the tax stage reads: `context.rules.tax`. */
const RULE_KEY = "tax";

/** One reported tax of a line: a tax, or one jurisdiction's part of a combined group. */
function lineTaxOf(
  entry: LineTaxExact,
  part: Pick<LineTaxExact, "tax" | "rate" | "amountMinor">,
  currency: string,
): LineTax {
  return {
    taxId: part.tax.id,
    name: part.tax.name,
    jurisdiction: part.tax.jurisdiction.id,
    rate: part.rate === undefined ? "fixed" : formatScaled(part.rate.units, part.rate.scale),
    base: new Money(entry.baseMinor, currency),
    amount: new Money(part.amountMinor, currency),
    included: entry.pricing === "included",
  };
}

// Plain loops rather than flatMap with closures: this runs for every line of every pricing, and it took
// about a fifth of the tax stage's time.
function lineTaxesOf(result: LineResultExact, currency: string): LineTax[] {
  const taxes: LineTax[] = [];
  for (const entry of result.taxes) {
    // A combined group (NYC 8.875%) is rounded once, then reported per jurisdiction from its split.
    if (entry.split === undefined) taxes.push(lineTaxOf(entry, entry, currency));
    else for (const part of entry.split) taxes.push(lineTaxOf(entry, part, currency));
  }
  return taxes;
}

/**
 * Runs the tax engine over a priced sale with compiled rules: unlocked lines get their taxes, locked
 * lines (returns) keep the taxes frozen at sale time, and the tax rounding policy is stamped.
 *
 * @param priced - the sale as priced so far
 * @param context - the pricing context
 * @param rules - compiled tax rules
 * @returns the sale with line taxes
 * @throws TillError UNKNOWN_TAX_CATEGORY, CURRENCY_MISMATCH, INVALID_TAX_CONFIGURATION
 * @internal
 */
export function applyTaxRules(priced: PricedSale, context: PricingContext, rules: TaxRules): PricedSale {
  const document = taxDocumentFromPriced(priced, context);
  const policy = { id: rules.policy.id, version: String(rules.policy.version) };
  const policies = [...priced.policies, policy];
  if (document.lines.length === 0) return { ...priced, policies };
  const results = computeLineTaxesExact(planTaxes(rules, document));
  const byLine = new Map(results.map((line) => [line.lineId, line]));
  const lines = priced.lines.map((line): PricedLine => {
    const taxed = line.isLocked ? undefined : byLine.get(line.lineId);
    return taxed === undefined ? line : withLineFigures(line, { taxes: lineTaxesOf(taxed, priced.currency) });
  });
  return { ...priced, lines, policies };
}

/**
 * Builds the tax stage for one rule set, compiled once here so the hot path never re-validates.
 *
 * @param rulesInput - tax rules (e.g. `taxRulesFromConfiguration(EU_NETHERLANDS_VAT, policy)`)
 * @returns the `computeTax` stage
 * @throws TillError INVALID_INPUT (with the path), INVALID_TAX_CONFIGURATION for bad rules
 * @example
 * ```ts
 * const stage = makeComputeTaxStage(taxRulesFromConfiguration(EU_NETHERLANDS_VAT, rounding));
 * ```
 * @public
 */
export function makeComputeTaxStage(rulesInput: TaxRulesInput): PricingStage {
  const rules = compileTaxRules(rulesInput);
  return { name: "computeTax", run: (priced, context) => applyTaxRules(priced, context, rules) };
}

/**
 * Compiled rules per rule object: the till passes the same `rules.tax` object on every pricing. They are
 * reused only while that object holds the data it held when compiled, so rules changed in place (a rate
 * edited on the same object) are compiled again rather than priced with the old rate.
 */
const compiledByInput = /* @__PURE__ */ new WeakMap<object, SnapshotEntry<TaxRules>>();

function compiledFrom(input: unknown): TaxRules | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  const cached = unchangedValue(compiledByInput, input, input);
  if (cached !== undefined) return cached;
  const rules = compileTaxRules(input);
  rememberValue(compiledByInput, input, input, rules);
  return rules;
}

/**
 * The tax stage reading its rules from `context.rules.tax` (compiled on first use and cached per rules
 * object while it holds the same data). With no `rules.tax` the sale is left untaxed, so a till without
 * tax rules still prices.
 *
 * @throws TillError INVALID_INPUT (path under the tax rules), UNKNOWN_TAX_CATEGORY, CURRENCY_MISMATCH
 * @public
 */
export const computeTax: PricingStage = {
  name: "computeTax",
  run(priced, context) {
    const rules = compiledFrom(context.rules[RULE_KEY]);
    return rules === undefined ? priced : applyTaxRules(priced, context, rules);
  },
};
