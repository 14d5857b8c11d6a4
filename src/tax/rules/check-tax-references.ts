import { TillError, type TillErrorPath } from "../../core/errors/till-error";
import type { ExemptionRule } from "../schema/exemption-rule-schema";
import type { CompiledTax } from "./tax-rules";

function requireTax(taxes: ReadonlyMap<string, CompiledTax>, id: string, path: TillErrorPath): CompiledTax {
  const tax = taxes.get(id);
  if (tax === undefined)
    throw new TillError("UNKNOWN_TAX", { message: `Unknown tax: ${id}`, path, details: { taxId: id } });
  return tax;
}

function requireCategory(categories: ReadonlySet<string>, id: string, path: TillErrorPath): void {
  if (!categories.has(id)) {
    throw new TillError("UNKNOWN_TAX_CATEGORY", {
      message: `Unknown tax category: ${id}`,
      path,
      details: { category: id },
    });
  }
}

function requireEarlier(tax: CompiledTax, other: CompiledTax, path: TillErrorPath): void {
  // A tax computed on another tax needs that tax's amount first: strictly lower sequence.
  if (other.sequence >= tax.sequence) {
    throw new TillError("INVALID_TAX_CONFIGURATION", {
      message: `Tax ${tax.id} needs ${other.id} to come earlier in sequence`,
      path,
    });
  }
}

/**
 * Checks every reference between taxes, categories and rules, so the kernel can follow them blindly.
 *
 * @param taxes - compiled taxes by id
 * @param categories - declared category ids
 * @param rules - validated exemption rules
 * @param basePath - path of the rule set in the input
 * @throws TillError UNKNOWN_TAX, UNKNOWN_TAX_CATEGORY, INVALID_TAX_CONFIGURATION, with the field's path
 * @internal
 */
export function checkTaxReferences(
  taxes: ReadonlyMap<string, CompiledTax>,
  categories: ReadonlySet<string>,
  rules: readonly ExemptionRule[],
  basePath: TillErrorPath,
): void {
  for (const tax of taxes.values()) {
    const path = [...basePath, "taxes", tax.inputIndex];
    [...(tax.categories ?? [])].forEach((id, index) => {
      requireCategory(categories, id, [...path, "categories", index]);
    });
    const calculation = tax.calculation;
    if (calculation.type === "group") {
      calculation.childIds.forEach((id, index) => {
        requireTax(taxes, id, [...path, "children", index]);
      });
    } else if (calculation.type === "percent-of-tax") {
      requireEarlier(tax, requireTax(taxes, calculation.ofTaxId, [...path, "of"]), [...path, "of"]);
    } else if (calculation.type === "cumulative-base") {
      calculation.cumulativeOf.forEach((id, index) => {
        const where = [...path, "cumulativeOf", index];
        requireEarlier(tax, requireTax(taxes, id, where), where);
      });
    }
  }
  rules.forEach((rule, ruleIndex) => {
    const path = [...basePath, "exemptionRules", ruleIndex];
    rule.taxes.forEach((id, index) => {
      requireTax(taxes, id, [...path, "taxes", index]);
    });
    rule.categories.forEach((id, index) => {
      requireCategory(categories, id, [...path, "categories", index]);
    });
  });
}
