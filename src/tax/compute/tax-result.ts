import type { AppliedRule, SkippedTax } from "../plan/tax-plan";
import type { CompiledRate, CompiledTax, TaxPricing } from "../rules/tax-rules";
import type { Jurisdiction } from "../schema/jurisdiction-schema";
import type { TaxExemption } from "../schema/tax-document-schema";

/**
 * One child's informational share of a combined-rate group.
 *
 * @public
 */
export interface TaxSplitExact {
  readonly tax: CompiledTax;
  readonly rate: CompiledRate;
  readonly amountMinor: bigint;
}

/**
 * One tax on one line, exact.
 *
 * @public
 */
export interface LineTaxExact {
  readonly tax: CompiledTax;
  readonly kind: CompiledTax["calculation"]["type"];
  readonly pricing: TaxPricing;
  /** The rate applied; undefined for fixed amounts and document charges. */
  readonly rate: CompiledRate | undefined;
  readonly baseMinor: bigint;
  readonly amountMinor: bigint;
  readonly rule: AppliedRule;
  readonly split?: readonly TaxSplitExact[];
}

/**
 * One line's taxes and totals, exact.
 *
 * @public
 */
export interface LineResultExact {
  readonly lineId: string;
  /** Price × quantity − store discounts, rounded. */
  readonly lineAmountMinor: bigint;
  readonly manufacturerCouponsMinor: bigint;
  /** The line without any tax (total excluded). */
  readonly untaxedMinor: bigint;
  readonly includedTaxMinor: bigint;
  readonly excludedTaxMinor: bigint;
  readonly taxMinor: bigint;
  /** The line with every tax (total included). */
  readonly totalMinor: bigint;
  readonly taxes: readonly LineTaxExact[];
  readonly skipped: readonly SkippedTax[];
}

/**
 * One tax summed over the document.
 *
 * @public
 */
export interface TaxSummaryExact {
  readonly tax: CompiledTax;
  readonly rate: CompiledRate | undefined;
  readonly baseMinor: bigint;
  readonly amountMinor: bigint;
}

/**
 * One row of the jurisdiction report: the tax collected for a jurisdiction at one rate (or one fixed kind).
 *
 * @public
 */
export interface JurisdictionReportRowExact {
  readonly jurisdiction: Jurisdiction;
  /** Percent text, or undefined for fixed amounts and document charges. */
  readonly rate: string | undefined;
  readonly kind: string;
  readonly taxIds: readonly string[];
  readonly baseMinor: bigint;
  readonly amountMinor: bigint;
}

/**
 * Document totals, exact.
 *
 * @public
 */
export interface TaxTotalsExact {
  readonly untaxedMinor: bigint;
  readonly includedTaxMinor: bigint;
  readonly excludedTaxMinor: bigint;
  readonly taxMinor: bigint;
  readonly totalMinor: bigint;
  /** Manufacturer-funded coupons: paid by the manufacturer, not part of the tax base. */
  readonly manufacturerCouponsMinor: bigint;
}

/**
 * The kernel's result: everything in bigint minor units of `currency`.
 *
 * @public
 */
export interface TaxResultExact {
  readonly currency: string;
  readonly date: string;
  readonly policy: {
    readonly id: string;
    readonly version: number;
    readonly scope: string;
    readonly mode: string;
  };
  readonly exemption: TaxExemption | undefined;
  readonly lines: readonly LineResultExact[];
  readonly taxes: readonly TaxSummaryExact[];
  readonly report: readonly JurisdictionReportRowExact[];
  readonly totals: TaxTotalsExact;
}
