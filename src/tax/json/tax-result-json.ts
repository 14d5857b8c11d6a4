import type { AppliedRule, SkippedTax } from "../plan/tax-plan";
import type { Jurisdiction } from "../schema/jurisdiction-schema";
import type { TaxExemption } from "../schema/tax-document-schema";

/**
 * One tax on one line (JSON). Money is decimal text in the document's currency; rates are percent text.
 *
 * @public
 */
export interface LineTaxJson {
  readonly taxId: string;
  readonly name: string;
  readonly jurisdiction: Jurisdiction;
  readonly kind: string;
  readonly priceIncluded: boolean;
  readonly rate: string | null;
  readonly base: string;
  readonly amount: string;
  readonly rule: AppliedRule;
  readonly split?: readonly {
    taxId: string;
    name: string;
    jurisdiction: Jurisdiction;
    rate: string;
    amount: string;
  }[];
}

/**
 * One line's result (JSON).
 *
 * @public
 */
export interface LineResultJson {
  readonly lineId: string;
  readonly lineAmount: string;
  readonly manufacturerCoupons: string;
  readonly totalExcluded: string;
  readonly includedTax: string;
  readonly excludedTax: string;
  readonly tax: string;
  readonly totalIncluded: string;
  readonly taxes: readonly LineTaxJson[];
  readonly skipped: readonly SkippedTax[];
}

/**
 * The output of {@link computeTaxes}: plain JSON, money as decimal strings.
 *
 * @public
 */
export interface ComputeTaxesOutput {
  readonly currency: string;
  readonly date: string;
  readonly policy: {
    readonly id: string;
    readonly version: number;
    readonly scope: string;
    readonly mode: string;
  };
  readonly exemption: TaxExemption | null;
  readonly lines: readonly LineResultJson[];
  readonly taxes: readonly {
    taxId: string;
    name: string;
    jurisdiction: Jurisdiction;
    rate: string | null;
    base: string;
    amount: string;
  }[];
  readonly report: readonly {
    jurisdiction: Jurisdiction;
    kind: string;
    rate: string | null;
    taxIds: readonly string[];
    base: string;
    amount: string;
  }[];
  readonly totals: {
    readonly untaxed: string;
    readonly includedTax: string;
    readonly excludedTax: string;
    readonly tax: string;
    readonly total: string;
    readonly manufacturerCoupons: string;
  };
}
