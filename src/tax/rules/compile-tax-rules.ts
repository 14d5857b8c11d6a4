import { getCurrency } from "../../core/currency/get-currency";
import { parseWith } from "../../core/errors/from-zod";
import { TillError, type TillErrorPath } from "../../core/errors/till-error";
import { parseMoney } from "../../core/money/create-money";
import type { ExemptionRule } from "../schema/exemption-rule-schema";
import { type TaxRulesInput, type TaxRulesParsed, taxRulesSchema } from "../schema/tax-rules-schema";
import { checkCombinedGroups } from "./check-combined-groups";
import { checkTaxReferences } from "./check-tax-references";
import { compileRoundingPolicy } from "./compile-rounding-policy";
import { compileTaxDefinition } from "./compile-tax-definition";
import { findGroupCycle } from "./find-group-cycle";
import type { CompiledExemptionRule, CompiledTax, TaxRules } from "./tax-rules";

function compileTaxes(parsed: TaxRulesParsed, basePath: TillErrorPath): Map<string, CompiledTax> {
  const taxes = new Map<string, CompiledTax>();
  parsed.taxes.forEach((definition, index) => {
    if (taxes.has(definition.id)) {
      throw new TillError("INVALID_TAX_CONFIGURATION", {
        message: `Duplicate tax id: ${definition.id}`,
        path: [...basePath, "taxes", index, "id"],
      });
    }
    taxes.set(
      definition.id,
      compileTaxDefinition(definition, index, parsed.currency, [...basePath, "taxes"]),
    );
  });
  return taxes;
}

function compileRule(rule: ExemptionRule, currency: string, path: TillErrorPath): CompiledExemptionRule {
  const below = rule.unitPriceBelow;
  if (below !== undefined && below.currency !== currency) {
    throw new TillError("CURRENCY_MISMATCH", {
      path: [...path, "unitPriceBelow", "currency"],
      details: { left: currency, right: below.currency },
    });
  }
  return {
    id: rule.id,
    taxIds: new Set(rule.taxes),
    categories: new Set(rule.categories),
    unitPriceBelowMinor:
      below === undefined
        ? undefined
        : parseMoney(below.amount, currency, { path: [...path, "unitPriceBelow", "amount"] }).minor,
    effective: rule.effective,
  };
}

function topLevelTaxes(taxes: ReadonlyMap<string, CompiledTax>): CompiledTax[] {
  const children = new Set<string>();
  for (const tax of taxes.values())
    if (tax.calculation.type === "group") for (const id of tax.calculation.childIds) children.add(id);
  return [...taxes.values()].filter((tax) => !children.has(tax.id)).sort(bySequence);
}

/**
 * Ascending sequence, ties by id: the one order taxes apply in.
 *
 * @param a - a tax
 * @param b - another tax
 * @returns a negative number when `a` applies first
 * @internal
 */
export function bySequence(a: CompiledTax, b: CompiledTax): number {
  return a.sequence - b.sequence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Compiles an already schema-validated rule set (the one-call shell shares its parse with this).
 *
 * @param parsed - output of {@link taxRulesSchema}
 * @param basePath - where the rule set sits in the caller's input
 * @returns the compiled rules
 * @throws TillError see {@link compileTaxRules}
 * @internal
 */
export function compileParsedTaxRules(parsed: TaxRulesParsed, basePath: TillErrorPath = []): TaxRules {
  getCurrency(parsed.currency, [...basePath, "currency"]);
  const taxes = compileTaxes(parsed, basePath);
  const categoryIds = new Set(parsed.categories.map((category) => category.id));
  checkTaxReferences(taxes, categoryIds, parsed.exemptionRules, basePath);
  const cycle = findGroupCycle(taxes);
  if (cycle !== undefined) {
    const first = taxes.get(cycle[0] as string) as CompiledTax;
    throw new TillError("TAX_GROUP_CYCLE", {
      path: [...basePath, "taxes", first.inputIndex, "children"],
      details: { cycle },
    });
  }
  checkCombinedGroups(taxes, basePath);
  const thresholdCategories = new Set<string>();
  for (const rule of parsed.exemptionRules)
    if (rule.unitPriceBelow !== undefined) for (const id of rule.categories) thresholdCategories.add(id);
  return {
    currency: parsed.currency,
    categoryIds,
    taxes,
    topLevel: topLevelTaxes(taxes),
    exemptionRules: parsed.exemptionRules.map((rule, index) =>
      compileRule(rule, parsed.currency, [...basePath, "exemptionRules", index]),
    ),
    thresholdCategories,
    policy: compileRoundingPolicy(parsed.rounding, parsed.currency, [...basePath, "rounding"]),
  };
}

/**
 * The safe shell of the tax rules: validates a rule set once (schema, references, group cycles, rate signs,
 * currencies) and returns the compiled form every document is then taxed with.
 *
 * @param input - untrusted rule set (see {@link taxRulesSchema})
 * @returns the compiled rules
 * @throws TillError INVALID_INPUT / INVALID_DECIMAL (schema), UNKNOWN_TAX, UNKNOWN_TAX_CATEGORY,
 *   TAX_GROUP_CYCLE, NEGATIVE_TAX_RATE, CURRENCY_MISMATCH, MONEY_PRECISION, INVALID_TAX_CONFIGURATION,
 *   INVALID_ROUNDING, UNKNOWN_CURRENCY — each with the offending field's path
 * @public
 */
export function compileTaxRules(input: TaxRulesInput | unknown): TaxRules {
  return compileParsedTaxRules(parseWith(taxRulesSchema, input));
}
