import { TillError, type TillErrorPath } from "../../core/errors/till-error";
import type { CompiledTax } from "./tax-rules";

function childProblem(child: CompiledTax, pricing: string | undefined): string | undefined {
  const calculation = child.calculation;
  if (calculation.type !== "percent") return "its children must be percent taxes";
  if (calculation.base !== "net") return "its children must be computed on the net";
  if (child.withholding) return "its children cannot be withholding taxes";
  if (pricing !== undefined && calculation.pricing !== pricing)
    return "its children must all be price-included or all excluded";
  return undefined;
}

/**
 * Checks that every combined group can be one rate: all children plain percent taxes on the net, all
 * price-included or all price-excluded, none withholding.
 *
 * @param taxes - compiled taxes by id (references already checked)
 * @param basePath - path of the rule set in the input
 * @throws TillError INVALID_TAX_CONFIGURATION at the offending child
 * @internal
 */
export function checkCombinedGroups(taxes: ReadonlyMap<string, CompiledTax>, basePath: TillErrorPath): void {
  for (const group of taxes.values()) {
    const calculation = group.calculation;
    if (calculation.type !== "group" || calculation.mode !== "combined") continue;
    let pricing: string | undefined;
    calculation.childIds.forEach((id, index) => {
      const child = taxes.get(id) as CompiledTax;
      const problem = childProblem(child, pricing);
      if (problem !== undefined) {
        throw new TillError("INVALID_TAX_CONFIGURATION", {
          message: `Combined group ${group.id}: ${problem}`,
          path: [...basePath, "taxes", group.inputIndex, "children", index],
        });
      }
      if (child.calculation.type === "percent") pricing = child.calculation.pricing;
    });
  }
}
