import type { CompiledExemptionRule, CompiledTax } from "../rules/tax-rules";
import type { EffectiveRange } from "../schema/tax-decimal-schema";
import type { LineKind } from "../schema/tax-definition-schema";
import type { TaxExemption } from "../schema/tax-document-schema";
import type { SkippedTax } from "./tax-plan";

/**
 * What applicability looks at for one line, gathered once per line.
 *
 * @internal
 */
export interface LineFacts {
  readonly date: string;
  readonly category: string;
  readonly kind: LineKind;
  /** Jurisdictions of the sourced address; undefined when the document has no context. */
  readonly jurisdictions: ReadonlySet<string> | undefined;
  readonly exemption: TaxExemption | undefined;
  readonly exemptionRules: readonly CompiledExemptionRule[];
  /** Price × quantity − store discounts, in millionths of a minor unit. */
  readonly grossMicros: bigint;
  readonly quantityMicros: bigint;
  readonly unitPriceMinor: bigint;
}

function magnitude(value: bigint): bigint {
  return value < 0n ? -value : value;
}

/**
 * True when the line's unit price after store discounts is strictly below a limit (NY: under 110.00 per
 * item). Compared exactly: |gross| < limit × |quantity|, both in millionths.
 *
 * @internal
 */
export function isUnitPriceBelow(facts: LineFacts, limitMinor: bigint): boolean {
  const quantity = magnitude(facts.quantityMicros);
  if (quantity === 0n) return magnitude(facts.unitPriceMinor) < limitMinor;
  return magnitude(facts.grossMicros) < limitMinor * quantity;
}

/**
 * Whether a date (ISO text) lies inside an inclusive range.
 *
 * @internal
 */
export function isInRange(date: string, range: EffectiveRange | undefined): boolean {
  if (range === undefined) return true;
  return (range.from === undefined || date >= range.from) && (range.to === undefined || date <= range.to);
}

function customerSkip(facts: LineFacts, tax: CompiledTax): SkippedTax | undefined {
  const exemption = facts.exemption;
  if (exemption === undefined) return undefined;
  if (exemption.scope === "categories" && !exemption.categories.includes(facts.category)) return undefined;
  return { taxId: tax.id, reason: "exempt-customer", certificate: exemption.certificate };
}

function ruleSkip(facts: LineFacts, tax: CompiledTax): SkippedTax | undefined {
  for (const rule of facts.exemptionRules) {
    if (
      !rule.taxIds.has(tax.id) ||
      !rule.categories.has(facts.category) ||
      !isInRange(facts.date, rule.effective)
    )
      continue;
    if (rule.unitPriceBelowMinor === undefined)
      return { taxId: tax.id, reason: "exempt-rule", ruleId: rule.id };
    if (isUnitPriceBelow(facts, rule.unitPriceBelowMinor))
      return { taxId: tax.id, reason: "threshold", ruleId: rule.id };
  }
  return undefined;
}

/**
 * Decides whether a tax reaches a line, checking in a fixed order: date, line kind, category, jurisdiction,
 * customer exemption, exemption rules. The first failing check is the reason reported.
 *
 * @param tax - the tax (a leaf or a group)
 * @param facts - the line's facts
 * @returns the skip record, or undefined when the tax applies
 * @internal
 */
export function skipReasonOf(tax: CompiledTax, facts: LineFacts): SkippedTax | undefined {
  if (!isInRange(facts.date, tax.effective)) return { taxId: tax.id, reason: "out-of-date-range" };
  if (tax.lineKinds !== undefined && !tax.lineKinds.has(facts.kind))
    return { taxId: tax.id, reason: "not-applicable-line-kind" };
  if (tax.categories !== undefined && !tax.categories.has(facts.category)) {
    return { taxId: tax.id, reason: "not-applicable-category" };
  }
  if (facts.jurisdictions !== undefined && !facts.jurisdictions.has(tax.jurisdiction.id)) {
    return { taxId: tax.id, reason: "not-applicable-jurisdiction" };
  }
  return customerSkip(facts, tax) ?? ruleSkip(facts, tax);
}
