import type { CompiledRate, CompiledTax, TaxCalculation, TaxPricing, TaxRules } from "../rules/tax-rules";
import type { TaxDocument, TaxLine } from "./tax-document";

/**
 * Why a tax applies to a line: the category and jurisdiction it matched, how the line was sourced, and
 * the group it came through.
 *
 * @public
 */
export interface AppliedRule {
  readonly category: string;
  readonly jurisdictionId: string;
  readonly sourcing: "origin" | "destination" | "unsourced";
  readonly group?: string;
}

/**
 * Why a tax does not apply to a line.
 *
 * @public
 */
export type SkipReason =
  | "out-of-date-range"
  | "not-applicable-line-kind"
  | "not-applicable-category"
  | "not-applicable-jurisdiction"
  | "exempt-customer"
  | "exempt-rule"
  | "threshold"
  | "base-tax-not-applied";

/**
 * A tax that does not apply to a line, with the reason (and the rule or certificate behind it).
 *
 * @public
 */
export interface SkippedTax {
  readonly taxId: string;
  readonly reason: SkipReason;
  readonly ruleId?: string;
  readonly certificate?: string;
}

/**
 * How one planned step computes; applicability has already been decided, so this is arithmetic only.
 * References to other taxes are resolved to step indexes on the same line.
 *
 * @public
 */
export type StepCalculation =
  // Percent, division, fixed and document-charge steps compute exactly as their rule says.
  | Extract<TaxCalculation, { readonly type: "percent" | "division" | "fixed" | "document-charge" }>
  | { readonly type: "percent-of-tax"; readonly rate: CompiledRate; readonly ofIndex: number }
  | { readonly type: "cumulative-base"; readonly rate: CompiledRate; readonly ofIndexes: readonly number[] };

/**
 * One tax to compute on one line, in ascending sequence order.
 *
 * @public
 */
export interface PlannedStep {
  /** The tax reported: a leaf tax, or a combined group. */
  readonly tax: CompiledTax;
  readonly calculation: StepCalculation;
  /** Whether the tax sits inside the shelf price, resolved once so the kernel reads one field. */
  readonly pricing: TaxPricing;
  /** The tax's calculation type, resolved once per step list so a line result reads a plain field. */
  readonly kind: CompiledTax["calculation"]["type"];
  /** The step's rate; undefined for fixed amounts and document charges (the calculations differ in shape). */
  readonly rate: CompiledRate | undefined;
  readonly rule: AppliedRule;
  /** For a combined group: the children its amount is split over, for information. */
  readonly split?: readonly CompiledTax[];
}

/**
 * One line with its resolved steps and skipped taxes, plus the exact amounts every scope starts from.
 *
 * @public
 */
export interface PlannedLine {
  readonly line: TaxLine;
  readonly steps: readonly PlannedStep[];
  readonly skipped: readonly SkippedTax[];
  /** Price × quantity − store discounts, in millionths of a minor unit (exact). */
  readonly grossMicros: bigint;
  /** The same, rounded to the minor unit with the policy's mode: the amount shown on the line. */
  readonly lineAmountMinor: bigint;
  /** Manufacturer-funded coupons on the line (they do not reduce the base). */
  readonly manufacturerMinor: bigint;
  /** The sign fixed per-unit taxes take from the price: −1 for a negative unit price. */
  readonly priceSign: bigint;
  /**
   * Lines resolved alike share their `steps` array and this number (0 … `stepListCount` − 1, in order of
   * first use), so later passes keep per-list data in an array rather than a map keyed by the steps.
   */
  readonly stepListIndex: number;
}

/**
 * A document with applicability resolved: which taxes apply to which line, in which order, in which mode.
 * The arithmetic ({@link computeTaxesExact}) runs on this alone.
 *
 * @public
 */
export interface TaxPlan {
  readonly rules: TaxRules;
  readonly document: TaxDocument;
  readonly lines: readonly PlannedLine[];
  readonly hasDocumentCharges: boolean;
  /** How many distinct step lists the lines have (see {@link PlannedLine.stepListIndex}). */
  readonly stepListCount: number;
}
