import { allocateDocumentCharge } from "../kinds/document-charge-tax";
import type { Fraction } from "../kinds/fraction";
import type { TaxPlan } from "../plan/tax-plan";

/**
 * Allocates every document-charge tax of a plan over the lines it applies to (in line-id order, pro rata
 * to each line's net) and returns the shares by line and step index.
 *
 * @param plan - the plan
 * @param netsMinor - each line's net in minor units, after price-included taxes are taken out
 * @returns shares[lineIndex][stepIndex], undefined where the step is not a document charge
 * @internal
 */
export function documentChargeShares(
  plan: TaxPlan,
  netsMinor: readonly bigint[],
): (Fraction | undefined)[][] {
  const shares: (Fraction | undefined)[][] = plan.lines.map(() => []);
  const byTax = new Map<string, { line: number; step: number; amountMinor: bigint }[]>();
  plan.lines.forEach((line, lineIndex) => {
    line.steps.forEach((step, stepIndex) => {
      if (step.calculation.type !== "document-charge") return;
      const entries = byTax.get(step.tax.id) ?? [];
      entries.push({ line: lineIndex, step: stepIndex, amountMinor: step.calculation.amountMinor });
      byTax.set(step.tax.id, entries);
    });
  });
  const idOf = (index: number): string => (plan.lines[index] as TaxPlan["lines"][number]).line.id;
  for (const entries of byTax.values()) {
    entries.sort((a, b) => (idOf(a.line) < idOf(b.line) ? -1 : idOf(a.line) > idOf(b.line) ? 1 : 0));
    const parts = allocateDocumentCharge(
      (entries[0] as (typeof entries)[number]).amountMinor,
      entries.map((entry) => netsMinor[entry.line] as bigint),
      isReturnOf(plan, entries),
    );
    entries.forEach((entry, position) => {
      (shares[entry.line] as (Fraction | undefined)[])[entry.step] = { n: parts[position] as bigint, d: 1n };
    });
  }
  return shares;
}

/** Returned goods carry negative quantities; the sum of the lines' quantities says which way they go. */
function isReturnOf(plan: TaxPlan, entries: readonly { line: number }[]): boolean {
  let quantity = 0n;
  for (const entry of entries)
    quantity += (plan.lines[entry.line] as TaxPlan["lines"][number]).line.quantity.millionths;
  return quantity < 0n;
}
