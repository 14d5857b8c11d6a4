import { TillError, type TillErrorPath } from "../../core/errors/till-error";
import type { PlannedStep } from "./tax-plan";

function isIncluded(step: PlannedStep): boolean {
  return step.pricing === "included";
}

function isCompoundIncluded(step: PlannedStep): boolean {
  return (
    step.calculation.type === "percent" &&
    step.calculation.base === "net-plus-prior-taxes" &&
    isIncluded(step)
  );
}

function invalid(message: string, path: TillErrorPath, taxId: string): TillError {
  return new TillError("INVALID_TAX_CONFIGURATION", { message, path, details: { taxId } });
}

/**
 * Checks that the price-included taxes of a line can be taken out of its shelf price exactly (the zero-price
 * check for price-included fixed taxes is the planner's, per line).
 *
 * A price-included percent tax on the net is extracted together with its peers at the innermost level
 * (gross = net × (1 + Σ rates) + the rest), so a compound price-included tax (on net plus prior taxes) must
 * come after all of them and have only price-included taxes before it.
 *
 * @param steps - the line's steps in sequence order
 * @param linePath - path of the line in the input
 * @throws TillError INVALID_TAX_CONFIGURATION
 * @internal
 */
export function checkLinePlan(steps: readonly PlannedStep[], linePath: TillErrorPath): void {
  let seenCompound: PlannedStep | undefined;
  let seenExcluded = false;
  for (const step of steps) {
    const calculation = step.calculation;
    if (isCompoundIncluded(step) && seenExcluded) {
      throw invalid(
        `Price-included tax ${step.tax.id} cannot compound on a price-excluded tax`,
        linePath,
        step.tax.id,
      );
    }
    if (
      calculation.type === "percent" &&
      calculation.base === "net" &&
      isIncluded(step) &&
      seenCompound !== undefined
    ) {
      throw invalid(
        `Price-included tax ${step.tax.id} on the net cannot follow compound ${seenCompound.tax.id}`,
        linePath,
        step.tax.id,
      );
    }
    if (isCompoundIncluded(step)) seenCompound = step;
    if (!isIncluded(step)) seenExcluded = true;
  }
}
