import type { TaxRules } from "../rules/tax-rules";
import type { DraftStep, Expansion } from "./expand-tax";
import { expandTax } from "./expand-tax";
import type { LineFacts } from "./skip-reason";
import type { AppliedRule, PlannedStep, SkippedTax, StepCalculation } from "./tax-plan";

function orderSteps(a: DraftStep, b: DraftStep): number {
  const bySequence = a.tax.sequence - b.tax.sequence;
  if (bySequence !== 0) return bySequence;
  return a.tax.id < b.tax.id ? -1 : a.tax.id > b.tax.id ? 1 : 0;
}

function calculationOf(draft: DraftStep, indexOf: (id: string) => number): StepCalculation | undefined {
  const calculation = draft.tax.calculation;
  if (draft.rate !== undefined) {
    const firstChild = draft.split?.[0]?.calculation;
    const pricing = firstChild !== undefined && "pricing" in firstChild ? firstChild.pricing : "excluded";
    return { type: "percent", rate: draft.rate, base: "net", pricing };
  }
  switch (calculation.type) {
    case "percent-of-tax": {
      const ofIndex = indexOf(calculation.ofTaxId);
      return ofIndex < 0 ? undefined : { type: "percent-of-tax", rate: calculation.rate, ofIndex };
    }
    case "cumulative-base": {
      const ofIndexes = calculation.cumulativeOf.map(indexOf).filter((index) => index >= 0);
      return { type: "cumulative-base", rate: calculation.rate, ofIndexes };
    }
    case "group":
      return undefined;
    default:
      return calculation;
  }
}

/**
 * Resolves which taxes apply to one line and in what order: expands groups, sorts the steps by ascending
 * sequence (ties by id) and turns references between taxes into step indexes. A percent-of-tax whose base
 * tax does not apply to the line is skipped ("base-tax-not-applied").
 *
 * @param rules - the compiled rules
 * @param facts - the line's facts
 * @param rule - category, jurisdiction and sourcing the line was matched with
 * @returns the ordered steps and the skipped taxes
 * @internal
 */
export function resolveLineTaxes(
  rules: TaxRules,
  facts: LineFacts,
  rule: AppliedRule,
): { steps: PlannedStep[]; skipped: SkippedTax[] } {
  const expansion: Expansion = { steps: [], skipped: [] };
  for (const tax of rules.topLevel) expandTax(rules, tax, facts, rule, expansion);
  const drafts = expansion.steps.sort(orderSteps);
  const steps: PlannedStep[] = [];
  const indexOf = (id: string): number => steps.findIndex((step) => step.tax.id === id);
  for (const draft of drafts) {
    const calculation = calculationOf(draft, indexOf);
    if (calculation === undefined) {
      expansion.skipped.push({ taxId: draft.tax.id, reason: "base-tax-not-applied" });
      continue;
    }
    const pricing = "pricing" in calculation ? calculation.pricing : "excluded";
    const kind = draft.tax.calculation.type;
    const rate = "rate" in calculation ? calculation.rate : undefined;
    steps.push(
      draft.split === undefined
        ? { tax: draft.tax, calculation, pricing, kind, rate, rule: draft.rule }
        : { tax: draft.tax, calculation, pricing, kind, rate, rule: draft.rule, split: draft.split },
    );
  }
  return { steps, skipped: expansion.skipped };
}
