export { computeLineTaxesExact, computeTaxesExact } from "./compute/compute-taxes-exact";
export type {
  JurisdictionReportRowExact,
  LineResultExact,
  LineTaxExact,
  TaxResultExact,
  TaxSplitExact,
  TaxSummaryExact,
  TaxTotalsExact,
} from "./compute/tax-result";
export {
  CANADA_BRITISH_COLUMBIA,
  CANADA_ONTARIO,
  CANADA_QUEBEC,
  CANADA_QUEBEC_2012,
} from "./configurations/canada-configurations";
export { CHINA_VAT } from "./configurations/china-vat";
export { EU_GERMANY_VAT, EU_NETHERLANDS_VAT } from "./configurations/eu-vat-configurations";
export { JAPAN_CONSUMPTION_TAX } from "./configurations/japan-consumption-tax";
export {
  type TaxConfiguration,
  taxConfigurationSchema,
  taxRulesFromConfiguration,
} from "./configurations/tax-configuration";
export { US_CHICAGO, US_NEW_YORK_CITY } from "./configurations/us-configurations";
export { computeTaxes } from "./json/compute-taxes";
export { formatTaxResult } from "./json/format-tax-result";
export { taxDocumentFromJson } from "./json/tax-document-from-json";
export type { ComputeTaxesOutput, LineResultJson, LineTaxJson } from "./json/tax-result-json";
export { planTaxes } from "./plan/plan-taxes";
export type { TaxDocument, TaxLine, TaxLineDiscount } from "./plan/tax-document";
export type {
  AppliedRule,
  PlannedLine,
  PlannedStep,
  SkippedTax,
  SkipReason,
  StepCalculation,
  TaxPlan,
} from "./plan/tax-plan";
export { compileTaxRules } from "./rules/compile-tax-rules";
export type {
  CompiledExemptionRule,
  CompiledRate,
  CompiledTax,
  ResolvedTaxPolicy,
  TaxCalculation,
  TaxPricing,
  TaxRules,
} from "./rules/tax-rules";
export {
  type ComputeTaxesInput,
  type ComputeTaxesParsed,
  computeTaxesInputSchema,
} from "./schema/compute-taxes-input-schema";
export { type ExemptionRule, exemptionRuleSchema } from "./schema/exemption-rule-schema";
export {
  JURISDICTION_LEVELS,
  type Jurisdiction,
  jurisdictionSchema,
  type Sourcing,
  sourcingSchema,
  type TaxAddress,
  taxAddressSchema,
} from "./schema/jurisdiction-schema";
export {
  type EffectiveRange,
  effectiveRangeSchema,
  isoDateSchema,
  taxDecimalSchema,
} from "./schema/tax-decimal-schema";
export {
  type LineKind,
  lineKindSchema,
  type TaxBaseMode,
  type TaxDefinition,
  type TaxDefinitionInput,
  taxBaseModeSchema,
  taxDefinitionSchema,
} from "./schema/tax-definition-schema";
export {
  type TaxContext,
  type TaxDocumentInput,
  type TaxDocumentParsed,
  type TaxExemption,
  taxContextSchema,
  taxDocumentSchema,
  taxExemptionSchema,
  taxLineDiscountSchema,
  taxLineSchema,
} from "./schema/tax-document-schema";
export {
  type TaxRoundingPolicy,
  type TaxRoundingPolicyInput,
  taxRoundingPolicySchema,
} from "./schema/tax-rounding-policy-schema";
export { type TaxRulesInput, type TaxRulesParsed, taxRulesSchema } from "./schema/tax-rules-schema";
export { computeTax, makeComputeTaxStage } from "./stage/compute-tax-stage";
