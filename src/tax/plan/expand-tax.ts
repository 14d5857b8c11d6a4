import { percentText, ratesAtCommonScale } from "../rules/compile-rate";
import { bySequence } from "../rules/compile-tax-rules";
import type { CompiledRate, CompiledTax, TaxRules } from "../rules/tax-rules";
import { type LineFacts, skipReasonOf } from "./skip-reason";
import type { AppliedRule, SkippedTax, StepCalculation } from "./tax-plan";

/**
 * A step whose references to other taxes are still ids; {@link resolveLineTaxes} turns them into indexes.
 *
 * @internal
 */
export interface DraftStep {
  readonly tax: CompiledTax;
  readonly rule: AppliedRule;
  readonly split?: readonly CompiledTax[];
  readonly rate?: CompiledRate;
}

/** What expanding the taxes of one line yields. */
export interface Expansion {
  readonly steps: DraftStep[];
  readonly skipped: SkippedTax[];
}

function combinedRate(children: readonly CompiledTax[]): CompiledRate {
  const rates = children.map(
    (child) => (child.calculation as Extract<StepCalculation, { type: "percent" }>).rate,
  );
  const common = ratesAtCommonScale(rates);
  const units = common.units.reduce((total, value) => total + value, 0n);
  return { units, scale: common.scale, divisor: common.divisor, percent: percentText(units, common.scale) };
}

function expandGroup(
  rules: TaxRules,
  group: CompiledTax,
  facts: LineFacts,
  rule: AppliedRule,
  out: Expansion,
): void {
  const calculation = group.calculation as Extract<CompiledTax["calculation"], { type: "group" }>;
  const children = calculation.childIds.map((id) => rules.taxes.get(id) as CompiledTax).sort(bySequence);
  const viaGroup: AppliedRule = { ...rule, group: group.id };
  if (calculation.mode === "individual") {
    for (const child of children) expandTax(rules, child, facts, viaGroup, out);
    return;
  }
  const applicable: CompiledTax[] = [];
  for (const child of children) {
    const skipped = skipReasonOf(child, facts);
    if (skipped === undefined) applicable.push(child);
    else out.skipped.push(skipped);
  }
  if (applicable.length > 0)
    out.steps.push({ tax: group, rule: viaGroup, split: applicable, rate: combinedRate(applicable) });
}

/**
 * Expands one tax for one line: a skip record, one step, or (for a group) the steps of its children —
 * individually, or as one combined-rate step with the children as its split.
 *
 * @param rules - the compiled rules
 * @param tax - the tax to expand
 * @param facts - the line's facts
 * @param rule - how the line was matched so far (category, jurisdiction, sourcing)
 * @param out - steps and skips collected for the line
 * @internal
 */
export function expandTax(
  rules: TaxRules,
  tax: CompiledTax,
  facts: LineFacts,
  rule: AppliedRule,
  out: Expansion,
): void {
  const skipped = skipReasonOf(tax, facts);
  if (skipped !== undefined) {
    out.skipped.push(skipped);
    return;
  }
  const applied: AppliedRule = { ...rule, jurisdictionId: tax.jurisdiction.id };
  if (tax.calculation.type === "group") expandGroup(rules, tax, facts, applied, out);
  else out.steps.push({ tax, rule: applied });
}
